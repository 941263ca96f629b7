"""Per-operation request budgets, read from the spec (``x-rate-limit`` -> ``OPERATIONS[op]["rate_limit"]``).

An operation may declare a limit of its own (``getSourcingPreviewResults``: 120 requests a minute, then 429
``RATE_LIMIT_EXCEEDED``). ``keyLimits`` says how it combines with the key's general limits: ``replaced`` (the
endpoint's bucket instead of the key's; openapi/NOTES.md, "Per-endpoint rate limits") or ``additional``.
Windows are fixed, of the declared ``seconds``, on the fake clock, counted per ``scope`` (the API key).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from ._spec import OPERATIONS
from ._wire import FakeResponse, error_body, json_response

__all__ = ["EndpointLimited", "EndpointLimiter", "endpoint_limit", "throttled_response"]


def endpoint_limit(op_id: str) -> Mapping[str, Any] | None:
    """The operation's own limit from the compiled spec, or ``None``."""
    op = OPERATIONS.get(op_id)
    limit = op.get("rate_limit") if op else None
    return limit if isinstance(limit, Mapping) else None


def replaces_key_limits(limit: Mapping[str, Any] | None) -> bool:
    """Whether requests under ``limit`` leave the key's general windows alone (``keyLimits: replaced``)."""
    return limit is not None and limit.get("keyLimits") == "replaced"


class EndpointLimited(Exception):
    """A request over an operation's own limit."""

    def __init__(self, limit: Mapping[str, Any], reset: int, retry_after: int) -> None:
        super().__init__(f"more than {limit['requests']} requests in {limit['seconds']} s")
        self.limit = limit
        self.reset = reset
        self.retry_after = retry_after


class EndpointLimiter:
    """Counts requests per (operation, key) in fixed windows of each operation's declared length."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, int], int] = {}
        self._lock = threading.Lock()

    def hit(self, op_id: str, bucket: str, now: float, limit: Mapping[str, Any]) -> None:
        """Count one request of ``op_id`` by ``bucket`` (a key id), or raise ``EndpointLimited``."""
        seconds, allowed = int(limit["seconds"]), int(limit["requests"])
        window = int(now // seconds)
        with self._lock:
            used = self._counts.get((op_id, bucket, window), 0)
            if used >= allowed:
                reset = (window + 1) * seconds
                raise EndpointLimited(limit, reset, max(1, int(reset - now + 0.999)))
            self._counts[(op_id, bucket, window)] = used + 1

    def counts(self, op_id: str, bucket: str) -> dict[int, int]:
        """Requests of ``op_id`` by ``bucket`` per window index."""
        with self._lock:
            return {w: n for (o, b, w), n in sorted(self._counts.items()) if o == op_id and b == bucket}


def throttled_response(
    exc: EndpointLimited, headers: Mapping[str, str], timestamp: str | None
) -> FakeResponse:
    """429 with the operation's documented error code in the error envelope, and ``Retry-After``."""
    details = {"limit": int(exc.limit["requests"]), "retryAfter": exc.retry_after, "reset": exc.reset}
    message = (
        f"Rate limit exceeded: at most {exc.limit['requests']} requests per {exc.limit['seconds']} seconds on"
        f" this endpoint; retry after {exc.retry_after} s"
    )
    body = error_body(str(exc.limit.get("errorCode") or "RATE_LIMIT_EXCEEDED"), message, details, timestamp)
    return json_response(429, body, {**headers, "Retry-After": str(exc.retry_after)})
