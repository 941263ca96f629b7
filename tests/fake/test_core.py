"""Shapes, validation, scopes, isolation and cascades."""

from __future__ import annotations

import httpx
import pytest
from fake_helpers import AUTH, make_agent, make_candidate, make_job

from instaview_plus.testing import FakeInstaView


def test_envelope_and_list_shape(http: httpx.Client) -> None:
    make_job(http)
    r = http.get("/jobs")
    body = r.json()
    assert set(body) == {"success", "data", "error", "timestamp"}
    assert body["data"]["pagination"] == {
        "total": 1,
        "page": 1,
        "limit": 20,
        "totalPages": 1,
        "hasNextPage": False,
        "hasPreviousPage": False,
    }
    for name in (
        "Limit-Minute",
        "Remaining-Minute",
        "Reset-Minute",
        "Limit-Hour",
        "Remaining-Hour",
        "Reset-Hour",
    ):
        assert f"x-ratelimit-{name.lower()}" in r.headers


@pytest.mark.contract_exempt(
    "sends limit=101 on purpose: the fake's 400 for an out-of-range page size", check="request"
)
def test_limit_over_100_is_400(http: httpx.Client) -> None:
    assert http.get("/jobs", params={"limit": 101}).status_code == 400
    assert http.get("/jobs", params={"limit": 100}).status_code == 200


@pytest.mark.contract_exempt("sends invalid job bodies on purpose: the fake's 400s", check="request")
def test_job_validation(http: httpx.Client) -> None:
    r = http.post("/jobs", json={"title": "Dev", "description": "long enough text", "status": "OPEN"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "VALIDATION_ERROR" and r.json()["data"] is None
    r = http.post(
        "/jobs",
        json={
            "title": "Developer",
            "description": "long enough text",
            "status": "OPEN",
            "requiredSkills": [f"s{i}" for i in range(11)],
        },
    )
    assert r.status_code == 400
    make_job(http, requiredSkills=["a"] * 10)


@pytest.mark.contract_exempt("sends invalid candidate bodies on purpose: the fake's 400s", check="request")
def test_candidate_rules(http: httpx.Client) -> None:
    base = {"firstName": "A", "lastName": "B", "gdprExpiryDate": "2027-01-01"}
    assert http.post("/candidates", json=base).status_code == 400  # no email/phone
    assert http.post("/candidates", json={**base, "phoneNumber": "0915"}).status_code == 400
    assert (
        http.post("/candidates", json={**base, "email": "x@y.io", "gdprExpiryDate": "2020-01-01"}).status_code
        == 400
    )
    assert http.post("/candidates", json={**base, "email": "x@y.io"}).status_code == 201


@pytest.mark.contract_exempt(
    "sends an out-of-range agent duration on purpose: the fake's 400", check="request"
)
def test_agent_phone_needs_number(http: httpx.Client) -> None:
    body = {"name": "Caller", "type": "PHONE", "focus": "SCREENING", "language": "EN", "duration": 20}
    assert http.post("/agents", json=body).status_code == 400
    assert (
        http.post(
            "/agents",
            json={**body, "duration": 181, "companyPhoneNumberId": "3c90c3cc-0d44-4b50-8888-8dd25736052a"},
        ).status_code
        == 400
    )
    make_agent(http, type="PHONE", companyPhoneNumberId="3c90c3cc-0d44-4b50-8888-8dd25736052a")


def test_delete_shapes_and_404(http: httpx.Client) -> None:
    jid = make_job(http)
    r = http.delete(f"/jobs/{jid}")
    assert r.status_code == 200 and r.json() is True
    r = http.delete(f"/jobs/{jid}")
    assert r.status_code == 404
    assert r.json()["error"]["details"] == {"resourceType": "Job", "resourceId": jid}
    aid = make_agent(http)
    assert http.delete(f"/agents/{aid}").json() is True


def test_job_delete_clears_assignments(http: httpx.Client) -> None:
    jid = make_job(http)
    cid = make_candidate(http, [jid])
    http.delete(f"/jobs/{jid}")
    assert http.get(f"/candidates/{cid}").json()["data"]["jobIds"] == []


def test_scope_missing_is_nestjs_403() -> None:
    fake = FakeInstaView(scopes={"read:jobs"})
    with fake.http_client(headers=AUTH) as http:
        assert http.get("/jobs").status_code == 200
        r = http.post(
            "/jobs", json={"title": "Senior Engineer", "description": "Build things.", "status": "OPEN"}
        )
        assert r.status_code == 403
        assert r.json() == {
            "message": "Insufficient permissions: Required scope write:jobs not found",
            "error": "Forbidden",
            "statusCode": 403,
        }


@pytest.mark.contract_exempt(
    "sends no key on purpose: the fake's 401 for a missing Authorization header", check="request"
)
def test_auth_401_and_configured_keys() -> None:
    fake = FakeInstaView(api_keys=["sk_test_only"])
    with fake.http_client() as http:
        assert http.get("/jobs").status_code == 401
        assert http.get("/jobs", headers={"Authorization": "Bearer sk_test_other"}).status_code == 401
        assert http.get("/jobs", headers={"Authorization": "Bearer sk_test_only"}).status_code == 200
    fake.add_api_key("sk_live_susp", suspended=True)
    with fake.http_client(headers={"Authorization": "Bearer sk_live_susp"}) as http:
        assert http.get("/jobs").json()["error"]["code"] == "API_KEY_SUSPENDED"


def test_company_isolation_and_ats(fake: FakeInstaView, http: httpx.Client) -> None:
    other = fake.add_company("Other")
    fake.add_api_key("sk_test_other", company_id=other.id)
    jid = make_job(http)
    with fake.http_client(headers={"Authorization": "Bearer sk_test_other"}) as o:
        assert o.get(f"/jobs/{jid}").status_code == 403
        assert o.get("/jobs").json()["data"]["items"] == []
        assert o.post("/company", json={"name": "Nope"}).status_code == 403
    fake.add_api_key("sk_live_ats", ats=True)
    with fake.http_client(headers={"Authorization": "Bearer sk_live_ats"}) as ats:
        r = ats.post("/company", json={"name": "Client A", "ownerEmail": "o@a.io"})
        assert r.status_code == 201
        child = r.json()["data"]["id"]
        assert ats.get("/jobs").status_code == 403  # no companyId
        assert ats.get("/jobs", params={"companyId": other.id}).status_code == 403
        assert ats.get("/jobs", params={"companyId": child}).status_code == 200
        assert ats.get("/company").json()["data"]["pagination"]["total"] == 1


def test_company_delete_cascades(fake: FakeInstaView) -> None:
    fake.add_api_key("sk_live_ats", ats=True)
    with fake.http_client(headers={"Authorization": "Bearer sk_live_ats"}) as ats:
        child = ats.post("/company", json={"name": "Client A"}).json()["data"]["id"]
        q = {"companyId": child}
        jid = ats.post(
            "/jobs", params=q, json={"title": "Engineer", "description": "Long enough.", "status": "OPEN"}
        ).json()["data"]["id"]
        ats.post(
            "/candidates",
            params=q,
            json={
                "firstName": "A",
                "lastName": "B",
                "email": "a@b.io",
                "gdprExpiryDate": "2027-01-01",
                "jobIds": [jid],
            },
        )
        r = ats.delete(f"/company/{child}")
        assert r.json()["statusCode"] == 200 and r.json()["data"] is True and "traceId" in r.json()
        assert fake.state.jobs == {} and fake.state.candidates == {}
        assert ats.get(f"/company/{child}").status_code == 404


@pytest.mark.contract_exempt(
    "sends paths the spec does not have on purpose: the fake's /v1 aliases and its 404", check="request"
)
def test_v1_alias_and_unknown_route(http: httpx.Client) -> None:
    assert http.get("/v1/public/jobs").status_code == 200
    assert http.get("/nope").status_code == 404


def test_seeded_ids_are_reproducible() -> None:
    ids = []
    for _ in range(2):
        fake = FakeInstaView(seed=7)
        with fake.http_client(headers=AUTH) as http:
            ids.append(make_job(http))
    assert ids[0] == ids[1]


@pytest.mark.parametrize("path", ["/company", "/billing/usage", "/webhooks"])
def test_other_lists_ok(http: httpx.Client, path: str) -> None:
    assert http.get(path).status_code == 200
