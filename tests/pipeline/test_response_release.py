"""A response the SDK reads and never hands out is freed when the call returns (no garbage cycle left)."""

from __future__ import annotations

import asyncio
import gc
import json
import weakref
from collections.abc import Iterator

import httpx
import pytest

import instaview_plus as iv

JOB_ID = "550e8400-e29b-41d4-a716-446655440000"
JOB = {
    "id": JOB_ID,
    "companyId": "987e6543-e21b-12d3-a456-426614174000",
    "title": "Senior Software Engineer",
    "status": "OPEN",
    "createdAt": "2024-01-15T10:30:00Z",
    "updatedAt": "2024-01-15T10:30:00Z",
}
BODY = json.dumps({"success": True, "data": JOB, "error": None, "timestamp": "2024-01-15T10:30:00Z"}).encode()


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "application/json"}, content=BODY)


@pytest.fixture
def no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_a_parsed_response_is_freed_when_the_call_returns(no_gc: None) -> None:
    seen: list[weakref.ref[httpx.Response]] = []
    hooks = {"response": [lambda response: seen.append(weakref.ref(response))]}
    with httpx.Client(transport=httpx.MockTransport(_answer), event_hooks=hooks) as http:
        job = iv.InstaView(api_key="sk_test_release", http_client=http).jobs.get(JOB_ID)
        assert job.id == JOB_ID and len(seen) == 1
        assert seen[0]() is None  # freed by reference counting, the collector is off


def test_a_parsed_async_response_is_freed_when_the_call_returns(no_gc: None) -> None:
    seen: list[weakref.ref[httpx.Response]] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(_answer), event_hooks={"response": [hook]}
        ) as http:
            job = await iv.AsyncInstaView(api_key="sk_test_release", http_client=http).jobs.get(JOB_ID)
            assert job.id == JOB_ID and len(seen) == 1
            assert seen[0]() is None

    asyncio.run(main())


def test_a_raw_response_keeps_its_body_and_stream() -> None:
    with httpx.Client(transport=httpx.MockTransport(_answer)) as http:
        raw = iv.InstaView(api_key="sk_test_release", http_client=http).jobs.with_raw_response.get(JOB_ID)
        assert raw.parse().id == JOB_ID and raw.http_response.content == BODY
        assert b"".join(raw.http_response.iter_bytes()) == BODY
