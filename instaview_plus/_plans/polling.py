"""One polling plan for every ``wait`` (sourcing runs, interviews), run by the sync or async driver.

The plan fetches, asks a pure ``decide`` function what to do, and sleeps; what "done" means and how long to
wait live in the resource's decision function. ``elapsed`` counts the sleeps asked for as well as the clock,
so an injected ``sleep`` that does not pass real time (tests, the fake's clock) still reaches the timeout.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._exceptions import InvalidRequestError
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.operation import Call
from .._pipeline.wire import short_repr

__all__ = ["Decide", "check_wait_args", "growing_delay", "poll_plan", "wait_limit"]

T = TypeVar("T")

_LONGEST = 10**15  # seconds (some 30 million years): more is a mistake, not a wait

# decide(result, elapsed seconds, polls so far) -> seconds to sleep before the next poll, or None when done
Decide = Callable[[T, float, int], float | None]


def check_wait_args(unknown: Mapping[str, Any], **values: Any) -> None:
    """Refuse an ``unknown`` keyword, and a timeout or interval that is not a positive, finite number of
    seconds (naming the argument)."""
    for name in unknown:
        raise InvalidRequestError(
            f"unexpected argument {name!r}; expected some of: {', '.join(values)}", argument=name
        )
    for name, value in values.items():
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (isinstance(value, int) and value > _LONGEST)  # beyond any float (math.isfinite overflows)
            or not math.isfinite(value)
            or value <= 0
        ):
            raise InvalidRequestError(
                f"{name} must be a positive, finite number of seconds (got {short_repr(value)})",
                argument=name,
            )


def wait_limit(timeout: Any) -> float:
    """A ``wait``'s ``timeout`` in seconds: ``None`` means no limit (poll until done), else as ``check_wait_args``."""
    if timeout is None:
        return math.inf
    check_wait_args({}, timeout=timeout)
    return float(timeout)


def growing_delay(first: float, polls: int, cap: float, factor: float = 1.5) -> float:
    """``first * factor ** (polls - 1)``, capped at ``cap``, for any number of polls (never overflows).

    The exponent stops growing once the delay has reached ``cap``, so poll one million costs what poll
    ten does and never raises ``OverflowError``.
    """
    if first >= cap or polls <= 1:
        return min(first, cap)
    steps_to_cap = math.ceil(math.log(cap / first, factor))
    if polls - 1 >= steps_to_cap:
        return cap
    return min(first * factor ** (polls - 1), cap)


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
