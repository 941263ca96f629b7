"""The fake's clock: wall time plus an offset, or a frozen time that only moves on ``advance()``."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

__all__ = ["FakeClock", "iso"]


class FakeClock:
    """An injectable clock.

    With ``now=None`` it follows the wall clock (so rate-limit windows reset in real time), shifted by
    every ``advance()``. With an explicit ``now`` it is frozen at that instant and moves only on
    ``advance()``, which makes whole test runs reproducible.
    """

    def __init__(self, now: datetime | None = None) -> None:
        if now is not None and now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        self._frozen = now
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The current fake time, timezone-aware (UTC)."""
        with self._lock:
            base = self._frozen if self._frozen is not None else datetime.now(UTC)
            return (base + self._offset).astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward by ``delta``."""
        if delta < timedelta(0):
            raise ValueError(f"the fake clock cannot go backwards (got {delta})")
        with self._lock:
            self._offset += delta

    def timestamp(self) -> float:
        """The current fake time as Unix seconds."""
        return self.now().timestamp()


def iso(dt: datetime | None, *, ms: bool = False) -> str | None:
    """Render ``dt`` as the API does: UTC with a ``Z`` suffix (milliseconds when ``ms``)."""
    if dt is None:
        return None
    dt = dt.astimezone(UTC)
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
