"""Where a client's waits happen: real time, or the clock an ``http_client`` carries (the embedded fake's).

An ``httpx.Client`` / ``httpx.AsyncClient`` with an ``instaview_clock`` attribute (``FakeInstaView().http_client()``
has one) makes every wait of a client built on it (retry backoff, rate-limit pacing, ``interviews.wait``,
``sourcing.wait*``) happen on that clock: sleeping advances it instead of blocking, and the pacer reads its
time. An explicit ``sleep=`` given to the client still wins for sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, runtime_checkable

__all__ = ["WaitClock", "clock_of", "wait_functions"]


@runtime_checkable
class WaitClock(Protocol):
    """A clock a client can wait on: Unix time, a blocking sleep and an awaitable sleep."""

    def time(self) -> float:
        """The current time, Unix seconds."""
        ...

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass (blocking callers)."""
        ...

    def asleep(self, seconds: float) -> Awaitable[None]:
        """Let ``seconds`` pass (async callers)."""
        ...


def clock_of(http_client: object) -> WaitClock | None:
    """The clock ``http_client`` carries, or ``None`` for real time."""
    clock = getattr(http_client, "instaview_clock", None)
    return clock if isinstance(clock, WaitClock) else None


def wait_functions(
    http_client: object, sleep: Callable[[float], Any] | None, *, is_async: bool
) -> tuple[Callable[[float], Any] | None, Callable[[], float]]:
    """``(sleep, time)`` for a client: the given ``sleep`` or the http client's clock's, and its time."""
    clock = clock_of(http_client)
    if clock is None:
        return sleep, time.time
    return (sleep if sleep is not None else (clock.asleep if is_async else clock.sleep)), clock.time
