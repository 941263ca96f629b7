"""Sourcing polling, credits, 402/409, webhooks and signatures."""

from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest
from fake_helpers import AUTH, make_agent, make_candidate, make_job

from instaview_plus.testing import FakeInstaView

RUN = {"title": "Backend engineers", "jobDescription": "Node.js fintech", "location": "SF", "limit": 3}


@pytest.mark.contract_exempt(
    "sends an empty PATCH body on purpose: the fake's 400 for neither query nor limit", check="request"
)
def test_sourcing_polling_and_patch(fake: FakeInstaView, http: httpx.Client) -> None:
    r = http.post("/sourcing", json=RUN)
    assert r.status_code == 202 and r.json()["requestId"].startswith("req_")
    rid = r.json()["requestId"]
    assert http.get(f"/sourcing/{rid}/results").status_code == 202
    assert http.patch(f"/sourcing/{rid}", json={"limit": 2}).status_code == 409
    fake.advance(seconds=61)
    r = http.get(f"/sourcing/{rid}/results")
    assert r.status_code == 200 and len(r.json()["candidates"]) == 3
    assert http.patch(f"/sourcing/{rid}", json={}).status_code == 400
    assert http.patch(f"/sourcing/{rid}", json={"limit": 2}).status_code == 202
    pid = r.json()["candidates"][0]["profileId"]
    e = http.post("/sourcing/enrich", json={"profileIds": [pid, "unknown"]}).json()["requestId"]
    for _ in range(3):
        res = http.get(f"/sourcing/enrich/{e}/results")
    assert res.status_code == 200 and res.json()["enrichedCount"] == 1
    html = http.post("/sourcing/render-html", json={"profileIds": [pid], "theme": "light"}).json()
    assert html["renderedCount"] == 1
    assert http.get("/sourcing/req_nope/results").json()["error"]["code"] == "REQUEST_NOT_FOUND"


def test_prepaid_402(fake: FakeInstaView) -> None:
    poor = fake.add_company("Poor", billing_system="credits", prepaid=True, credits=2)
    fake.add_api_key("sk_test_poor", company_id=poor.id)
    with fake.http_client(headers={"Authorization": "Bearer sk_test_poor"}) as http:
        assert http.post("/sourcing", json=RUN).status_code == 402
        assert http.post("/sourcing", json={**RUN, "limit": 2}).status_code == 202
        assert http.post("/sourcing/preview", json={**RUN, "limit": 20}).status_code == 202


def test_webhooks_signed_delivery(fake: FakeInstaView, http: httpx.Client) -> None:
    got: list[tuple[str, dict[str, str], bytes]] = []
    fake.on_webhook(lambda url, headers, body: got.append((url, headers, body)) or None)
    r = http.post("/webhooks", json={"url": "https://hooks.example.com/iv", "events": [3, "PING"]})
    assert r.status_code == 201
    secret = r.json()["data"]["signingSecret"]
    wid = r.json()["data"]["id"]
    assert len(secret) == 64 and "signingSecret" not in http.get(f"/webhooks/{wid}").json()["data"]
    assert (
        http.post("/webhooks", json={"url": "http://insecure.example.com", "events": [3]}).status_code == 400
    )
    assert http.post(f"/webhooks/{wid}/test").json()["data"]["success"] is True
    cid = make_candidate(http, [make_job(http)])
    http.post("/interviews", json={"candidateId": cid, "agentId": make_agent(http), "isTest": True})
    events = [h["X-InstaView-Event"] for _, h, _ in got]
    assert events == ["ping", "interview.completed"]
    _, headers, body = got[-1]
    t, v1 = (p.split("=", 1)[1] for p in headers["X-InstaView-Signature"].split(","))
    assert hmac.compare_digest(
        v1, hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    )
    lst = http.get("/webhooks").json()["data"]
    assert lst["total"] == 1 and lst["data"][0]["id"] == wid


def test_circuit_breaker(fake: FakeInstaView, http: httpx.Client) -> None:
    fake.on_webhook(lambda url, headers, body: 500)
    wid = http.post("/webhooks", json={"url": "https://h.example.com", "events": ["ping"]}).json()["data"][
        "id"
    ]
    for _ in range(5):
        http.post(f"/webhooks/{wid}/test")
    data = http.get(f"/webhooks/{wid}").json()["data"]
    assert data["isActive"] is False and data["circuitOpenedAt"] is not None
    data = http.post(f"/webhooks/{wid}/reset-circuit").json()["data"]
    assert data["consecutiveFailures"] == 0 and data["isActive"] is True
    assert http.delete(f"/webhooks/{wid}").status_code == 204


def test_admin_api_key(fake: FakeInstaView) -> None:
    with fake.http_client() as http:
        body = {"companyId": fake.default_company.id, "name": "ci", "scopes": ["read:jobs"]}
        assert http.post("/api-keys", json=body, headers=AUTH).status_code == 403
        r = http.post("/api-keys", json=body, headers={"Authorization": "Bearer admin_jwt"})
        assert r.status_code == 201
        key = r.json()["data"]["key"]
        assert http.get("/jobs", headers={"Authorization": f"Bearer {key}"}).status_code == 200
        assert http.get("/agents", headers={"Authorization": f"Bearer {key}"}).status_code == 403
