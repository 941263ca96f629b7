"""The openapi-core contract hook itself: it sees the traffic, passes valid exchanges and names violations."""

from __future__ import annotations

import json

import httpx
import pytest

from instaview_plus.testing import FakeInstaView

from ._openapi import WireRequest, WireResponse, operation_id, validate_exchange
from .plugin import STATS

JOB_BODY = {"title": "Senior Engineer", "description": "Build and run things well.", "status": "OPEN"}
AUTH = {"Authorization": "Bearer sk_test_contract", "Content-Type": "application/json"}


def _post_job(body: object) -> WireRequest:
    return WireRequest("POST", "/jobs", [], AUTH, json.dumps(body).encode())


def test_operation_ids_prefer_literal_paths() -> None:
    assert operation_id("POST", "/jobs/url") == "createJobFromUrl"
    assert operation_id("GET", "/jobs/9b2f0c1e-2d4a-4c8e-9f3a-6b1d2e3f4a5b") == "getJob"
    assert operation_id("GET", "/sourcing/enrich/enr_1/results") == "getEnrichmentResults"
    assert operation_id("PUT", "/jobs") is None


def test_a_valid_exchange_has_no_violation() -> None:
    job = {
        "id": "j",
        "companyId": "c",
        **JOB_BODY,
        "createdAt": "2026-04-02T07:00:00Z",
        "updatedAt": "2026-04-02T07:00:00Z",
    }
    body = json.dumps({"success": True, "data": job}).encode()
    response = WireResponse(201, {"Content-Type": "application/json"}, body)
    assert validate_exchange(_post_job(JOB_BODY), response, check_request=True, check_response=True) == []


def test_violations_name_the_operation_and_the_field() -> None:
    bad_body = json.dumps({"success": False, "error": {"code": "X", "details": None}}).encode()
    response = WireResponse(400, {"Content-Type": "application/json"}, bad_body)
    problems = validate_exchange(
        _post_job({**JOB_BODY, "title": "Dev"}), response, check_request=True, check_response=True
    )
    assert len(problems) == 2
    assert problems[0].startswith("request of createJob (POST /jobs)") and "title" in problems[0]
    assert problems[1].startswith("response 400 of createJob (POST /jobs)") and "error/details" in problems[1]
    unknown = validate_exchange(
        _post_job(JOB_BODY), WireResponse(418, {}, b""), check_request=False, check_response=True
    )
    assert unknown and "418" in unknown[0]


def test_the_hook_sees_fake_and_mock_traffic() -> None:
    before = dict(STATS)
    with FakeInstaView().http_client(headers=AUTH) as http:
        assert http.post("/jobs", json=JOB_BODY).status_code == 201
    mock = httpx.MockTransport(lambda request: httpx.Response(200, json={"success": True, "data": []}))
    with httpx.Client(transport=mock, base_url="https://api.instaview.sk", headers=AUTH) as http:
        http.get("/jobs")
    assert STATS["requests"] == before["requests"] + 2
    assert STATS["responses"] == before["responses"] + 2


@pytest.mark.contract_exempt("its inner session sends a short title on purpose", check="request")
def test_a_violation_fails_the_test_that_caused_it(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makeconftest('pytest_plugins = ["tests.contract.plugin"]')
    pytester.makepyfile(
        """
        import pytest
        from instaview_plus.testing import FakeInstaView

        AUTH = {"Authorization": "Bearer sk_test_contract"}

        def test_sends_a_short_title():
            with FakeInstaView().http_client(headers=AUTH) as http:
                assert http.post("/jobs", json={"title": "Dev", "description": "x" * 20, "status": "OPEN"}).status_code == 400

        @pytest.mark.contract_exempt("checks the fake's 400 for a short title", check="request")
        def test_exempt():
            with FakeInstaView().http_client(headers=AUTH) as http:
                assert http.post("/jobs", json={"title": "Dev", "description": "x" * 20, "status": "OPEN"}).status_code == 400
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*request of createJob (POST /jobs)*", "*'Dev' is too short*"])
