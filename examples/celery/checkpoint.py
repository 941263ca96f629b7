"""A bulk-import checkpoint in a Redis hash, so a chunk can resume on any worker, on any host."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import redis


class RedisCheckpoint:
    """``instaview_plus.Checkpoint`` over one Redis hash: field = row key, value = the entry as JSON.

    ``HSET`` is durable as far as Redis is (enable AOF on a production Redis if a Redis crash must not lose it).
    """

    def __init__(self, client: redis.Redis, name: str, ttl: int = 7 * 24 * 3600) -> None:
        self.client = client
        self.name = name
        self.ttl = ttl

    def load(self) -> dict[str, dict[str, Any]]:
        """Every entry recorded so far."""
        raw = self.client.hgetall(self.name)
        return {k.decode(): json.loads(v) for k, v in raw.items()}

    def record(self, key: str, entry: Mapping[str, Any]) -> None:
        """Store one entry (and keep the hash for ``ttl`` seconds after its last write)."""
        pipe = self.client.pipeline()
        pipe.hset(self.name, key, json.dumps(dict(entry)))
        pipe.expire(self.name, self.ttl)
        pipe.execute()
