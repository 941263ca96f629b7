"""Fault injection: forced statuses, latency, connection resets and lost responses."""

from __future__ import annotations

import fnmatch
import random
import threading
from datetime import datetime
from typing import Any

import attrs

__all__ = ["Fault", "FaultPlan", "RandomFault"]


@attrs.define
class Fault:
    """One armed fault: ``kind`` is ``status``, ``reset``, ``drop``, ``reset_after`` or ``late``; fires ``times`` more times.

    ``late``: the request gets no answer (the client times out) and is applied ``delay`` seconds later on
    the fake's clock.
    """

    kind: str
    times: int
    path: str | None = None
    method: str | None = None
    status: int = 500
    delay: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        """Whether a request to ``method path`` triggers this fault (``path`` may be a glob)."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


@attrs.define
class RandomFault:
    """A status answered to a random fraction ``rate`` of matching requests, drawn from a seeded generator."""

    status: int
    rate: float
    rng: random.Random
    path: str | None = None
    method: str | None = None

    def fires(self, method: str, path: str) -> bool:
        """Whether this request draws the fault (one draw per matching request, so a seed replays)."""
        probe = Fault("status", 1, self.path, self.method, self.status)
        return probe.matches(method, path) and self.rng.random() < self.rate


class FaultPlan:
    """The armed faults, consumed first-in first-out, then the random ones (each drawn per request)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._random: list[RandomFault] = []
        self._lock = threading.Lock()
        self.latency: float = 0.0
        self._late: list[tuple[datetime, Any]] = []  # (when it commits, the request), for ``late`` faults

    def add(self, fault: Fault) -> None:
        """Arm ``fault``."""
        if fault.times < 1:
            raise ValueError(f"times must be >= 1 (got {fault.times})")
        with self._lock:
            self._faults.append(fault)

    def add_random(self, fault: RandomFault) -> None:
        """Arm ``fault`` until ``clear()``."""
        if not 0.0 <= fault.rate <= 1.0:
            raise ValueError(f"rate must be between 0 and 1 (got {fault.rate})")
        with self._lock:
            self._random.append(fault)

    def pending(self) -> list[Fault]:
        """The armed one-shot faults no request has used up yet (random faults never count)."""
        with self._lock:
            return [attrs.evolve(fault) for fault in self._faults]

    def clear(self) -> None:
        """Disarm everything and remove latency (requests waiting to commit late are dropped)."""
        with self._lock:
            self._faults.clear()
            self._random.clear()
            self._late.clear()
        self.latency = 0.0

    def held(self) -> int:
        """How many requests wait to be applied late (``commit_late``)."""
        with self._lock:
            return len(self._late)

    def defer(self, request: Any, when: datetime) -> None:
        """Hold ``request`` to be applied at ``when`` (a ``late`` fault)."""
        with self._lock:
            self._late.append((when, request))

    def due(self, now: datetime) -> list[tuple[datetime, Any]]:
        """The held requests whose time has come, in order, removed from the plan."""
        with self._lock:
            ready = sorted((item for item in self._late if item[0] <= now), key=lambda item: item[0])
            self._late = [item for item in self._late if item[0] > now]
        return ready

    def take(self, method: str, path: str) -> Fault | None:
        """The first armed fault matching the request, consuming one of its uses."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
            for random_fault in self._random:
                if random_fault.fires(method, path):
                    return Fault("status", 1, random_fault.path, random_fault.method, random_fault.status)
        return None
