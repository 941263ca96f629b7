"""Interview rules, lifecycle via advance(), call attempts, PDF, billing."""

from __future__ import annotations

import base64

import httpx
import pytest
from fake_helpers import make_agent, make_candidate, make_job

from instaview_plus.testing import FakeInstaView

PHONE_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def test_xor_rules(http: httpx.Client) -> None:
    jid = make_job(http)
    cid = make_candidate(http, [jid])
    aid = make_agent(http)
    inline = {"firstName": "X", "lastName": "Y", "email": "x@y.io", "gdprExpiryDate": "2027-01-01"}
    assert http.post("/interviews", json={"agentId": aid}).status_code == 400
    assert (
        http.post("/interviews", json={"candidateId": cid, "candidate": inline, "agentId": aid}).status_code
        == 400
    )
    assert (
        http.post(
            "/interviews",
            json={
                "candidateId": cid,
                "agentId": aid,
                "jobId": jid,
                "job": {"title": "Engineer", "description": "long text here", "status": "OPEN"},
            },
        ).status_code
        == 400
    )
    assert (
        http.post(
            "/interviews", json={"candidate": {**inline, "jobId": jid}, "agentId": aid, "jobId": jid}
        ).status_code
        == 400
    )
    assert http.post("/interviews", json={"candidateId": cid, "agentId": aid}).status_code == 201


def test_job_resolution(http: httpx.Client) -> None:
    j1, j2 = make_job(http), make_job(http)
    aid = make_agent(http)
    generic = make_agent(http, focus="GENERIC")
    pool = make_candidate(http)
    multi = make_candidate(http, [j1, j2])
    r = http.post("/interviews", json={"candidateId": pool, "agentId": aid})
    assert r.status_code == 400 and r.json()["error"]["code"] == "JOB_ID_REQUIRED"
    assert http.post("/interviews", json={"candidateId": pool, "agentId": generic}).status_code == 201
    r = http.post("/interviews", json={"candidateId": multi, "agentId": aid})
    assert r.status_code == 400 and "several jobs" in r.json()["error"]["message"]
    r = http.post("/interviews", json={"candidateId": multi, "agentId": aid, "jobId": j2})
    assert r.status_code == 201 and r.json()["data"]["jobId"] == j2
    single = make_candidate(http, [j1])
    assert (
        http.post("/interviews", json={"candidateId": single, "agentId": aid}).json()["data"]["jobId"] == j1
    )


def test_inline_candidate_job_ids_resolve_like_an_existing_candidates(http: httpx.Client) -> None:
    """An inline candidate's ``jobIds`` (as on POST /candidates) assigns it and drives job resolution."""
    j1, j2 = make_job(http), make_job(http)
    aid = make_agent(http)
    person = {
        "firstName": "Jana",
        "lastName": "Novak",
        "email": "jana@example.com",
        "gdprExpiryDate": "2027-01-01",
    }
    r = http.post("/interviews", json={"candidate": {**person, "jobIds": [j1, j2]}, "agentId": aid})
    assert r.status_code == 400 and r.json()["error"]["code"] == "JOB_ID_REQUIRED"
    r = http.post("/interviews", json={"candidate": {**person, "jobIds": [j2]}, "agentId": aid})
    assert r.status_code == 201 and r.json()["data"]["jobId"] == j2
    cand = http.get(f"/candidates/{r.json()['data']['candidateId']}").json()["data"]
    assert cand["jobIds"] == [j2]
    r = http.post("/interviews", json={"candidate": {**person, "jobIds": [j1]}, "agentId": aid, "jobId": j1})
    assert r.status_code == 400 and r.json()["error"]["details"]["field"] == "candidate.jobIds"


@pytest.mark.contract_exempt(
    "sends a scheduleTime that is not a date-time on purpose: the fake's 400", check="request"
)
def test_schedule_window(http: httpx.Client) -> None:
    cid = make_candidate(http, [make_job(http)])
    aid = make_agent(http)
    body = {"candidateId": cid, "agentId": aid}
    assert (
        http.post("/interviews", json={**body, "scheduleTime": "2026-06-10T10:00:00Z"}).status_code == 400
    )  # > 30 days
    assert http.post("/interviews", json={**body, "scheduleTime": "not a date"}).status_code == 400
    r = http.post("/interviews", json={**body, "scheduleTime": "2026-05-05T07:00:00+10:30"})
    assert r.status_code == 201 and r.json()["data"]["scheduledAt"] == "2026-05-04T20:30:00Z"


def test_lifecycle_pdf_and_billing(fake: FakeInstaView, http: httpx.Client) -> None:
    cid = make_candidate(http, [make_job(http)])
    aid = make_agent(http, duration=30)
    iid = http.post(
        "/interviews", json={"candidateId": cid, "agentId": aid, "scheduleTime": "2026-05-04T10:00:00Z"}
    ).json()["data"]["id"]
    assert http.get(f"/interviews/{iid}/analysis-pdf").status_code == 404
    fake.advance(minutes=61)
    assert http.get(f"/interviews/{iid}").json()["data"]["status"] == "IN_PROGRESS"
    fake.advance(minutes=30)
    data = http.get(f"/interviews/{iid}").json()["data"]
    assert data["status"] == "COMPLETED" and data["transcript"]
    rating = data["analysis"]["general"]["overallRating"]
    pdf = base64.b64decode(http.get(f"/interviews/{iid}/analysis-pdf").json()["data"]["analysisPdfBase64"])
    assert pdf.startswith(b"%PDF-1.4") and b"Jane Doe" in pdf and str(rating).encode() in pdf
    xref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[xref:].startswith(b"xref")
    usage = http.get("/billing/usage").json()["data"]
    assert usage["totalMinutesUsed"] == 30 and usage["companies"][0]["billingSystem"] == "minutes"
    assert "totalCreditsUsed" not in usage["companies"][0]
    assert http.get(f"/candidates/{cid}").json()["data"]["analysisCount"] == 1


def test_test_interview_completes_at_once(http: httpx.Client) -> None:
    cid = make_candidate(http, [make_job(http)])
    r = http.post("/interviews", json={"candidateId": cid, "agentId": make_agent(http), "isTest": True})
    assert r.json()["data"]["status"] == "COMPLETED"
    assert http.get("/billing/usage").json()["data"]["totalInterviews"] == 0


def test_call_attempts(fake: FakeInstaView, http: httpx.Client) -> None:
    cid = make_candidate(http, [make_job(http)])
    online = http.post("/interviews", json={"candidateId": cid, "agentId": make_agent(http)}).json()["data"][
        "id"
    ]
    assert http.post(f"/interviews/{online}/call-attempts", json={}).status_code == 400
    phone = make_agent(http, type="PHONE", companyPhoneNumberId=PHONE_ID)
    iv = http.post(
        "/interviews", json={"candidateId": cid, "agentId": phone, "scheduleTime": "2026-05-04T12:00:00Z"}
    ).json()["data"]
    att = iv["callAttempts"][0]["id"]
    assert (
        http.patch(
            f"/interviews/{iv['id']}/call-attempts/{att}", json={"scheduledAt": "2026-05-04T23:00:00Z"}
        ).status_code
        == 400
    )  # window
    r = http.patch(
        f"/interviews/{iv['id']}/call-attempts/{att}", json={"scheduledAt": "2026-05-04T13:00:00Z"}
    )
    assert r.status_code == 204
    fake.advance(hours=4, minutes=1)
    assert http.get(f"/interviews/{iv['id']}").json()["data"]["callAttempts"][0]["status"] == "IN_PROGRESS"
    assert (
        http.patch(
            f"/interviews/{iv['id']}/call-attempts/{att}", json={"scheduledAt": "2026-05-04T15:00:00Z"}
        ).status_code
        == 400
    )
    assert http.delete(f"/interviews/{iv['id']}/call-attempts/{att}").status_code == 400
    assert http.post(f"/interviews/{iv['id']}/call-attempts", json={}).status_code == 400


def test_no_answer_retries_then_fails(fake: FakeInstaView, http: httpx.Client) -> None:
    fake.queue_call_outcomes("NO_ANSWER", "NO_ANSWER", "NO_ANSWER")
    cid = make_candidate(http, [make_job(http)])
    phone = make_agent(http, type="PHONE", companyPhoneNumberId=PHONE_ID)
    iid = http.post("/interviews", json={"candidateId": cid, "agentId": phone}).json()["data"]["id"]
    fake.advance(hours=3)
    data = http.get(f"/interviews/{iid}").json()["data"]
    assert data["status"] == "FAILED"
    assert [a["reasonCode"] for a in data["callAttempts"]] == ["NO_ANSWER"] * 3
    r = http.post(f"/interviews/{iid}/call-attempts", json={"scheduledAt": None})
    assert r.status_code == 201 and r.json()["success"] is True
