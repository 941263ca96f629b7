"""A fake, and sync/async clients wired to it in-process, for the workflow and ``wait`` tests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW)


def _clients(fake: FakeInstaView) -> tuple[iv.InstaView, iv.AsyncInstaView]:
    """Clients whose pauses move the fake's clock instead of waiting (retries and polls run instantly)."""

    async def asleep(seconds: float) -> None:
        fake.advance(seconds=seconds)

    client = iv.InstaView(
        api_key="sk_test_fake", http_client=fake.http_client(), sleep=lambda s: fake.advance(seconds=s)
    )
    aclient = iv.AsyncInstaView(api_key="sk_test_fake", http_client=fake.async_http_client(), sleep=asleep)
    return client, aclient


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, fake: FakeInstaView) -> Iterator[Callable[..., Any]]:
    """``call(lambda c: c.workflows.schedule_interview(...))`` runs it with the sync or the async client."""
    client, aclient = _clients(fake)

    def run(fn: Callable[[Any], Any]) -> Any:
        if request.param == "sync":
            return fn(client)
        result: Awaitable[Any] = fn(aclient)
        return asyncio.run(_await(result))

    yield run
    client.close()
    asyncio.run(aclient.close())


async def _await(value: Awaitable[Any]) -> Any:
    return await value
