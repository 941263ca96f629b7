"""``python -m instaview_plus.testing --ats-key KEY --api-key KEY[:SCOPES]``: ATS and scoped keys for clients
in any language, printed at start, kept by ``POST /_fake/reset``."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.docs._served import served_fake

ATS, READER, FULL = "sk_test_ats_partner", "sk_test_reader", "sk_test_full"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, list[str]]]:
    """The served fake with an ATS key, a read:jobs key and an every-scope key: ``(url, start lines)``."""
    start: list[str] = []
    options = ["--ats-key", ATS, "--api-key", f"{READER}:read:jobs,read:candidates", "--api-key", FULL]
    with served_fake(*options, printed=start) as (url, _):
        yield url, start


def _client(url: str, key: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=10)


def test_the_keys_are_printed_at_start(served: tuple[str, list[str]]) -> None:
    _, start = served
    assert f"Scoped key (a fake key, not a secret): {READER} (read:candidates, read:jobs)\n" in start
    assert f"Scoped key (a fake key, not a secret): {FULL} (every scope)\n" in start
    assert f"ATS key (a fake key, not a secret): {ATS}\n" in start


def test_an_ats_key_manages_companies(served: tuple[str, list[str]]) -> None:
    url, _ = served
    with _client(url, ATS) as ats, _client(url, FULL) as regular:
        created = ats.post("/company", json={"name": "Acme Staffing"})
        assert created.status_code == 201, created.text
        body = created.json()
        company = body.get("data", body)
        assert company["name"] == "Acme Staffing"
        listed = ats.get("/company").json()
        assert company["id"] in str(listed)
        job = ats.post(
            "/jobs",
            params={"companyId": company["id"]},
            json={"title": "Backend engineer", "description": "Builds the API.", "status": "OPEN"},
        )
        assert job.status_code == 201, job.text
        assert regular.post("/company", json={"name": "Nope"}).status_code == 403  # a regular key


def test_a_scoped_key_has_only_its_scopes_and_reset_keeps_the_keys(served: tuple[str, list[str]]) -> None:
    url, _ = served
    with _client(url, READER) as reader, _client(url, ATS) as ats:
        assert reader.get("/jobs").status_code == 200
        refused = reader.post(
            "/jobs", json={"title": "Data engineer", "description": "Pipes.", "status": "OPEN"}
        )
        assert refused.status_code == 403 and "write:jobs" in refused.text
        assert httpx.post(f"{url}/_fake/reset").status_code in (200, 204)
        assert (
            reader.post(
                "/jobs", json={"title": "Data engineer", "description": "Pipes.", "status": "OPEN"}
            ).status_code
            == 403
        )
        assert ats.post("/company", json={"name": "Still ATS"}).status_code == 201
