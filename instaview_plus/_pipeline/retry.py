"""Retry decisions: what is retried, after how long, and what is never replayed.

Pure functions over (method, status or exception, attempt, elapsed time); the attempts of a request
(``attempts.py``) only sleep and resend. Rules:

- retried: connection errors, 408, 429 and every 5xx; never 409 or another 4xx;
- delay: exponential backoff with jitter, or the server's ``Retry-After`` header / ``retryAfter`` body field
  (seconds or an HTTP date) capped at ``retry_after_cap``;
- bounded by ``max_retries`` and by ``total_timeout`` (no retry starts after the deadline; ``None``: none);
- which outcomes mean the server may have acted (``may_have_committed``): a read timeout or broken
  connection after sending, 500/502/504 or an unknown 5xx. 429, 503 and 408 mean the server did not act,
  and connect errors mean nothing was sent. Such a POST is not replayed unless ``retry_non_idempotent``
  is set; a DELETE is, and a 404 on its retry means an earlier attempt deleted it (``Decision``).
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

import attrs
import httpx

from .logs import logger as _log

__all__ = [
    "Decision",
    "RetryPolicy",
    "decide_for_exception",
    "decide_for_status",
    "may_have_committed",
    "parse_retry_after",
]

_SAFE_STATUSES = frozenset({408, 429, 503})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# refused by the client itself before anything went out (an illegal header, an unsupported URL): no retry
_CLIENT_SIDE = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
# past this many doublings any delay is beyond max_delay; the exponent stops there (no OverflowError)
_MAX_DOUBLINGS = 64
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})


@attrs.frozen
class RetryPolicy:
    """How requests are retried; pass one as ``InstaView(retry=RetryPolicy(...))`` or use ``max_retries=``.

    >>> RetryPolicy(max_retries=5, total_timeout=30.0).max_retries
    5
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0
    total_timeout: float | None = 120.0
    """Seconds after the first attempt past which no retry starts; ``None``: only ``max_retries`` bounds them."""
    retry_non_idempotent: bool = False

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """The delay before retry number ``attempt + 1`` (exponential, capped, with jitter)."""
        base = min(self.max_delay, self.initial_delay * 2.0 ** min(attempt, _MAX_DOUBLINGS))
        spread = base * self.jitter
        draw = rng.random() if rng is not None else random.random()
        return max(0.0, base - spread + draw * 2 * spread)


@attrs.frozen
class Decision:
    """What to do after an attempt: retry after ``delay`` seconds, or stop (``retry`` is false).

    ``unknown_outcome`` says the request may have been processed and was not replayed for that reason;
    ``may_have_committed`` says the attempt may have been processed (whether or not it is retried).
    """

    retry: bool
    delay: float = 0.0
    unknown_outcome: bool = False
    may_have_committed: bool = False


_STOP = Decision(retry=False)


def _seconds(value: object) -> float | None:
    """A finite, non-negative number of seconds, or ``None`` (NaN, huge ints, non-numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except OverflowError:  # an int beyond any float: "a very long time"
        seconds = math.inf if int(value) > 0 else 0.0
    except ValueError:
        return None
    if math.isnan(seconds):
        return None
    return min(max(0.0, seconds), 1e9)  # +inf and absurd values are capped later by retry_after_cap


def _http_date(raw: str) -> float | None:
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
        return max(0.0, parsed.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def parse_retry_after(headers: Mapping[str, str], body_retry_after: object = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or a body ``retryAfter``; ``None`` if absent.

    An unreadable value (``soon``, ``120s``, ``1e999``) is ignored (logged at DEBUG), never an error.
    """
    raw = headers.get("retry-after")
    if raw and raw.strip():
        seconds = _seconds(raw.strip())
        if seconds is None:
            seconds = _http_date(raw)
        if seconds is not None:
            return seconds
        _log.debug("ignoring an unreadable Retry-After header %r", raw[:40])
    seconds = _seconds(body_retry_after)
    if body_retry_after is not None and seconds is None:
        _log.debug("ignoring an unreadable retryAfter %r", repr(body_retry_after)[:40])
    return seconds


def may_have_committed(outcome: int | httpx.RequestError) -> bool:
    """Whether the server may have acted on an attempt that ended with ``outcome`` (a status or an error).

    Yes for a 5xx other than 503 (500, 502, 504, 520 ...) and for a transport error after the request went
    out (read timeout, broken connection); no for 408/429/503 and any other status below 500 (the server
    did not act, or answered what it did), nor for errors before sending (connect, pool, client-side).
    """
    if isinstance(outcome, int):
        return outcome >= 500 and outcome not in _SAFE_STATUSES
    return not isinstance(outcome, _NOT_SENT + _CLIENT_SIDE)


def _within_budget(policy: RetryPolicy, attempt: int, elapsed: float, delay: float) -> bool:
    deadline = policy.total_timeout
    return attempt < policy.max_retries and (deadline is None or elapsed + delay <= deadline)


def decide_for_status(
    policy: RetryPolicy,
    *,
    method: str,
    status: int,
    attempt: int,
    elapsed: float,
    retry_after: float | None,
    rng: random.Random | None = None,
) -> Decision:
    """Decide after a response with an error ``status`` (``attempt`` counts from 0)."""
    if status < 500 and status not in _SAFE_STATUSES:
        return _STOP
    acted = may_have_committed(status)
    unknown = acted and method.upper() not in _IDEMPOTENT
    if unknown and not policy.retry_non_idempotent:
        return Decision(retry=False, unknown_outcome=True, may_have_committed=True)
    if retry_after is not None:
        delay = min(retry_after, policy.retry_after_cap)
    else:
        delay = policy.backoff(attempt, rng)
    if not _within_budget(policy, attempt, elapsed, delay):
        return Decision(retry=False, may_have_committed=acted)
    return Decision(retry=True, delay=delay, may_have_committed=acted)


def decide_for_exception(
    policy: RetryPolicy,
    *,
    method: str,
    exc: httpx.RequestError,
    attempt: int,
    elapsed: float,
    rng: random.Random | None = None,
) -> Decision:
    """Decide after a transport error or an undecodable body (nothing sent, or the outcome unknown)."""
    if isinstance(exc, _CLIENT_SIDE):
        return _STOP
    acted = may_have_committed(exc)
    unknown = acted and method.upper() not in _IDEMPOTENT
    if unknown and not policy.retry_non_idempotent:
        return Decision(retry=False, unknown_outcome=True, may_have_committed=True)
    delay = policy.backoff(attempt, rng)
    if not _within_budget(policy, attempt, elapsed, delay):
        return Decision(retry=False, unknown_outcome=unknown, may_have_committed=acted)
    return Decision(retry=True, delay=delay, may_have_committed=acted)
