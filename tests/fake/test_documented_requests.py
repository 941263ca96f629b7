"""The fake enforces only what the docs state: documented requests go through (issue 13)."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from fake_helpers import make_job

from instaview_plus.testing import FakeInstaView

FROZEN = dt.datetime(2026, 5, 4, 9, 0, 30, tzinfo=dt.UTC)  # the fake's clock, frozen


def _candidate(http: httpx.Client, **body: object) -> httpx.Response:
    return http.post(
        "/candidates", json={"firstName": "Jane", "lastName": "Doe", "phoneNumber": "+1234567890", **body}
    )


def test_the_quickstart_agent_without_language_is_created(http: httpx.Client) -> None:
    r = http.post(
        "/agents",
        json={
            "name": "Technical Screening Agent",
            "voiceId": "ALEX",
            "type": "ONLINE",
            "focus": "SCREENING",
            "questions": ["Tell me about your React experience"],
            "duration": 30,
        },
    )
    assert r.status_code == 201, r.text
    assert "language" not in r.json()["data"]


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("2027-05-04T09:00:00.000Z", "2027-05-04"),
        ("2027-05-04T23:30:00-08:00", "2027-05-04"),
        ("2027-05-04", "2027-05-04"),
    ],
)
def test_gdpr_expiry_date_is_a_date_or_a_timestamp_with_offset(
    http: httpx.Client, sent: str, stored: str
) -> None:
    r = _candidate(http, gdprExpiryDate=sent)
    assert r.status_code == 201, r.text
    assert r.json()["data"]["gdprExpiryDate"] == stored  # "currently returned as a date (no time)"


@pytest.mark.contract_exempt(
    "sends invalid gdprExpiryDate values on purpose: the fake's 400s", check="request"
)
@pytest.mark.parametrize("sent", ["2027-05-04T09:00:00", "2026-05-04T08:59:59Z", "2026-05-03", "tomorrow"])
def test_gdpr_expiry_date_refusals_are_documented_ones(http: httpx.Client, sent: str) -> None:
    """No offset on a timestamp, in the past (the fake's now: 2026-05-04T09:00Z), not a date: 400."""
    r = _candidate(http, gdprExpiryDate=sent)
    assert r.status_code == 400, r.text
    assert "gdprExpiryDate" in r.text


def test_the_documented_email_artefact_is_not_refused(http: httpx.Client) -> None:
    """The docs' examples carry "[email protected]"; the spec has no e-mail format, so neither has the fake."""
    r = _candidate(http, email="[email protected]", gdprExpiryDate="2027-01-01")
    assert r.status_code == 201, r.text


@pytest.mark.contract_exempt(
    "a non-UUID companyId, which the docs say a regular key's request ignores", check="request"
)
def test_company_id_is_ignored_for_a_regular_key(http: httpx.Client) -> None:
    make_job(http)
    r = http.get("/jobs", params={"companyId": "not-a-uuid"})
    assert r.status_code == 200 and r.json()["data"]["pagination"]["total"] == 1


def test_a_path_id_that_is_no_uuid_is_a_404_naming_it(http: httpx.Client) -> None:
    r = http.get("/webhooks/invalid-uuid")
    assert r.status_code == 404 and "invalid-uuid" in r.text


def test_default_limits_are_the_documented_default_plan() -> None:
    fake = FakeInstaView(now=FROZEN)  # a frozen clock: no minute boundary falls between the 61 requests
    with fake.http_client(headers={"Authorization": "Bearer sk_test_fake"}) as http:
        first = http.get("/jobs")
        assert (first.headers["X-RateLimit-Limit-Minute"], first.headers["X-RateLimit-Limit-Hour"]) == (
            "60",
            "2000",
        )
        statuses = [http.get("/jobs").status_code for _ in range(60)]
    assert statuses[:59] == [200] * 59 and statuses[59] == 429
