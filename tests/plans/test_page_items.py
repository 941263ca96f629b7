"""A page's items are read together; one item that is not an object fails the page, naming the model."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import instaview_plus as iv

JOB = {
    "id": "550e8400-e29b-41d4-a716-446655440000",
    "companyId": "987e6543-e21b-12d3-a456-426614174000",
    "title": "Senior Software Engineer",
    "status": "OPEN",
    "createdAt": "2024-01-15T10:30:00Z",
    "updatedAt": "2024-01-15T10:30:00Z",
}


def _client(items: list[Any]) -> iv.InstaView:
    body = {
        "success": True,
        "data": {
            "items": items,
            "pagination": {"page": 1, "limit": 10, "total": len(items), "totalPages": 1},
        },
        "error": None,
        "timestamp": "2024-01-15T10:30:00Z",
    }
    content = json.dumps(body).encode()
    answer = httpx.Response(200, headers={"content-type": "application/json"}, content=content)
    http = httpx.Client(transport=httpx.MockTransport(lambda request: answer))
    return iv.InstaView(api_key="sk_test_page_items", http_client=http)


def test_every_item_of_a_page_is_read_into_a_model() -> None:
    page = _client([JOB, {**JOB, "id": "550e8400-e29b-41d4-a716-446655440001", "extra": 1}]).jobs.list(
        limit=10
    )
    assert [job.id[-1] for job in page.items] == ["0", "1"]
    assert page.items[0].additional_properties == {} and page.items[1].additional_properties == {"extra": 1}


@pytest.mark.contract_exempt("a hostile page: an item that is not an object", check="response")
@pytest.mark.parametrize("bad", [1, "job", None, [JOB]])
def test_an_item_that_is_not_an_object_fails_the_page(bad: Any) -> None:
    with pytest.raises(iv.APIResponseValidationError) as err:
        _client([JOB, bad]).jobs.list(limit=10)
    assert f"expected an object for Job, got {type(bad).__name__}" in str(err.value)
