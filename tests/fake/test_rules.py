"""The fake's enforced rules, each with a failing and a passing request (status, error shape, state effect).

Rule → tests (module::test; ``limits`` is ``test_spec_limits.py::test_limit``, one case per spec limit):

=====================================================  ==========================================================
rule                                                   tests
=====================================================  ==========================================================
validation limits (length, range, items, format, enum)  limits (197 cases: at-limit 2xx, just-over 400 + field)
400 error shape (envelope, VALIDATION_ERROR, field)     limits; core::test_job_validation
interview XOR: candidateId|candidate, agentId|agent,    interviews::test_xor_rules
  jobId|job, candidate.jobId vs jobId/job
job resolution: GENERIC without job, single auto,       interviews::test_job_resolution
  several → 400 JOB_ID_REQUIRED, jobId chooses
scheduleTime ≤ 30 days ahead, invalid date → 400        test_schedule_30_day_edge, interviews::test_schedule_window
UTC offset honoured for the call-time window            test_call_window_uses_the_given_offset
call attempts only for PHONE interviews                 test_call_attempts_only_for_phone
no reschedule/delete of an IN_PROGRESS attempt          interviews::test_call_attempts, test_delete_scheduled_attempt
scopes configurable; missing → 403 NestJS shape         test_scope_per_route (every route), core::test_scope_missing_is_nestjs_403
company isolation, regular keys                         core::test_company_isolation_and_ats, test_delete_company_rules
ATS keys: companyId required, unmanaged company → 403   core::test_company_isolation_and_ats, test_ats_child_isolation
delete cascades: company → jobs, candidates, agents,    test_company_cascade, core::test_company_delete_cascades
  interviews, webhooks; job → assignments               core::test_job_delete_clears_assignments, test_job_delete_keeps_others
billing usage in minutes and in credits                 interviews::test_lifecycle_pdf_and_billing, test_billing_credits
webhooks CRUD, test ping, circuit breaker, reset        sourcing_webhooks::test_webhooks_signed_delivery,
                                                         ::test_circuit_breaker, test_webhook_crud, test_ping_needs_subscription
sourcing 202 → 200, credits, 402 prepaid                sourcing_webhooks::test_sourcing_polling_and_patch,
                                                         ::test_prepaid_402, test_sourcing_charges_credits
own clock, lifecycle via advance                        interviews::test_lifecycle_pdf_and_billing
signed deliveries                                       sourcing_webhooks::test_webhooks_signed_delivery
rate limits: X-RateLimit-* headers, 429 + Retry-After   faults_server::test_rate_limit_429, core::test_envelope_and_list_shape
fail_next(status, times, path)                          faults_server::test_fail_next, test_fail_next_path_only
latency, connection reset, drop after commit            test_latency, faults_server::test_reset_and_drop
state per instance, reset(), seeded ids                 test_state_per_instance_and_reset, core::test_seeded_ids_are_reproducible
in-process transport, serve() (raises on bind)          faults_server::test_serve_and_concurrency, ::test_serve_bind_failure
=====================================================  ==========================================================
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from fake_helpers import AUTH, make_agent, make_candidate, make_job

from instaview_plus.testing import FakeInstaView
from instaview_plus.testing._routes import ROUTES

PHONE_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
SOME_ID = "0b6c2a8e-3f0e-4a53-9a44-2f1f1c1a0b01"
ATS = {"Authorization": "Bearer sk_live_ats"}
RUN = {"title": "Backend engineers", "jobDescription": "Node.js fintech", "location": "SF", "limit": 3}


def _error(r: httpx.Response) -> dict[str, Any]:
    body = r.json()
    assert body["success"] is False and body["data"] is None, body
    return dict(body["error"])


def _phone_interview(http: httpx.Client, when: str) -> httpx.Response:
    cid = make_candidate(http, [make_job(http)])
    agent = make_agent(http, type="PHONE", companyPhoneNumberId=PHONE_ID)
    return http.post("/interviews", json={"candidateId": cid, "agentId": agent, "scheduleTime": when})


@pytest.mark.contract_exempt(
    "sends an impossible date (30 February) on purpose: the fake's 400", check="request"
)
# -- scheduling --------------------------------------------------------------------------------------------
def test_schedule_30_day_edge(fake: FakeInstaView, http: httpx.Client) -> None:
    """NOW is 2026-05-04T09:00Z: 30 days later is accepted, a minute more is refused."""
    cid = make_candidate(http, [make_job(http)])
    body = {"candidateId": cid, "agentId": make_agent(http)}
    r = http.post("/interviews", json={**body, "scheduleTime": "2026-06-03T09:01:00Z"})
    assert r.status_code == 400 and "30 days" in _error(r)["message"]
    assert fake.state.interviews == {}
    r = http.post("/interviews", json={**body, "scheduleTime": "2026-06-03T09:00:00Z"})
    assert r.status_code == 201 and r.json()["data"]["scheduledAt"] == "2026-06-03T09:00:00Z"
    r = http.post("/interviews", json={**body, "scheduleTime": "2026-02-30T10:00:00Z"})
    assert r.status_code == 400 and _error(r)["details"]["field"] == "scheduleTime"


def test_call_window_uses_the_given_offset(fake: FakeInstaView, http: httpx.Client) -> None:
    """The same instant (22:30Z) is 22:30 in UTC (outside 08-20) but 09:00 at +10:30 (inside)."""
    r = _phone_interview(http, "2026-05-04T22:30:00+00:00")
    assert r.status_code == 400 and _error(r)["code"] == "OUTSIDE_CALL_WINDOW"
    assert fake.state.interviews == {}
    r = _phone_interview(http, "2026-05-05T09:00:00+10:30")
    assert r.status_code == 201
    assert r.json()["data"]["scheduledAt"] == "2026-05-04T22:30:00Z"
    r = _phone_interview(http, "2026-05-05T07:00:00+10:30")  # 20:30Z: inside in UTC, 07:00 at the offset
    assert r.status_code == 400 and _error(r)["code"] == "OUTSIDE_CALL_WINDOW"


# -- call attempts -----------------------------------------------------------------------------------------
def test_call_attempts_only_for_phone(fake: FakeInstaView, http: httpx.Client) -> None:
    cid = make_candidate(http, [make_job(http)])
    online = http.post("/interviews", json={"candidateId": cid, "agentId": make_agent(http)}).json()["data"]
    for r in (
        http.post(f"/interviews/{online['id']}/call-attempts", json={}),
        http.patch(
            f"/interviews/{online['id']}/call-attempts/{SOME_ID}",
            json={"scheduledAt": "2026-05-04T13:00:00Z"},
        ),
        http.delete(f"/interviews/{online['id']}/call-attempts/{SOME_ID}"),
    ):
        assert r.status_code == 400 and _error(r)["code"] == "ONLINE_INTERVIEW"
    assert fake.state.interviews[online["id"]].call_attempts == []
    phone = _phone_interview(http, "2026-05-04T12:00:00Z").json()["data"]
    r = http.post(f"/interviews/{phone['id']}/call-attempts", json={"scheduledAt": "2026-05-04T14:00:00Z"})
    assert r.status_code == 201 and r.json() == {
        "success": True,
        "message": "Call attempt scheduled successfully",
    }
    statuses = [a.status for a in fake.state.interviews[phone["id"]].call_attempts]
    assert statuses == ["CANCELLED", "SCHEDULED"]  # the new attempt replaces the scheduled one


def test_delete_scheduled_attempt(fake: FakeInstaView, http: httpx.Client) -> None:
    """A SCHEDULED attempt can be deleted; once the call runs, the same request is refused."""
    iv = _phone_interview(http, "2026-05-04T12:00:00Z").json()["data"]
    first = iv["callAttempts"][0]["id"]
    assert http.delete(f"/interviews/{iv['id']}/call-attempts/{first}").status_code == 204
    assert fake.state.interviews[iv["id"]].call_attempts == []
    r = http.post(f"/interviews/{iv['id']}/call-attempts", json={"scheduledAt": "2026-05-04T12:00:00Z"})
    assert r.status_code == 201
    fake.advance(hours=3, minutes=1)
    attempt = fake.state.interviews[iv["id"]].call_attempts[-1]
    assert attempt.status == "IN_PROGRESS"
    r = http.delete(f"/interviews/{iv['id']}/call-attempts/{attempt.id}")
    assert r.status_code == 400 and _error(r)["code"] == "INVALID_STATE_TRANSITION"
    assert attempt in fake.state.interviews[iv["id"]].call_attempts


# -- scopes ------------------------------------------------------------------------------------------------
def _url(route: Any) -> str:
    path = route.pattern.pattern.strip("^$")
    return path.replace("(?P<id>[^/]+)", SOME_ID).replace("(?P<attempt_id>[^/]+)", SOME_ID)


SCOPED = [r for r in ROUTES if not r.admin]


@pytest.mark.contract_exempt(
    "sends empty bodies and placeholder ids: a missing scope is a 403 before any validation", check="request"
)
@pytest.mark.parametrize("route", SCOPED, ids=[r.op_id for r in SCOPED])
def test_scope_per_route(route: Any) -> None:
    """Without each required scope: the NestJS 403 naming it; with exactly the route's scopes: past the guard."""
    from instaview_plus.testing._enums import ALL_SCOPES

    fake = FakeInstaView()
    for scope in route.scopes:
        fake.add_api_key(f"sk_test_without_{scope}", scopes=ALL_SCOPES - {scope})
        with fake.http_client(headers={"Authorization": f"Bearer sk_test_without_{scope}"}) as http:
            r = http.request(route.method, _url(route), json={} if route.method != "GET" else None)
        assert r.status_code == 403
        assert r.json() == {
            "message": f"Insufficient permissions: Required scope {scope} not found",
            "error": "Forbidden",
            "statusCode": 403,
        }
    fake.add_api_key("sk_test_exact", scopes=route.scopes)
    with fake.http_client(headers={"Authorization": "Bearer sk_test_exact"}) as http:
        r = http.request(route.method, _url(route), json={} if route.method != "GET" else None)
    assert r.status_code != 403 or "statusCode" not in r.json(), r.text


# -- isolation and cascades --------------------------------------------------------------------------------
def test_ats_child_isolation(fake: FakeInstaView) -> None:
    """An ATS key reaches its own children only, never another ATS key's child or the default company."""
    fake.add_api_key("sk_live_a", ats=True)
    fake.add_api_key("sk_live_b", ats=True)
    mine = fake.add_company("Mine", ats_key="sk_live_a")
    theirs = fake.add_company("Theirs", ats_key="sk_live_b")
    job = {"title": "Engineer", "description": "Long enough.", "status": "OPEN"}
    with fake.http_client(headers={"Authorization": "Bearer sk_live_a"}) as ats:
        for cid in (theirs.id, fake.default_company.id):
            r = ats.post("/jobs", params={"companyId": cid}, json=job)
            assert r.status_code == 403 and _error(r)["code"] == "RESOURCE_ACCESS_DENIED"
            assert ats.get(f"/company/{cid}").status_code == 403
        assert fake.state.jobs == {}
        assert ats.post("/jobs", params={"companyId": mine.id}, json=job).status_code == 201
        assert [j.company_id for j in fake.state.jobs.values()] == [mine.id]


def test_delete_company_rules(fake: FakeInstaView, http: httpx.Client) -> None:
    """A regular key cannot delete another company; it can delete its own (and is revoked with it)."""
    other = fake.add_company("Other")
    r = http.delete(f"/company/{other.id}")
    assert r.status_code == 403 and other.id in fake.state.companies
    r = http.delete(f"/company/{fake.default_company.id}")
    assert r.status_code == 200 and r.json()["data"] is True
    assert fake.default_company.id not in fake.state.companies
    assert http.get("/jobs").status_code == 401


def test_company_cascade(fake: FakeInstaView) -> None:
    """Deleting a child removes its jobs, candidates, agents, interviews and webhooks; a sibling keeps its own."""
    fake.add_api_key("sk_live_ats", ats=True)
    doomed = fake.add_company("Doomed", ats_key="sk_live_ats")
    kept = fake.add_company("Kept", ats_key="sk_live_ats")
    for company in (doomed, kept):
        with fake.http_client(headers=ATS, params={"companyId": company.id}) as child:
            cid = make_candidate(child, [make_job(child)])
            interview = {"candidateId": cid, "agentId": make_agent(child)}
            assert child.post("/interviews", json=interview).status_code == 201
            hook = {"url": "https://h.example.com", "events": ["PING"], "companyId": company.id}
            assert child.post("/webhooks", json=hook).status_code == 201
    with fake.http_client(headers=ATS) as ats:
        assert ats.delete(f"/company/{doomed.id}").status_code == 200
        s = fake.state
        for table in (s.jobs, s.candidates, s.agents, s.interviews):
            assert {r.company_id for r in table.values()} == {kept.id}
        assert {w.company_id for w in s.webhooks.values()} == {kept.id}
        assert ats.get("/jobs", params={"companyId": kept.id}).json()["data"]["pagination"]["total"] == 1


def test_job_delete_keeps_others(http: httpx.Client) -> None:
    j1, j2 = make_job(http), make_job(http)
    cid = make_candidate(http, [j1, j2])
    assert http.delete(f"/jobs/{j1}").status_code == 200
    assert http.get(f"/candidates/{cid}").json()["data"]["jobIds"] == [j2]
    assert http.get(f"/jobs/{j1}").status_code == 404


# -- billing, webhooks, sourcing ---------------------------------------------------------------------------
def test_billing_credits(fake: FakeInstaView) -> None:
    """A credits company reports credits (no minutes fields); a minutes company reports minutes only."""
    paid = fake.add_company("Paid", billing_system="credits")
    fake.add_api_key("sk_test_paid", company_id=paid.id)
    for key in ("sk_test_paid", "sk_test_fake"):
        with fake.http_client(headers={"Authorization": f"Bearer {key}"}) as http:
            cid = make_candidate(http, [make_job(http)])
            http.post(
                "/interviews",
                json={
                    "candidateId": cid,
                    "agentId": make_agent(http, duration=20),
                    "scheduleTime": "2026-05-04T10:00:00Z",
                },
            )
    fake.advance(hours=2)
    with fake.http_client(headers={"Authorization": "Bearer sk_test_paid"}) as http:
        row = http.get("/billing/usage").json()["data"]["companies"][0]
    assert row["billingSystem"] == "credits" and row["totalCreditsUsed"] == 20
    assert "totalMinutesUsed" not in row and row["breakdownByCostKey"][0]["creditsUsed"] == 20
    with fake.http_client(headers=AUTH) as http:
        row = http.get("/billing/usage").json()["data"]["companies"][0]
    assert (
        row["billingSystem"] == "minutes" and row["totalMinutesUsed"] == 20 and "totalCreditsUsed" not in row
    )
    with fake.http_client(headers=AUTH) as http:
        r = http.get("/billing/usage", params={"start": "2026-05-05", "end": "2026-05-04"})
    assert r.status_code == 400 and _error(r)["details"]["field"] == "start"


def test_webhook_crud(http: httpx.Client) -> None:
    r = http.post("/webhooks", json={"url": "http://insecure.example.com", "events": ["PING"]})
    assert r.status_code == 400 and _error(r)["details"]["field"] == "url"
    r = http.post("/webhooks", json={"url": "https://h.example.com", "events": []})
    assert r.status_code == 400 and _error(r)["details"]["field"] == "events"
    wid = http.post("/webhooks", json={"url": "https://h.example.com", "events": ["PING"]}).json()["data"][
        "id"
    ]
    r = http.patch(f"/webhooks/{wid}", json={"events": ["interview.completed", 0], "name": "ops"})
    assert r.status_code == 200
    assert r.json()["data"]["events"] == ["interview.completed", "analysis.completed"]
    assert http.get(f"/webhooks/{wid}").json()["data"]["name"] == "ops"
    assert http.delete(f"/webhooks/{wid}").status_code == 204
    assert http.get(f"/webhooks/{wid}").status_code == 404


def test_ping_needs_subscription(fake: FakeInstaView, http: httpx.Client) -> None:
    sent: list[bytes] = []
    fake.on_webhook(lambda url, headers, body: sent.append(body) or None)
    wid = http.post(
        "/webhooks", json={"url": "https://h.example.com", "events": ["INTERVIEW_COMPLETED"]}
    ).json()["data"]["id"]
    data = http.post(f"/webhooks/{wid}/test").json()["data"]
    assert data["success"] is False and "not subscribed to ping" in data["message"] and sent == []
    http.patch(f"/webhooks/{wid}", json={"events": ["PING"]})
    data = http.post(f"/webhooks/{wid}/test").json()["data"]
    assert data["success"] is True and data["httpStatus"] == 200 and len(sent) == 1


def test_sourcing_charges_credits(fake: FakeInstaView) -> None:
    """A prepaid account pays per sourced candidate; with too few left the next run is refused with 402."""
    pre = fake.add_company("Prepaid", billing_system="credits", prepaid=True, credits=5)
    fake.add_api_key("sk_test_pre", company_id=pre.id)
    with fake.http_client(headers={"Authorization": "Bearer sk_test_pre"}) as http:
        rid = http.post("/sourcing", json=RUN).json()["requestId"]
        fake.advance(seconds=61)
        r = http.get(f"/sourcing/{rid}/results")
        assert r.status_code == 200 and r.json()["status"] == "completed"
        assert pre.credits == 2
        assert http.get("/billing/usage").json()["data"]["totalCreditsUsed"] == 3
        r = http.post("/sourcing", json=RUN)
        assert r.status_code == 402 and _error(r)["code"] == "INSUFFICIENT_CREDITS"
        assert len(fake.state.sourcing_runs) == 1


# -- faults and instance state -----------------------------------------------------------------------------
def test_fail_next_path_only(fake: FakeInstaView, http: httpx.Client) -> None:
    fake.fail_next(500, path="/agents")
    assert http.get("/jobs").status_code == 200  # another path: the fault stays armed
    r = http.post(
        "/agents",
        json={"name": "Screener", "type": "ONLINE", "focus": "GENERIC", "language": "EN", "duration": 30},
    )
    assert r.status_code == 500 and _error(r)["code"] == "INTERNAL_SERVER_ERROR"
    assert fake.state.agents == {}  # nothing applied
    make_agent(http)


def test_latency(fake: FakeInstaView, http: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    """Added latency is one sleep of that length per request, and none once removed (no wall-clock check)."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    fake.add_latency(0.05)
    assert http.get("/jobs").status_code == 200
    assert slept == [0.05]
    fake.add_latency(0)
    assert http.get("/jobs").status_code == 200
    assert slept == [0.05]


def test_state_per_instance_and_reset() -> None:
    a, b = FakeInstaView(seed=1), FakeInstaView(seed=1)
    with a.http_client(headers=AUTH) as http:
        make_job(http)
        a.fail_next(503)
    assert len(a.state.jobs) == 1 and b.state.jobs == {}
    a.reset()
    assert a.state.jobs == {}
    with a.http_client(headers=AUTH) as http:
        assert http.get("/jobs").status_code == 200  # the armed fault went with reset()
        job = make_job(http)
    with b.http_client(headers=AUTH) as http:
        assert make_job(http) == job  # same seed, same ids after reset
