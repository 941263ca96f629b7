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


class Clock:
    """A ``sleep`` (sync and async) that records each pause and moves the fake's clock by it instead of waiting."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        self.pauses: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.fake.advance(seconds=seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


def clients(fake: FakeInstaView, clock: Clock) -> tuple[iv.InstaView, iv.AsyncInstaView]:
    """Clients wired to ``fake`` whose pauses (retries, polls) run on ``clock``."""
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client(), sleep=clock)
    aclient = iv.AsyncInstaView(
        api_key="sk_test_fake", http_client=fake.async_http_client(), sleep=clock.asleep
    )
    return client, aclient


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, fake: FakeInstaView) -> Iterator[Callable[..., Any]]:
    """``call(lambda c: c.workflows.schedule_interview(...))`` runs it with the sync or the async client."""
    client, aclient = clients(fake, Clock(fake))

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
