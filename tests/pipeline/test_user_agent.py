"""Every request says who sends it: ``User-Agent: instaview-plus/<version> python/<x.y> httpx/<x.y>``."""

from __future__ import annotations

import re
import sys

import httpx

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView


def _expected() -> str:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    httpx_xy = ".".join(httpx.__version__.split(".")[:2])
    return f"instaview-plus/{iv.__version__} python/{python} httpx/{httpx_xy}"


def test_user_agent_names_the_sdk_python_and_httpx_versions() -> None:
    fake = FakeInstaView()
    seen: list[httpx.Request] = []
    http = fake.http_client()
    http.event_hooks["request"].append(seen.append)
    with iv.InstaView(api_key="sk_test_fake", http_client=http) as client:
        client.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
        client.with_options(timeout=5).jobs.list()
    agents = {r.headers["user-agent"] for r in seen}
    assert agents == {_expected()}, agents
    assert re.fullmatch(r"instaview-plus/\S+ python/\d+\.\d+ httpx/\d+\.\d+", _expected())


async def test_the_async_client_sends_the_same_user_agent() -> None:
    fake = FakeInstaView()
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.headers["user-agent"])

    http = fake.async_http_client()
    http.event_hooks["request"].append(hook)
    async with iv.AsyncInstaView(api_key="sk_test_fake", http_client=http) as client:
        await client.jobs.list()
    assert seen == [_expected()]
