"""Fixtures for the embedded-fake tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from instaview_plus.testing import FakeInstaView

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
AUTH = {"Authorization": "Bearer sk_test_fake"}


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW)


@pytest.fixture
def http(fake: FakeInstaView) -> Iterator[httpx.Client]:
    with fake.http_client(headers=AUTH) as client:
        yield client
