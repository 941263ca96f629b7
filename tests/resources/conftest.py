"""Fixtures that run one test body against the sync and the async client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import instaview_plus as iv

from ._support import Run


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, client: iv.InstaView, aclient: iv.AsyncInstaView) -> Run:
    """Calls ``fn`` with the sync client, or awaits it with the async one (a list gives its first page)."""

    async def go(fn: Callable[[Any], Any]) -> Any:
        return fn(client) if request.param == "sync" else await fn(aclient)

    return go


@pytest.fixture(params=["sync", "async"])
def walk(request: pytest.FixtureRequest, client: iv.InstaView, aclient: iv.AsyncInstaView) -> Run:
    """Every item of a list call: ``for`` over the sync page, ``async for`` over the async pager."""

    async def go(fn: Callable[[Any], Any]) -> Any:
        if request.param == "sync":
            return list(fn(client))
        return [item async for item in fn(aclient)]

    return go
