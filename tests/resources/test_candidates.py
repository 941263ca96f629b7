"""candidates: the exact request each method sends and the parsed result, sync and async."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

import instaview_plus as iv

from ..conftest import Recorder, envelope
from ._support import Run, example

CANDIDATE = example("jca-E15")  # POST /candidates response
CANDIDATE_ID = CANDIDATE["id"]
INTERVIEW = example("icbw-E2")  # the Interview resource (guide)


async def test_create_sends_the_documented_body(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope(CANDIDATE, 201))
    candidate = await run(
        lambda c: c.candidates.create(
            first_name="John",
            last_name="Doe",
            gdpr_expiry_date=date(2026, 11, 16),
            email="[email protected]",
            phone_number="+421915123456",
            job_id="123e4567-e89b-12d3-a456-426614174000",
            job_ids=["3c90c3cc-0d44-4b50-8888-8dd25736052a"],
            metadata={
                "source": "LinkedIn",
                "referredBy": "Jane Smith",
                "tags": ["senior", "remote-preferred"],
                "externalId": "CAND-12345",
            },
        )
    )
    assert (recorder.last.method, recorder.last.url.path, dict(recorder.last.url.params)) == (
        "POST",
        "/candidates",
        {},
    )
    assert recorder.body() == example("jca-E14")
    assert isinstance(candidate, iv.Candidate)
    assert (candidate.id, candidate.first_name, candidate.gdpr_expiry_date) == (
        CANDIDATE_ID,
        "John",
        date(2026, 11, 16),
    )
    assert candidate.links.interviews.endswith("/interviews")


async def test_create_accepts_a_bare_candidate(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(201, json=CANDIDATE))
    candidate = await run(
        lambda c: c.candidates.create(first_name="John", last_name="Doe", gdpr_expiry_date="2026-11-16")
    )
    assert recorder.body() == {"firstName": "John", "lastName": "Doe", "gdprExpiryDate": "2026-11-16"}
    assert candidate.overall_rating == 85


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"first_name": "John", "last_name": "", "gdpr_expiry_date": date(2026, 11, 16)}, "last_name"),
        ({"first_name": "John", "gdpr_expiry_date": datetime(2027, 1, 1, 9, 0)}, "gdpr_expiry_date"),  # naive
        (
            {
                "first_name": "John",
                "last_name": "Doe",
                "gdpr_expiry_date": date(2026, 11, 16),
                "job_id": "42",
            },
            "job_id",
        ),
        (
            {"first_name": "John", "last_name": "Doe", "gdpr_expiry_date": date(2026, 11, 16), "jobid": "x"},
            "jobid",
        ),
    ],
)
async def test_create_refuses_bad_arguments_before_sending(
    run: Run, recorder: Recorder, kwargs: dict[str, Any], argument: str
) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.candidates.create(**kwargs))
    assert info.value.argument == argument
    assert argument in str(info.value)
    assert recorder.requests == []


async def test_get(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope(example("jca-E16")))
    candidate = await run(lambda c: c.candidates.get(CANDIDATE_ID))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/candidates/{CANDIDATE_ID}")
    assert recorder.last.url.params == httpx.QueryParams()
    assert recorder.last.content == b""
    assert isinstance(candidate, iv.Candidate)
    assert candidate.metadata.additional_properties == {"source": "LinkedIn", "externalId": "CAND-12345"}


async def test_get_refuses_an_empty_id(run: Run, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.candidates.get(" "))
    assert info.value.argument == "candidate_id"
    assert recorder.requests == []


async def test_update_sends_only_the_given_fields(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope(example("jca-E21")))
    candidate = await run(
        lambda c: c.candidates.update(
            CANDIDATE_ID,
            first_name="John",
            last_name="Doe",
            email="[email protected]",
            phone_number="+421901234567",
            gdpr_expiry_date=date(2026, 11, 16),
            status="IN_PROCESS",
            job_ids=["123e4567-e89b-12d3-a456-426614174000", "987e6543-e21b-12d3-a456-426614174001"],
            metadata={"source": "LinkedIn", "referredBy": "John Smith"},
        )
    )
    assert (recorder.last.method, recorder.last.url.path) == ("PATCH", f"/candidates/{CANDIDATE_ID}")
    assert recorder.body() == example("jca-E20")
    assert candidate.id == CANDIDATE_ID

    recorder.queue.append(envelope(CANDIDATE))
    await run(lambda c: c.candidates.update(CANDIDATE_ID, status="REJECTED"))
    assert recorder.body() == {"status": "REJECTED"}


@pytest.mark.parametrize("enveloped", [False, True], ids=["bare-true", "envelope"])
async def test_delete_returns_true(run: Run, recorder: Recorder, enveloped: bool) -> None:
    recorder.queue.append(envelope(True) if enveloped else httpx.Response(200, json=True))
    assert await run(lambda c: c.candidates.delete(CANDIDATE_ID)) is True
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", f"/candidates/{CANDIDATE_ID}")
    assert recorder.last.content == b""


async def test_list_reads_the_reference_flat_list(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(200, json=example("jca-E18")))
    page = await run(
        lambda c: c.candidates.list(
            job_id="987e6543-e21b-12d3-a456-426614174000", status="APPLIED", search="Doe"
        )
    )
    assert (recorder.last.method, recorder.last.url.path) == ("GET", "/candidates")
    assert dict(recorder.last.url.params) == {
        "jobId": "987e6543-e21b-12d3-a456-426614174000",
        "status": "APPLIED",
        "search": "Doe",
        "page": "1",
    }
    assert [c.first_name for c in page.items] == ["John"]
    assert (page.total, page.has_next_page()) == (150, True)
    assert isinstance(page.items[0], iv.Candidate)


async def test_list_walks_the_guide_envelope_pages(walk: Run, recorder: Recorder) -> None:
    first = example("jca-E22")  # page 2 of 5 in the guide; make it a two-page walk
    first["data"]["pagination"].update(page=1, totalPages=2, total=3, limit=2)
    second = {
        "items": [{"id": "candidate-3", "firstName": "Ann", "lastName": "Lee"}],
        "pagination": {"total": 3, "page": 2, "limit": 2, "totalPages": 2, "hasNextPage": False},
    }
    recorder.queue += [httpx.Response(200, json=first), envelope(second)]
    names = [c.first_name for c in await walk(lambda c: c.candidates.list(limit=2))]
    assert names == ["John", "Jane", "Ann"]
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"limit": "2", "page": "1"},
        {"limit": "2", "page": "2"},
    ]


ANALYSIS = INTERVIEW["analysis"]


async def test_analyses_lists_a_candidates_analyses(run: Run, recorder: Recorder) -> None:
    body = {"data": [ANALYSIS], "total": 1, "page": 1, "limit": 10, "totalPages": 1}
    recorder.queue.append(httpx.Response(200, json=body))
    page = await run(lambda c: c.candidates.analyses(CANDIDATE_ID, limit=10))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/candidates/{CANDIDATE_ID}/analyses")
    assert dict(recorder.last.url.params) == {"limit": "10", "page": "1"}
    assert [type(a) for a in page.items] == [iv.Analysis]
    assert page.items[0].general.overall_rating == 85
    assert (page.total, page.has_next_page()) == (1, False)


@pytest.mark.contract_exempt(
    "the candidate id holds a '/' on purpose, to check percent-encoding", check="request"
)
async def test_analyses_walks_pages_with_the_same_path(walk: Run, recorder: Recorder) -> None:
    first = {
        "items": [ANALYSIS],
        "pagination": {"total": 2, "page": 1, "limit": 1, "totalPages": 2, "hasNextPage": True},
    }
    second = {
        "items": [{**ANALYSIS, "id": "analysis-2"}],
        "pagination": {"total": 2, "page": 2, "limit": 1, "totalPages": 2},
    }
    recorder.queue += [envelope(first), envelope(second)]
    ids = [a.id for a in await walk(lambda c: c.candidates.analyses("cand/1", limit=1))]
    assert ids == ["analysis-uuid", "analysis-2"]
    assert [r.url.raw_path for r in recorder.requests] == [
        b"/candidates/cand%2F1/analyses?limit=1&page=1",
        b"/candidates/cand%2F1/analyses?limit=1&page=2",
    ]


async def test_interviews_lists_a_candidates_interviews(run: Run, recorder: Recorder) -> None:
    body = {"data": [INTERVIEW], "total": 1, "page": 2, "limit": 5, "totalPages": 2}
    recorder.queue.append(envelope(body))
    page = await run(lambda c: c.candidates.interviews(CANDIDATE_ID, page=2, limit=5))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/candidates/{CANDIDATE_ID}/interviews")
    assert dict(recorder.last.url.params) == {"limit": "5", "page": "2"}
    assert [type(i) for i in page.items] == [iv.Interview]
    assert page.items[0].status == "COMPLETED"
    assert page.has_next_page() is False


@pytest.mark.parametrize("method", ["analyses", "interviews"])
async def test_sub_lists_refuse_bad_ids_and_queries_before_sending(
    run: Run, recorder: Recorder, method: str
) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: getattr(c.candidates, method)(""))
    assert info.value.argument == "candidate_id"
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: getattr(c.candidates, method)(CANDIDATE_ID, status="APPLIED"))
    assert info.value.argument == "status"
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("2027-01-15T10:30:00.000Z", "2027-01-15T10:30:00.000Z"),  # the quickstart's toISOString(), as given
        (datetime(2027, 1, 15, 10, 30, tzinfo=UTC), "2027-01-15T10:30:00+00:00"),
        (date(2027, 1, 15), "2027-01-15"),
        ("2027-01-15", "2027-01-15"),
    ],
)
async def test_gdpr_expiry_date_takes_a_date_or_an_aware_timestamp(
    run: Run, recorder: Recorder, given: Any, sent: str
) -> None:
    recorder.queue.append(httpx.Response(201, json=CANDIDATE))
    await run(lambda c: c.candidates.create(first_name="Jane", last_name="Doe", gdpr_expiry_date=given))
    assert recorder.body()["gdprExpiryDate"] == sent
