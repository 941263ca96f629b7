"""Client-side pacing from the ``X-RateLimit-*`` headers, shared by every request of a client.

The server reports, on every response, how many requests are left in the minute and hour windows and when
each window resets (Unix seconds). With ``rate_limit="auto"`` the client keeps the freshest report (responses
of concurrent requests arrive out of order: within a window the lowest ``remaining`` wins), subtracts
the requests it has in flight, and waits for the window to reset instead of sending a request that would
get a 429. The pacer never awaits or sleeps itself, so one instance serves threads and asyncio tasks alike:
``reserve()`` returns the delay to wait (0 means "send now, a slot is taken").
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

import attrs

from .endpoint_pacing import EndpointPacer
from .logs import logger

__all__ = ["Pacer", "RateLimitInfo"]

_MAX_WAIT = 60.0


_MAX_HEADER = 10**12  # beyond any count or Unix time the server can mean
_NONE6 = (None,) * 6


def _int(headers: Mapping[str, str], name: str) -> int | None:
    """A header as a whole number; an unreadable one (``inf``, ``1e999``, ``soon``) is ignored, never raised."""
    raw = headers.get(name)
    if raw is None:
        return None
    if isinstance(raw, str) and len(raw) <= 12 and raw.isascii() and raw.isdigit():  # as float() reads it
        return int(raw)
    try:
        value = float(raw)
        if not math.isfinite(value) or abs(value) > _MAX_HEADER:
            raise ValueError(raw)
        return int(value)
    except (ValueError, OverflowError, TypeError):
        logger.debug("ignoring an unreadable %s header %r", name, str(raw)[:40])
        return None


@attrs.frozen
class RateLimitInfo:
    """The last ``X-RateLimit-*`` headers seen (``None`` where the server did not send one)."""

    limit_minute: int | None = None
    limit_hour: int | None = None
    remaining_minute: int | None = None
    remaining_hour: int | None = None
    reset_minute: int | None = None
    reset_hour: int | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo | None:
        """Parse the headers; ``None`` when the response carries none of them."""
        items = headers.multi_items() if hasattr(headers, "multi_items") else headers.items()
        found = {
            k.lower(): v for k, v in items if k[:12].lower() == "x-ratelimit-"
        }  # one pass, not six lookups
        if not found:
            return None
        values = (
            _int(found, "x-ratelimit-limit-minute"),
            _int(found, "x-ratelimit-limit-hour"),
            _int(found, "x-ratelimit-remaining-minute"),
            _int(found, "x-ratelimit-remaining-hour"),
            _int(found, "x-ratelimit-reset-minute"),
            _int(found, "x-ratelimit-reset-hour"),
        )
        if values == _NONE6:  # none readable: no report
            return None
        return cls(*values)


class Pacer:
    """Keeps the last rate-limit report and tells each request how long to wait before it is sent.

    The interface the pipeline relies on (another backend, e.g. one shared through Redis, provides the
    same three methods with the same contract):

    - ``reserve() -> float``: 0 means a slot is taken and the request may go now; a positive value means
      no slot was taken: wait that many seconds, then call ``resume()``;
    - ``resume()``: take a slot after having waited;
    - ``release(headers)``: give a taken slot back, exactly once per slot, with the response headers (or
      ``None`` when no response arrived). The pipeline calls it in a ``finally`` block, so a slot comes back
      on every exit path: an error, ``asyncio.CancelledError``, ``KeyboardInterrupt``;
    - ``abandon()``: a request that was told to wait was cancelled before ``resume()``: drop whatever
      ``reserve()`` took for it (this pacer takes nothing for a waiting request; the Redis one holds a lease).
    """

    def __init__(self, *, enabled: bool = True, clock: Callable[[], float] = time.time) -> None:
        self.enabled = enabled
        self.info: RateLimitInfo | None = None
        self._clock = clock
        self._in_flight = 0
        self._lock = threading.Lock()
        # operations with a limit of their own (the spec's x-rate-limit), counted by this client
        self.endpoints: EndpointPacer = EndpointPacer(enabled=enabled, clock=clock)

    def reserve(self) -> float:
        """Seconds to wait before sending; 0 means a slot was taken and the request may go now.

        After waiting the returned time, call ``resume()``: the exhausted window has reset by then.
        """
        with self._lock:
            wait = self._wait_locked() if self.enabled else 0.0
            if wait <= 0:
                self._in_flight += 1
            return wait

    def resume(self) -> None:
        """Take a slot after having waited for a window reset (the old report no longer applies)."""
        with self._lock:
            if self.info is not None:
                self.info = attrs.evolve(self.info, remaining_minute=None, remaining_hour=None)
            self._in_flight += 1

    def _wait_locked(self) -> float:
        info, now = self.info, self._clock()
        if info is None:
            return 0.0
        waits = [0.0]
        for remaining, reset in (
            (info.remaining_minute, info.reset_minute),
            (info.remaining_hour, info.reset_hour),
        ):
            if (
                remaining is not None
                and reset is not None
                and remaining - self._in_flight <= 0
                and reset > now
            ):
                waits.append(min(_MAX_WAIT, reset - now))
        return max(waits)

    def abandon(self) -> None:
        """A request told to wait by ``reserve()`` gave up before ``resume()``: no slot was taken for it."""

    def release(self, headers: Mapping[str, str] | None) -> None:
        """A reserved request finished (``headers`` is ``None`` when no response arrived)."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            if headers is not None:
                info = RateLimitInfo.from_headers(headers)
                if info is not None:
                    self.info = _merge(self.info, info)


def _fresher(
    old: tuple[int | None, int | None], new: tuple[int | None, int | None]
) -> tuple[int | None, int | None]:
    """The newer ``(remaining, reset)`` report of one window: a later reset, or the same with fewer left."""
    (old_left, old_reset), (new_left, new_reset) = old, new
    if old_reset is None or new_reset is None or new_reset > old_reset:
        return new
    if new_reset < old_reset:
        return old  # a response from a window that has already ended
    if old_left is not None and new_left is not None and new_left > old_left:
        return old  # answered earlier by the server, but arrived later: it no longer holds
    return new


def _merge(old: RateLimitInfo | None, new: RateLimitInfo) -> RateLimitInfo:
    """``new``, except per window where ``old`` is the fresher report (responses arrive out of order)."""
    if old is None:
        return new
    minute = _fresher((old.remaining_minute, old.reset_minute), (new.remaining_minute, new.reset_minute))
    hour = _fresher((old.remaining_hour, old.reset_hour), (new.remaining_hour, new.reset_hour))
    return RateLimitInfo(new.limit_minute, new.limit_hour, minute[0], hour[0], minute[1], hour[1])
