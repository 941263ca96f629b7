"""A redis-server of the tests' own on a free 127.0.0.1 port (once per module), flushed before each test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.redis_server import redis_server, require_redis_server


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    require_redis_server("the Redis pacer tests")
    with redis_server() as url:
        yield url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Any]:
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()
