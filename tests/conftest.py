"""Shared fixtures: a clean environment, and clients wired to an in-process ``httpx.MockTransport``."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import settings

import instaview_plus as iv

KEY = "sk_test_0123456789abcdefghijklmnopqrstuvwx"

# Every request the suite sends and every response the fake returns is validated against the spec.
pytest_plugins = ["tests.contract.plugin", "tests._support.hostile"]

# Property tests draw the same examples on every run (CI never depends on a lucky draw); explore new ones
# with HYPOTHESIS_PROFILE=explore.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's INSTAVIEW_* or proxy settings."""
    import os

    for name in list(os.environ):
        if name.startswith("INSTAVIEW_") or name.lower().endswith("_proxy"):
            monkeypatch.delenv(name, raising=False)


def envelope(data: Any, status: int = 200, **headers: str) -> httpx.Response:
    """A documented success envelope."""
    body = {"success": True, "data": data, "error": None, "timestamp": "2026-04-02T07:00:00Z"}
    return httpx.Response(status, json=body, headers=headers)


class Recorder:
    """An ``httpx.MockTransport`` handler that records requests and answers from a queue or a function."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.queue: list[httpx.Response | Exception] = []
        self.respond = respond

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.queue:
            item = self.queue.pop(0)
            if isinstance(item, Exception):
                raise item
            return item
        if self.respond is not None:
            return self.respond(request)
        return envelope({"id": "x"})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        content = self.requests[index].content
        return json.loads(content) if content else None


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[iv.InstaView]:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with iv.InstaView(api_key=KEY, http_client=http, sleep=lambda _: None) as c:
        yield c
    http.close()


@pytest.fixture
def aclient(recorder: Recorder) -> iv.AsyncInstaView:
    async def no_sleep(_: float) -> None:
        return None

    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return iv.AsyncInstaView(api_key=KEY, http_client=http, sleep=no_sleep)
