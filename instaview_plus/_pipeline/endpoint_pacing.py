"""Pacing for operations with a rate limit of their own (the spec's ``x-rate-limit``).

``getSourcingPreviewResults`` allows 120 requests a minute in its own bucket (openapi/NOTES.md, "Per-endpoint
rate limits"); the server reports no headers for such a bucket, so the client counts its own sends: a sliding
window per operation of the declared ``seconds`` holding at most ``requests`` sends. Any fixed window the
server counts in then holds at most ``requests`` too, so a poll loop runs at the endpoint's full rate without
a 429. Like the key's pacer it never sleeps itself: ``reserve`` returns the seconds to wait (0: sent now).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["EndpointPacer", "endpoint_limits"]

_LIMITS: dict[str, tuple[int, float]] | None = None


def endpoint_limits() -> Mapping[str, tuple[int, float]]:
    """``{operationId: (requests, seconds)}`` of every operation declaring ``x-rate-limit`` (read once)."""
    global _LIMITS
    if _LIMITS is None:
        from instaview_spec.operations import OPERATIONS

        found: dict[str, tuple[int, float]] = {}
        for op_id, spec in OPERATIONS.items():
            limit: Any = spec.get("rate_limit")
            if isinstance(limit, Mapping) and limit.get("requests") and limit.get("seconds"):
                found[op_id] = (int(limit["requests"]), float(limit["seconds"]))
        _LIMITS = found
    return _LIMITS


class EndpointPacer:
    """Per operation with its own limit: the send times of the last window, on the client's clock."""

    def __init__(self, *, enabled: bool = True, clock: Callable[[], float] = time.time) -> None:
        self.enabled = enabled
        self._clock = clock
        self._sent: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def reserve(self, op_id: str) -> float:
        """0: a send of ``op_id`` is recorded now; otherwise the seconds to wait before asking again."""
        if not self.enabled:
            return 0.0
        limit = endpoint_limits().get(op_id)
        if limit is None:
            return 0.0
        allowed, seconds = limit
        now = self._clock()
        with self._lock:
            sent = self._sent.setdefault(op_id, deque())
            while sent and sent[0] <= now - seconds:
                sent.popleft()
            if len(sent) < allowed:
                sent.append(now)
                return 0.0
            return max(sent[0] + seconds - now, 1e-3)
