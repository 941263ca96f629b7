"""Delivery dedupe: a claim per ``deliveryId`` while its handler runs, then a "done" mark kept for a retention.

A store answers ``claim(delivery_id)`` with one of three states:

- ``"claimed"`` (and a token): this caller runs the handler, then calls ``done`` (success) or ``release``
  (the handler raised, so the next redelivery runs it again);
- ``"done"``: a handler already succeeded for this delivery; answer 2xx without running it;
- ``"busy"``: another copy holds the claim right now; answer a status that makes InstaView retry later.

A claim is a lease: if its holder dies, it expires after ``lease`` seconds and a redelivery may claim it.
"""

from __future__ import annotations

import secrets
import threading
import time
from typing import Literal, Protocol, runtime_checkable

__all__ = ["DEFAULT_LEASE", "DEFAULT_RETENTION", "ClaimState", "Dedupe", "MemoryDedupe"]

ClaimState = Literal["claimed", "done", "busy"]
DEFAULT_RETENTION = 3 * 24 * 3600.0
"""How long a handled delivery is remembered (seconds): longer than InstaView's redeliveries take."""
DEFAULT_LEASE = 300.0
"""How long a claim holds if its holder never finishes (seconds)."""


@runtime_checkable
class Dedupe(Protocol):
    """What ``Router(dedupe=...)`` needs: claim, mark done, release (see the module docstring)."""

    retention: float

    def claim(self, delivery_id: str) -> tuple[ClaimState, str]:
        """``("claimed", token)``, ``("done", "")`` or ``("busy", "")``."""
        ...

    def done(self, delivery_id: str, token: str) -> None:
        """The handler succeeded: remember the delivery for ``retention`` seconds."""
        ...

    def release(self, delivery_id: str, token: str) -> None:
        """The handler raised: drop this caller's claim so a redelivery runs the handler again."""
        ...


class MemoryDedupe:
    """One process's dedupe (the default): a dict guarded by a lock, entries expiring on a monotonic clock.

    ``retention`` (seconds, default 3 days) is how long a handled delivery is remembered; ``lease`` how long a
    claim holds. Receivers running in several processes share a ``redis://`` store instead.
    """

    def __init__(self, *, retention: float = DEFAULT_RETENTION, lease: float = DEFAULT_LEASE) -> None:
        self.retention: float = float(retention)
        self.lease: float = float(lease)
        self._entries: dict[str, tuple[str, float]] = {}  # id -> (token, or "" once done; expiry)
        self._lock = threading.Lock()
        self._next_purge = 0.0

    def _purge(self, now: float) -> None:
        if now >= self._next_purge:
            self._entries = {k: v for k, v in self._entries.items() if v[1] > now}
            self._next_purge = now + 60.0

    def claim(self, delivery_id: str) -> tuple[ClaimState, str]:
        """Claim ``delivery_id`` unless it is done or claimed by someone else."""
        with self._lock:
            now = time.monotonic()
            self._purge(now)
            entry = self._entries.get(delivery_id)
            if entry is not None and entry[1] > now:
                return ("done", "") if entry[0] == "" else ("busy", "")
            token = secrets.token_hex(8)
            self._entries[delivery_id] = (token, now + self.lease)
            return "claimed", token

    def done(self, delivery_id: str, token: str) -> None:
        """Mark ``delivery_id`` handled for ``retention`` seconds."""
        with self._lock:
            self._entries[delivery_id] = ("", time.monotonic() + self.retention)

    def release(self, delivery_id: str, token: str) -> None:
        """Drop the claim if ``token`` still holds it."""
        with self._lock:
            entry = self._entries.get(delivery_id)
            if entry is not None and entry[0] == token:
                del self._entries[delivery_id]

    def __repr__(self) -> str:
        return f"MemoryDedupe(retention={self.retention:g}, lease={self.lease:g})"
