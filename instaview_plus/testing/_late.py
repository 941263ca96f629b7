"""Late commits: the client gives up on a request (a read timeout), the fake applies it seconds later.

``fake.commit_late(seconds, times=1, path=None, method=None)`` arms it: the next matching requests are held
back and answered with a lost response; each is applied when the fake's clock reaches ``seconds`` after
it arrived (on ``advance`` or on the next request). This is the race a marker lookup made too early
loses, and the settle window closes.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ._faults import Fault

if TYPE_CHECKING:
    from ._fake import FakeInstaView
    from ._wire import FakeRequest

__all__ = ["LateCommits"]


class LateCommits:
    """The armed late-commit rules and the requests held back until their commit time."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        self._rules: list[tuple[Fault, float]] = []
        self._held: list[tuple[datetime, FakeRequest]] = []
        self._lock = threading.Lock()
        self.applied = 0  # held requests applied so far

    def arm(self, seconds: float, times: int, path: str | None, method: str | None) -> None:
        """Hold the next ``times`` matching requests for ``seconds`` fake seconds each."""
        if times < 1 or seconds < 0:
            raise ValueError(f"times must be >= 1 and seconds >= 0 (got {times}, {seconds})")
        with self._lock:
            self._rules.append((Fault("late", times, path, method), seconds))

    def hold(self, request: FakeRequest, now: datetime) -> bool:
        """Whether ``request`` is held back (its answer is then lost, its commit comes later)."""
        with self._lock:
            for rule in self._rules:
                fault, seconds = rule
                if fault.matches(request.method, request.path):
                    fault.times -= 1
                    if fault.times == 0:
                        self._rules.remove(rule)
                    self._held.append((now + timedelta(seconds=seconds), request))
                    return True
        return False

    def apply_due(self, now: datetime) -> None:
        """Apply every held request whose commit time has come (the caller holds the fake's lock)."""
        with self._lock:
            due = [item for item in self._held if item[0] <= now]
            self._held = [item for item in self._held if item[0] > now]
        for _, request in due:
            self.fake.served[self.fake.dispatch_late(request, now).status] += 1
            self.applied += 1

    def pending(self) -> int:
        """Requests held back and not applied yet."""
        with self._lock:
            return len(self._held)

    def clear(self) -> None:
        """Disarm every rule and forget the held requests."""
        with self._lock:
            self._rules.clear()
            self._held.clear()
