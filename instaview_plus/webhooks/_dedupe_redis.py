"""Delivery dedupe in Redis, shared by every receiver process: ``Router(secret, dedupe="redis://host:6379/0")``.

One key per delivery, ``instaview:webhook:<deliveryId>``:

- claim: ``SET key claim:<token> NX EX lease``; when the key exists its value says ``done`` or someone's claim;
- done: ``SET key done EX retention`` (the handler ran; kept for ``retention`` seconds);
- release: a Lua compare-and-delete, so only the claim's holder drops it.

redis-py (``pip install 'instaview-plus[redis]'``) is imported here, on first use of a ``redis://`` store.
"""

from __future__ import annotations

import secrets
from typing import Any

from .._exceptions import InvalidRequestError
from ._dedupe import DEFAULT_LEASE, DEFAULT_RETENTION, ClaimState

__all__ = ["REDIS_SCHEMES", "RedisDedupe"]

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
_DONE = "done"
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisDedupe:
    """Dedupe shared through Redis (``url``: ``redis://``, ``rediss://`` or ``unix://``, or a redis-py client).

    ``retention`` (default 3 days) is how long a handled delivery is remembered; ``lease`` how long a claim
    holds when its holder dies mid-handler; ``prefix`` namespaces the keys.
    """

    def __init__(
        self,
        url: str | Any,
        *,
        retention: float = DEFAULT_RETENTION,
        lease: float = DEFAULT_LEASE,
        prefix: str = "instaview:webhook:",
    ) -> None:
        if isinstance(url, str):
            if not url.startswith(REDIS_SCHEMES):
                raise InvalidRequestError(
                    f"dedupe must be a redis://, rediss:// or unix:// URL (got a {url.split(':', 1)[0]!r} URL)",
                    argument="dedupe",
                )
            try:
                import redis
            except ImportError as exc:
                raise InvalidRequestError(
                    "dedupe='redis://...' needs redis-py: pip install 'instaview-plus[redis]'",
                    argument="dedupe",
                ) from exc
            self._client: Any = redis.Redis.from_url(url, decode_responses=True)
        else:
            self._client = url
        self.retention = float(retention)
        self.lease = float(lease)
        self.prefix = prefix
        self._release = self._client.register_script(_RELEASE)

    def _key(self, delivery_id: str) -> str:
        return self.prefix + delivery_id

    @staticmethod
    def _text(value: Any) -> str | None:
        return value.decode("utf-8") if isinstance(value, bytes) else value

    def claim(self, delivery_id: str) -> tuple[ClaimState, str]:
        """``SET NX`` a claim with a lease; otherwise report done or busy."""
        token = "claim:" + secrets.token_hex(8)
        key = self._key(delivery_id)
        if self._client.set(key, token, nx=True, px=max(1, int(self.lease * 1000))):
            return "claimed", token
        current = self._text(self._client.get(key))
        if current == _DONE:
            return "done", ""
        if current is None:  # the holder released or its lease expired between the two calls: try once more
            if self._client.set(key, token, nx=True, px=max(1, int(self.lease * 1000))):
                return "claimed", token
            return ("done", "") if self._text(self._client.get(key)) == _DONE else ("busy", "")
        return "busy", ""

    def done(self, delivery_id: str, token: str) -> None:
        """Mark the delivery handled for ``retention`` seconds."""
        self._client.set(self._key(delivery_id), _DONE, px=max(1, int(self.retention * 1000)))

    def release(self, delivery_id: str, token: str) -> None:
        """Drop the claim if ``token`` still holds it (compare-and-delete)."""
        self._release(keys=[self._key(delivery_id)], args=[token])

    def __repr__(self) -> str:
        return f"RedisDedupe(prefix={self.prefix!r}, retention={self.retention:g}, lease={self.lease:g})"
