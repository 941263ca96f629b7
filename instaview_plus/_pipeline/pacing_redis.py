"""A rate-limit pacer whose state lives in Redis, shared by every process and host using one API key.

``InstaView(rate_limit="redis://host:6379/0")`` (or ``rediss://``, ``unix://``) picks it. It has the
``Pacer`` interface (``reserve`` / ``resume`` / ``release``) and keeps, under
``instaview:pacer:<sha256 of the API key, 32 hex>`` (never the key):

- ``…:info``, a hash with each window's (minute, hour) last ``X-RateLimit-*`` report: limit, remaining and
  reset, merged as the local pacer does (a later reset wins; within a window the lowest remaining);
- ``…:inflight``, a sorted set of the requests in flight everywhere, each a lease that expires after
  ``lease`` seconds, so a process killed mid-request gives its slot back by itself.

Each reservation and release is one Lua script, atomic across processes: a request may go when, in every
window, ``remaining - in flight > 0`` (or the window has reset); otherwise it waits for the reset.

Redis unreachable: with ``?on_error=raise`` (the default) the first request raises ``APIConnectionError``
naming the URL (without its password) before anything is sent; with ``?on_error=local`` the client warns once
and paces per process until Redis answers again (it tries again every 30 s). A failed release never raises:
its lease expires. redis-py (``pip install 'instaview-plus[redis]'``) is imported only here, on first use.
The async client calls Redis synchronously too (one short loopback-or-LAN round trip per reservation).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._exceptions import APIConnectionError, InvalidRequestError
from .pacing import Pacer, RateLimitInfo, _merge

__all__ = ["REDIS_SCHEMES", "RedisPacer", "redacted"]

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
_MAX_WAIT = 60.0
_RETRY_AFTER_FAILURE = 30.0
_TTL = 7200  # seconds the shared state outlives its last use (the hour window)
_log = logging.getLogger("instaview_plus")

# KEYS: info hash, in-flight zset. ARGV: now, token, lease, max wait. Returns the wait as a string; the
# request holds its lease from now on (waiting requests count as in flight).
_RESERVE = """
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local n = redis.call('ZCARD', KEYS[2])
local wait = 0
for _, w in ipairs({'m', 'h'}) do
  local rem = tonumber(redis.call('HGET', KEYS[1], 'rem_' .. w))
  local reset = tonumber(redis.call('HGET', KEYS[1], 'reset_' .. w))
  local limit = tonumber(redis.call('HGET', KEYS[1], 'lim_' .. w))
  if rem and reset then
    if reset > now then
      if rem - n <= 0 then wait = math.max(wait, math.min(tonumber(ARGV[4]), reset - now)) end
    elseif limit and limit - n <= 0 then
      wait = math.max(wait, 0.1)  -- a fresh window, but as many requests in flight as it allows
    end
  end
end
-- the slot is taken now, even by a request that must wait: a late wake-up cannot overshoot the next window
redis.call('ZADD', KEYS[2], now + wait + tonumber(ARGV[3]), ARGV[2])
redis.call('EXPIRE', KEYS[2], math.ceil(wait + tonumber(ARGV[3])) + 1)
return tostring(wait)
"""

# KEYS: info hash, in-flight zset. ARGV: token ('' for none), then lim_m, lim_h, rem_m, reset_m, rem_h,
# reset_h ('' where the response had no such header; all '' when no response arrived).
_RELEASE = """
if ARGV[1] ~= '' then redis.call('ZREM', KEYS[2], ARGV[1]) end
local function put(field, value) if value ~= '' then redis.call('HSET', KEYS[1], field, value) end end
put('lim_m', ARGV[2])
put('lim_h', ARGV[3])
for i, w in ipairs({'m', 'h'}) do
  local rem, reset = ARGV[2 + 2 * i], ARGV[3 + 2 * i]
  if reset ~= '' then
    local old_reset = tonumber(redis.call('HGET', KEYS[1], 'reset_' .. w))
    local old_rem = tonumber(redis.call('HGET', KEYS[1], 'rem_' .. w))
    local new_reset, new_rem = tonumber(reset), tonumber(rem)
    local take = old_reset == nil or new_reset > old_reset
    if new_reset == old_reset then take = old_rem == nil or new_rem == nil or new_rem <= old_rem end
    if take then
      redis.call('HSET', KEYS[1], 'reset_' .. w, reset)
      if rem ~= '' then redis.call('HSET', KEYS[1], 'rem_' .. w, rem) else redis.call('HDEL', KEYS[1], 'rem_' .. w) end
    end
  end
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[8]))
return 1
"""


def redacted(url: str) -> str:
    """``url`` without a password (for messages and reprs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _options(url: str) -> tuple[str, str, float]:
    """Our options (``on_error``, ``lease``) out of the URL's query; the rest goes to redis-py."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    ours = {k: v for k, v in query if k in ("on_error", "lease")}
    on_error = ours.get("on_error", "raise")
    if on_error not in ("raise", "local"):
        raise InvalidRequestError(
            f"rate_limit URL: on_error must be 'raise' or 'local' (got {on_error!r})", argument="rate_limit"
        )
    try:
        lease = float(ours.get("lease", "60"))
    except ValueError:
        lease = -1.0
    if not 1 <= lease <= 3600:
        raise InvalidRequestError(
            "rate_limit URL: lease must be seconds from 1 to 3600 (the longest a request may take)",
            argument="rate_limit",
        )
    rest = urlencode([(k, v) for k, v in query if k not in ours])
    return urlunsplit(parts._replace(query=rest)), on_error, lease


def _field(value: int | None) -> str:
    return "" if value is None else str(value)


class RedisPacer(Pacer):
    """The ``Pacer`` interface over Redis (see the module doc); ``info`` is this process's last report."""

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        clock: Callable[[], float] = time.time,
        client: Any = None,
    ) -> None:
        super().__init__(enabled=True, clock=clock)
        redis_url, self.on_error, self.lease = _options(url)
        self.url = redacted(url)
        if client is None:
            try:
                import redis
            except ImportError:
                raise InvalidRequestError(
                    "rate_limit='redis://...' needs redis-py: pip install 'instaview-plus[redis]'",
                    argument="rate_limit",
                ) from None
            client = redis.Redis.from_url(redis_url, socket_timeout=2.0, socket_connect_timeout=2.0)
        self._redis = client
        prefix = "instaview:pacer:" + hashlib.sha256(api_key.encode()).hexdigest()[:32]
        self._keys = [prefix + ":info", prefix + ":inflight"]
        self._reserve = client.register_script(_RESERVE)
        self._release = client.register_script(_RELEASE)
        self._tokens: list[str] = []
        self._local = Pacer(enabled=True, clock=clock)
        self._local_until = 0.0  # while the clock is before this, pace locally (Redis failed)
        self._local_waits = 0  # local reservations waiting for their resume()
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return f"<RedisPacer {self.url}>"

    def _use_local(self) -> bool:
        return self._clock() < self._local_until

    def _failed(self, exc: Exception) -> None:
        """Redis did not answer: raise (``on_error=raise``) or pace per process for a while, warning once."""
        if self.on_error == "raise":
            raise APIConnectionError(
                f"the shared rate-limit pacer cannot reach Redis at {self.url} ({type(exc).__name__}: {exc});"
                " nothing was sent. Start Redis, or add ?on_error=local to the rate_limit URL to pace per"
                " process while Redis is away."
            ) from exc
        self._local_until = self._clock() + _RETRY_AFTER_FAILURE
        message = (
            f"the shared rate-limit pacer cannot reach Redis at {self.url} ({type(exc).__name__}); pacing"
            f" per process for {_RETRY_AFTER_FAILURE:.0f} s (requests from other processes are not counted)"
        )
        _log.warning(message)
        warnings.warn(message, RuntimeWarning, stacklevel=4)

    def reserve(self) -> float:
        """Seconds to wait before sending; the slot is taken in Redis (a lease) either way.

        A waiting request holds its slot while it sleeps, so ``resume()`` needs no second round trip and a
        request that wakes late still counts in the window it lands in.
        """
        if self._use_local():
            return self._local_reserve()
        token = uuid.uuid4().hex
        try:
            wait = float(self._reserve(keys=self._keys, args=[self._clock(), token, self.lease, _MAX_WAIT]))
        except Exception as exc:  # redis-py's errors (not imported at module level) and OSError
            if not _is_redis_error(exc):
                raise
            self._failed(exc)
            return self._local_reserve()
        with self._guard:
            self._tokens.append(token)
        return wait

    def _local_reserve(self) -> float:
        wait = self._local.reserve()
        if wait > 0:
            with self._guard:
                self._local_waits += 1
        return wait

    def resume(self) -> None:
        """After the wait: the slot was taken by ``reserve()`` already (unless Redis was away then)."""
        with self._guard:
            local, self._local_waits = self._local_waits > 0, max(0, self._local_waits - 1)
        if local:
            self._local.resume()

    def abandon(self) -> None:
        """A waiting request was cancelled before ``resume()``: give back the lease ``reserve()`` took."""
        with self._guard:
            if self._local_waits > 0:  # Redis was away at reserve(): the local pacer took nothing
                self._local_waits -= 1
                return
            token = self._tokens.pop() if self._tokens else ""
        if token:
            self._give_back(token, [""] * 6)

    def release(self, headers: Mapping[str, str] | None) -> None:
        """A reserved request finished: give its lease back and feed Redis the response's report."""
        info = RateLimitInfo.from_headers(headers) if headers is not None else None
        if info is not None:
            with self._lock:
                self.info = _merge(self.info, info)
        self._local.release(headers)
        with self._guard:
            token = self._tokens.pop() if self._tokens else ""
        fields = ["", "", "", "", "", ""]
        if info is not None:
            fields = [
                _field(info.limit_minute),
                _field(info.limit_hour),
                _field(info.remaining_minute),
                _field(info.reset_minute),
                _field(info.remaining_hour),
                _field(info.reset_hour),
            ]
        if not token and info is None:
            return
        self._give_back(token, fields)

    def _give_back(self, token: str, fields: list[str]) -> None:
        """Release ``token``'s lease (if any) and store the report ``fields`` in one atomic script."""
        try:
            self._release(keys=self._keys, args=[token, *fields, _TTL])
        except Exception as exc:
            if not _is_redis_error(exc):
                raise
            _log.warning(
                "the shared rate-limit pacer could not release a slot in Redis at %s (%s); its lease expires"
                " in %.0f s",
                self.url,
                type(exc).__name__,
                self.lease,
            )


def _is_redis_error(exc: Exception) -> bool:
    if isinstance(exc, OSError):
        return True
    try:
        import redis
    except ImportError:  # pragma: no cover - a client was injected without redis-py
        return False
    return isinstance(exc, redis.RedisError)
