"""Pagination does not trust the server blindly: page metadata that contradicts the request, the same page
answered again, or "more pages" past the documented last page give ``APIResponseValidationError``; an
iteration always ends.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import instaview_plus as iv

from .._support.hostile import KEY
from .._support.stats import count

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

JOB = {
    "id": "j1",
    "companyId": "c1",
    "title": "T",
    "status": "OPEN",
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-01T00:00:00Z",
}


def _page(items: list[Any], meta: dict[str, Any]) -> httpx.Response:
    body = {"success": True, "data": {"items": items, "pagination": meta}, "error": None, "timestamp": "t"}
    return httpx.Response(200, json=body)


def _client(answer: Any, requests: list[httpx.Request]) -> iv.InstaView:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answer(request)

    return iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))


@settings(max_examples=200, deadline=None)
@given(asked=st.integers(1, 10000), answered=st.integers(-5, 20000))
def test_page_metadata_contradicting_the_request_is_a_validation_error(asked: int, answered: int) -> None:
    requests: list[httpx.Request] = []
    meta = {"page": answered, "limit": 10, "total": 10**6, "hasNextPage": True}
    with _client(lambda r: _page([JOB], meta), requests) as client:
        if answered == asked:
            assert client.jobs.list(page=asked).page == asked
            outcome = "ok"
        else:
            with pytest.raises(iv.APIResponseValidationError):
                client.jobs.list(page=asked)
            outcome = "refused"
    count("pagination (hostile page metadata)", untyped=0, misrouted=len(requests) - 1)
    assert len(requests) == 1 and outcome


@pytest.mark.parametrize("with_page", [False, True])
def test_a_server_answering_the_same_page_forever_stops_the_iteration(with_page: bool) -> None:
    requests: list[httpx.Request] = []

    def same(request: httpx.Request) -> httpx.Response:
        meta: dict[str, Any] = {"hasNextPage": True, "limit": 1}
        if with_page:
            meta["page"] = 1  # it ignores ?page=
        return _page([JOB], meta)

    with _client(same, requests) as client, pytest.raises(iv.APIResponseValidationError):
        list(itertools.islice(client.jobs.list(limit=1), 10))  # bounded even if the check is gone
    count("pagination (hostile page metadata)", misrouted=0)
    assert len(requests) == 2


def test_more_pages_past_the_documented_last_page_is_a_validation_error_not_a_page_argument_error() -> None:
    requests: list[httpx.Request] = []

    def always_more(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        item = {**JOB, "id": f"j{page}"}
        return _page([item], {"page": page, "limit": 1, "hasNextPage": True})

    with _client(always_more, requests) as client, pytest.raises(iv.APIResponseValidationError):
        list(client.jobs.list(page=9999, limit=1))
    count("pagination (hostile page metadata)", misrouted=0)
    assert len(requests) == 2


async def _take(items: Any, n: int) -> list[Any]:
    out = []
    async for item in items:
        out.append(item)
        if len(out) >= n:
            break
    return out


def test_async_iteration_stops_on_a_repeated_page() -> None:
    requests: list[httpx.Request] = []

    async def main() -> None:
        def same(request: httpx.Request) -> httpx.Response:
            requests.append(request)
            return _page([JOB], {"hasNextPage": True, "limit": 1})

        http = httpx.AsyncClient(transport=httpx.MockTransport(same))
        async with iv.AsyncInstaView(api_key=KEY, http_client=http) as client:
            with pytest.raises(iv.APIResponseValidationError):
                await _take(client.jobs.list(limit=1), 10)
        await http.aclose()

    asyncio.run(main())
    count("pagination (hostile page metadata)", misrouted=0)
    assert len(requests) == 2
