"""The settle window: how long to wait after a create's outcome became unknown before looking it up.

A create whose answer was lost may still commit on the server a little later (the client timed out, the
server finishes the request anyway; ``outcome_unknown`` tells such an error). A marker lookup made before
that late commit finds nothing, and the create is sent again: a duplicate. So the lookup waits until
``window`` seconds have passed since the moment the outcome became unknown (``unknown_since``, Unix seconds
on the client's clock: the fake's clock on a fake-bound client).

When that moment is not known (a state or checkpoint written before it was recorded, or a create cut off
by a crash), the outcome is treated as unknown since now: the whole window is waited. That is the safe
choice: waiting too long costs seconds, looking too early can call a person twice.
"""

from __future__ import annotations

import math

from .._exceptions import APIResponseValidationError, InstaViewError, InvalidRequestError

__all__ = ["DEFAULT_SETTLE_WINDOW", "check_settle_window", "outcome_unknown", "settle_remaining"]

DEFAULT_SETTLE_WINDOW = 60.0  # seconds; longer than a server takes to finish a request it accepted


def outcome_unknown(exc: InstaViewError) -> bool:
    """Whether a create that failed with ``exc`` may have landed all the same: its answer was lost (timeout,
    broken connection, 500/502/504), or a 2xx came back unreadable. Such a create is looked up, never replayed
    blindly."""
    if getattr(exc, "may_have_been_processed", False):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(exc, APIResponseValidationError) and isinstance(status, int) and status < 300


def settle_remaining(unknown_since: float | None, now: float, window: float) -> float:
    """Seconds still to wait before the lookup (0 once the window has passed since ``unknown_since``).

    ``unknown_since`` ``None`` (not recorded) or unusable (not a finite number) waits the whole window; a
    moment in the future (another machine's clock ahead of this one) waits at most the whole window.

    >>> settle_remaining(100.0, 105.0, 60.0), settle_remaining(100.0, 200.0, 60.0), settle_remaining(None, 5.0, 60.0)
    (55.0, 0.0, 60.0)
    """
    if (
        unknown_since is None
        or isinstance(unknown_since, bool)
        or not isinstance(unknown_since, int | float)
        or not math.isfinite(unknown_since)
    ):
        return window
    return min(window, max(0.0, window - (now - unknown_since)))


def check_settle_window(value: object) -> float:
    """``settle_window`` as seconds, or ``InvalidRequestError`` naming it (0 disables the wait)."""
    from .._pipeline.wire import short_repr

    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (isinstance(value, int) and value > 10**9)
        or not math.isfinite(value)
        or value < 0
    ):
        raise InvalidRequestError(
            f"settle_window must be a number of seconds >= 0 (got {short_repr(value)})",
            argument="settle_window",
        )
    return float(value)
