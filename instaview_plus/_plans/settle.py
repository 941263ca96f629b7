"""The settle window: how long to wait after an unknown outcome before looking for what may have landed.

A create whose answer was lost can still be committed by the server a little later (it finishes the
request after the client gave up). A marker lookup made too early would miss it and the row would be sent
again; waiting out the window first closes that race for commits up to ``window`` seconds late.
"""

from __future__ import annotations

import math

__all__ = ["DEFAULT_SETTLE_WINDOW", "check_settle_window", "remaining_settle"]

DEFAULT_SETTLE_WINDOW = 60.0
"""Seconds a late commit may take to become visible (longer than the server spends on one request)."""


def remaining_settle(unknown_since: float, now: float, window: float) -> float:
    """Seconds still to wait before the marker lookup (``0.0`` once ``window`` has passed since
    ``unknown_since``; both times on the same clock, in seconds)."""
    return max(0.0, unknown_since + window - now)


def check_settle_window(value: object) -> float:
    """``settle_window`` as seconds, or ``ValueError`` for a negative, infinite or non-number value."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"settle_window must be a number of seconds >= 0 (got {value!r})")
    return float(value)
