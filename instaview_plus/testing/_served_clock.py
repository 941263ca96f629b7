"""``served_clock(url)``: the time of a fake served on ``url``, for a receiver's ``Router(now=...)``.

The fake signs deliveries at its own time, which ``POST /_fake/advance`` (and ``instaview trigger``) moves
ahead of the wall clock; a receiver checking a delivery's age against the wall clock would refuse them.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from collections.abc import Callable

__all__ = ["served_clock"]


def served_clock(url: str, *, timeout: float = 5.0) -> Callable[[], dt.datetime]:
    """A callable giving the current time of the fake served on ``url`` (read from ``GET /_fake/state``).

    Use it while developing against ``python -m instaview_plus.testing``:
    ``iv.webhooks.Router(secret, now=served_clock("http://127.0.0.1:8123"))``.
    """
    state_url = url.rstrip("/") + "/_fake/state"

    def now() -> dt.datetime:
        with urllib.request.urlopen(state_url, timeout=timeout) as response:
            stamp = json.loads(response.read())["now"]
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))

    return now
