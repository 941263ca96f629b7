"""Regressions for what schemathesis found in the fake (tests/contract/schemathesis_fake.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from instaview_plus.testing import FakeInstaView

AUTH = {"Authorization": "Bearer sk_test_findings"}
JOB = {"title": "Senior Engineer", "description": "Build and run things well.", "status": "OPEN"}
AGENT = {"name": "Screener", "type": "ONLINE", "focus": "SCREENING", "language": "EN", "duration": 30}


@pytest.mark.contract_exempt(
    "sends null for non-null fields and an object as an event on purpose", check="request"
)
@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/agents", {**AGENT, "questions": None}, "questions"),
        ("/jobs", {**JOB, "requiredSkills": None}, "requiredSkills"),
        ("/jobs", {**JOB, "salary": {"min": 50000, "max": None}}, "salary.max"),
        ("/webhooks", {"url": "https://example.com/hook", "events": [{}]}, "events[0]"),
    ],
)
def test_off_spec_values_are_400s_never_echoed_or_crashing(
    path: str, body: dict[str, Any], field: str
) -> None:
    with FakeInstaView().http_client(headers=AUTH) as http:
        r = http.post(path, json=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["details"]["field"] == field


@pytest.mark.contract_exempt("sends methods the spec does not have on purpose", check="request")
@pytest.mark.parametrize("method", ["HEAD", "TRACE", "OPTIONS", "QUERY"])
def test_the_server_answers_any_method_in_json(method: str) -> None:
    with FakeInstaView().serve() as url, httpx.Client(base_url=url, headers=AUTH) as http:
        r = http.request(method, "/jobs")
    assert r.status_code == 405
    if method != "HEAD":
        assert r.json()["error"]["code"] == "METHOD_NOT_ALLOWED"


def test_error_details_are_left_out_rather_than_null() -> None:
    with FakeInstaView(api_keys=["sk_test_only"]).http_client(
        headers={"Authorization": "Bearer sk_test_no"}
    ) as http:
        error = http.get("/jobs").json()["error"]
    assert error["code"] == "INVALID_API_KEY" and "details" not in error
