"""One polling plan for every ``wait`` (sourcing runs, interviews), run by the sync or async driver.

The plan fetches, asks a pure ``decide`` function what to do, and sleeps; what "done" means and how long to
wait live in the resource's decision function. ``elapsed`` counts the sleeps asked for as well as the clock,
so an injected ``sleep`` that does not pass real time (tests, the fake's clock) still reaches the timeout.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, TypeVar

from .._exceptions import InvalidRequestError
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.pipeline import Call

__all__ = ["Decide", "check_wait_args", "poll_plan"]

T = TypeVar("T")

# decide(result, elapsed seconds, polls so far) -> seconds to sleep before the next poll, or None when done
Decide = Callable[[T, float, int], float | None]


def check_wait_args(**values: Any) -> None:
    """Refuse a timeout or interval that is not a positive, finite number of seconds (names the argument)."""
    for name, value in values.items():
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value <= 0
        ):
            raise InvalidRequestError(
                f"{name} must be a positive number of seconds (got {value!r})", argument=name
            )


def poll_plan(call: Call[T], decide: Decide[T]) -> Plan[T]:
    """Send ``call`` until ``decide`` says done, sleeping what it asks in between; the last result."""
    start, slept, polls = time.monotonic(), 0.0, 0
    while True:
        result: T = yield call
        polls += 1
        delay = decide(result, max(time.monotonic() - start, slept), polls)
        if delay is None:
            return result
        yield Sleep(delay)
        slept += delay
