"""Checkpoints shared by the bulk plans and the export: a JSON-lines file, or a hash in Redis.

Both implement the ``Checkpoint`` protocol of the bulk helper (``load()`` / ``record(key, entry)``), so a
user's own object works too. ``open_checkpoint`` turns the ``checkpoint=`` argument into one:

- a file path: ``FileCheckpoint`` (appended and fsync'd per entry);
- ``redis://host:port/db?key=NAME`` (also ``rediss://``, ``unix://``): ``RedisCheckpoint``, one Redis hash
  named ``NAME`` (default: the caller's), so workers on several machines share it. redis-py is imported
  only when such a URL is given.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._exceptions import InvalidRequestError
from .bulk_rows import Checkpoint, FileCheckpoint

__all__ = ["RedisCheckpoint", "open_checkpoint"]

_SCHEMES = ("redis://", "rediss://", "unix://")


class RedisCheckpoint:
    """A checkpoint in one Redis hash (``HSET`` per entry; the last entry per key wins)."""

    def __init__(self, url: str, name: str) -> None:
        import redis  # the optional dependency, only when a redis:// checkpoint is used

        self.name = name
        self._redis = redis.Redis.from_url(url)
        parts = urlsplit(url)
        self._where = f"{parts.scheme}://{parts.hostname or ''}:{parts.port or ''}{parts.path}"

    def load(self) -> dict[str, dict[str, Any]]:
        """Every entry recorded so far."""
        out: dict[str, dict[str, Any]] = {}
        for key, raw in self._redis.hgetall(self.name).items():
            try:
                item = json.loads(raw)
            except ValueError:
                continue
            if isinstance(item, dict):
                out[key.decode() if isinstance(key, bytes) else str(key)] = item
        return out

    def record(self, key: str, entry: Mapping[str, Any]) -> None:
        """Store one entry (Redis acknowledges it before this returns)."""
        self._redis.hset(self.name, key, json.dumps({**entry, "key": key}, separators=(",", ":")))

    def __repr__(self) -> str:
        return f"RedisCheckpoint({self._where!r}, {self.name!r})"


def _redis_checkpoint(url: str, default_name: str) -> RedisCheckpoint:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    names = [value for key, value in query if key == "key"]
    rest = [(key, value) for key, value in query if key != "key"]
    name = names[-1] if names and names[-1] else default_name
    return RedisCheckpoint(urlunsplit(parts._replace(query=urlencode(rest))), name)


def open_checkpoint(value: Any, *, default_name: str, argument: str = "checkpoint") -> Checkpoint | None:
    """The checkpoint ``value`` names: ``None``, a ``Checkpoint`` object, a file path or a ``redis://`` URL."""
    if value is None or isinstance(value, Checkpoint):
        return value
    if isinstance(value, str) and value.startswith(_SCHEMES):
        return _redis_checkpoint(value, default_name)
    if isinstance(value, str | os.PathLike):
        return FileCheckpoint(value)
    raise InvalidRequestError(
        f"{argument} must be a file path, a redis:// URL or an object with load() and record(key, entry)",
        argument=argument,
    )
