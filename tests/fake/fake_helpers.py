"""Helpers shared by the fake tests."""

from __future__ import annotations

from typing import Any

import httpx

AUTH = {"Authorization": "Bearer sk_test_fake"}


def make_job(http: httpx.Client, **extra: Any) -> str:
    body = {"title": "Senior Engineer", "description": "Build and run things well.", "status": "OPEN"}
    body.update(extra)
    r = http.post("/jobs", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


def make_candidate(http: httpx.Client, job_ids: list[str] | None = None, **extra: Any) -> str:
    body: dict[str, Any] = {
        "firstName": "Jane",
        "lastName": "Doe",
        "email": "jane@example.com",
        "phoneNumber": "+421915123456",
        "gdprExpiryDate": "2027-05-01",
    }
    if job_ids:
        body["jobIds"] = job_ids
    body.update(extra)
    r = http.post("/candidates", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


def make_agent(http: httpx.Client, **extra: Any) -> str:
    body = {"name": "Screener", "type": "ONLINE", "focus": "SCREENING", "language": "EN", "duration": 30}
    body.update(extra)
    r = http.post("/agents", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])
