"""pytest fixtures for testing code that uses instaview-plus, against the embedded fake (loaded automatically).

Installed with ``instaview-plus`` through the ``pytest11`` entry point, so any test can ask for:

- ``fake_instaview``: a fresh :class:`~instaview_plus.testing.FakeInstaView` (its own state and clock);
- ``instaview_client``: an ``InstaView`` wired in-process to that fake, retrying without sleeping;
- ``async_instaview_client``: the same for ``AsyncInstaView`` (use it from ``async def`` tests).

>>> def test_creates_a_job(instaview_client, fake_instaview):  # doctest: +SKIP
...     instaview_client.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
...     assert len(fake_instaview.state.jobs) == 1

No network is used; the key is the fake's test key :data:`FAKE_API_KEY` (any ``sk_test_*`` key works).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from .._client import AsyncInstaView, InstaView
from ._fake import FakeInstaView

__all__ = ["FAKE_API_KEY", "async_instaview_client", "fake_instaview", "instaview_client"]

FAKE_API_KEY = "sk_test_fake"


def _no_sleep(_seconds: float) -> None:
    """Retries against the fake do not wait."""


async def _no_async_sleep(_seconds: float) -> None:
    """Retries against the fake do not wait."""


@pytest.fixture
def fake_instaview() -> FakeInstaView:
    """A fresh fake InstaView API: in-memory state, its own clock, seeded ids."""
    return FakeInstaView()


@pytest.fixture
def instaview_client(fake_instaview: FakeInstaView) -> Iterator[InstaView]:
    """An ``InstaView`` client talking to ``fake_instaview`` in-process."""
    with InstaView(api_key=FAKE_API_KEY, http_client=fake_instaview.http_client(), sleep=_no_sleep) as client:
        yield client


@pytest.fixture
def async_instaview_client(fake_instaview: FakeInstaView) -> Iterator[AsyncInstaView]:
    """An ``AsyncInstaView`` client talking to ``fake_instaview`` in-process (closed after the test)."""
    client = AsyncInstaView(
        api_key=FAKE_API_KEY, http_client=fake_instaview.async_http_client(), sleep=_no_async_sleep
    )
    yield client
    asyncio.run(client.close())
