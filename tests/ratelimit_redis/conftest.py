"""A redis-server of the tests' own on a free 127.0.0.1 port (once per module), flushed before each test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.redis_server import missing_reason, redis_server


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    reason = missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the Redis pacer tests must run on CI: {reason}")
        pytest.skip(reason)
    with redis_server() as url:
        yield url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Any]:
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()
