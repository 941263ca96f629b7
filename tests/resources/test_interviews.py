"""interviews: the exact request each method sends and the parsed result, sync and async."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

import instaview_plus as iv

from ..conftest import Recorder, envelope
from ._support import Run, example

INTERVIEW = example("icbw-E2")  # the Interview resource (guide)
INTERVIEW_ID = INTERVIEW["id"]
CANDIDATE_ID = "123e4567-e89b-12d3-a456-426614174000"
AGENT_ID = "987e6543-e21b-12d3-a456-426614174000"
JOB_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
ADELAIDE = datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide"))
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"


async def test_create_sends_the_schedule_time_with_its_own_offset(run: Run, recorder: Recorder) -> None:
    scheduled = {
        **INTERVIEW,
        "status": "SCHEDULED",
        "scheduledAt": "2026-04-02T07:00:00+10:30",
        "analysis": None,
    }
    recorder.queue.append(envelope(scheduled, 201))
    interview = await run(
        lambda c: c.interviews.create(
            candidate_id=CANDIDATE_ID,
            agent_id=AGENT_ID,
            job_id=JOB_ID,
            schedule_time=ADELAIDE,
            is_test=False,
            metadata={"externalInterviewId": "INT-789"},
        )
    )
    assert (recorder.last.method, recorder.last.url.path, dict(recorder.last.url.params)) == (
        "POST",
        "/interviews",
        {},
    )
    assert recorder.body() == {
        "candidateId": CANDIDATE_ID,
        "agentId": AGENT_ID,
        "jobId": JOB_ID,
        "scheduleTime": "2026-04-02T07:00:00+10:30",
        "isTest": False,
        "metadata": {"externalInterviewId": "INT-789"},
    }
    assert isinstance(interview, iv.Interview)
    assert interview.id == INTERVIEW_ID
    assert interview.scheduled_at == ADELAIDE
    assert interview.scheduled_at.utcoffset() == timedelta(hours=10, minutes=30)


async def test_create_with_inline_resources_sends_camel_case(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(201, json=INTERVIEW))  # the bare Interview is documented too
    interview = await run(
        lambda c: c.interviews.create(
            candidate={"first_name": "John", "last_name": "Doe", "gdpr_expiry_date": date(2026, 11, 16)},
            agent={"name": "Screen", "type": "PHONE", "focus": "SCREENING", "language": "EN", "duration": 15},
            job={"title": "Backend engineer", "description": "Python and APIs", "status": "OPEN"},
            schedule_time="2026-04-02T07:00:00+10:30",
            is_test=True,
        )
    )
    assert recorder.body() == {
        "candidate": {"firstName": "John", "lastName": "Doe", "gdprExpiryDate": "2026-11-16"},
        "agent": {"name": "Screen", "type": "PHONE", "focus": "SCREENING", "language": "EN", "duration": 15},
        "job": {"title": "Backend engineer", "description": "Python and APIs", "status": "OPEN"},
        "scheduleTime": "2026-04-02T07:00:00+10:30",
        "isTest": True,
    }
    assert interview.analysis.general.overall_rating == 85


async def test_create_keeps_utc_as_utc(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope(INTERVIEW, 201))
    await run(
        lambda c: c.interviews.create(
            candidate_id=CANDIDATE_ID, schedule_time=datetime(2026, 4, 2, 7, 0, tzinfo=UTC)
        )
    )
    assert recorder.body()["scheduleTime"] in ("2026-04-02T07:00:00+00:00", "2026-04-02T07:00:00Z")


@pytest.mark.parametrize(
    "naive", [datetime(2026, 4, 2, 7, 0), "2026-04-02T07:00:00"], ids=["datetime", "iso-string"]
)
async def test_create_refuses_a_naive_schedule_time(run: Run, recorder: Recorder, naive: Any) -> None:
    with pytest.raises(iv.NaiveDatetimeError) as info:
        await run(
            lambda c: c.interviews.create(candidate_id=CANDIDATE_ID, agent_id=AGENT_ID, schedule_time=naive)
        )
    assert info.value.argument == "schedule_time"
    assert "ZoneInfo" in str(info.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"candidate_id": "candidate-1", "agent_id": AGENT_ID}, "candidate_id"),
        ({"candidate_id": CANDIDATE_ID, "is_test": "no"}, "is_test"),
        ({"candidate_id": CANDIDATE_ID, "scheduled_at": ADELAIDE}, "scheduled_at"),
    ],
)
async def test_create_refuses_bad_arguments_before_sending(
    run: Run, recorder: Recorder, kwargs: dict[str, Any], argument: str
) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.interviews.create(**kwargs))
    assert info.value.argument == argument
    assert argument in str(info.value)
    assert recorder.requests == []


async def test_list_sends_the_required_candidate_and_filters(run: Run, recorder: Recorder) -> None:
    body = {"data": [INTERVIEW], "total": 1, "page": 1, "limit": 20, "totalPages": 1}
    recorder.queue.append(httpx.Response(200, json=body))
    page = await run(
        lambda c: c.interviews.list(candidate_id=CANDIDATE_ID, agent_id=AGENT_ID, status="COMPLETED")
    )
    assert (recorder.last.method, recorder.last.url.path) == ("GET", "/interviews")
    assert dict(recorder.last.url.params) == {
        "candidateId": CANDIDATE_ID,
        "agentId": AGENT_ID,
        "status": "COMPLETED",
        "page": "1",
    }
    assert [i.id for i in page.items] == [INTERVIEW_ID]
    assert isinstance(page.items[0], iv.Interview)
    assert page.has_next_page() is False


async def test_list_walks_every_page(walk: Run, recorder: Recorder) -> None:
    first = {
        "items": [INTERVIEW],
        "pagination": {"total": 2, "page": 1, "limit": 1, "totalPages": 2, "hasNextPage": True},
    }
    second = {
        "items": [{**INTERVIEW, "id": "b"}],
        "pagination": {"total": 2, "page": 2, "limit": 1, "totalPages": 2},
    }
    recorder.queue += [envelope(first), envelope(second)]
    ids = [i.id for i in await walk(lambda c: c.interviews.list(candidate_id=CANDIDATE_ID, limit=1))]
    assert ids == [INTERVIEW_ID, "b"]
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"candidateId": CANDIDATE_ID, "limit": "1", "page": "1"},
        {"candidateId": CANDIDATE_ID, "limit": "1", "page": "2"},
    ]


async def test_list_without_a_candidate_is_refused_before_sending(run: Run, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.interviews.list(status="COMPLETED"))
    assert info.value.argument == "candidate_id"
    assert recorder.requests == []


@pytest.mark.parametrize("enveloped", [True, False], ids=["envelope", "bare"])
async def test_get(run: Run, recorder: Recorder, enveloped: bool) -> None:
    recorder.queue.append(envelope(INTERVIEW) if enveloped else httpx.Response(200, json=INTERVIEW))
    interview = await run(lambda c: c.interviews.get(INTERVIEW_ID))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/interviews/{INTERVIEW_ID}")
    assert recorder.last.url.params == httpx.QueryParams()
    assert recorder.last.content == b""
    assert isinstance(interview, iv.Interview)
    assert interview.status == "COMPLETED"
    assert interview.analysis.general.overall_rating == 85
    assert [a.id for a in interview.call_attempts] == ["attempt-uuid"]
    assert isinstance(interview.call_attempts[0], iv.CallAttempt)


async def test_delete_returns_the_documented_true(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(200, json=example("icbw-E4")))
    assert await run(lambda c: c.interviews.delete(INTERVIEW_ID)) is True
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", f"/interviews/{INTERVIEW_ID}")
    assert recorder.last.content == b""


def _pdf_response(shape: str) -> httpx.Response:
    encoded = base64.b64encode(PDF).decode("ascii")
    if shape == "envelope":
        return envelope({"analysisPdfBase64": encoded})
    if shape == "bare-json":
        return httpx.Response(200, json={"analysisPdfBase64": encoded})
    return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})


@pytest.mark.parametrize("shape", ["envelope", "bare-json", "application/pdf"])
async def test_analysis_pdf_returns_the_decoded_bytes(run: Run, recorder: Recorder, shape: str) -> None:
    recorder.queue.append(_pdf_response(shape))
    pdf = await run(lambda c: c.interviews.analysis_pdf(INTERVIEW_ID))
    assert (recorder.last.method, recorder.last.url.path) == (
        "GET",
        f"/interviews/{INTERVIEW_ID}/analysis-pdf",
    )
    assert recorder.last.url.params == httpx.QueryParams()
    assert pdf == PDF


@pytest.mark.parametrize(
    "body",
    [
        example("icbw-E5"),  # the documented example is cut short ("...") and is not valid Base64
        {"analysisPdfBase64": 12},
        {"pdf": "JVBERi0="},
        ["JVBERi0="],
    ],
    ids=["truncated-doc-example", "not-a-string", "missing-field", "not-an-object"],
)
@pytest.mark.contract_exempt(
    "the mock server sends unreadable PDF bodies on purpose (APIResponseValidationError)", check="response"
)
async def test_analysis_pdf_refuses_an_unreadable_body(run: Run, recorder: Recorder, body: Any) -> None:
    recorder.queue.append(envelope(body))
    with pytest.raises(iv.APIResponseValidationError):
        await run(lambda c: c.interviews.analysis_pdf(INTERVIEW_ID))


async def test_analysis_pdf_with_raw_response(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(_pdf_response("application/pdf"))
    raw = await run(lambda c: c.interviews.with_raw_response.analysis_pdf(INTERVIEW_ID))
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/pdf"
    assert raw.parse() == PDF


def test_call_attempts_is_cached_and_follows_with_raw_response(
    client: iv.InstaView, aclient: iv.AsyncInstaView
) -> None:
    from instaview_plus.resources.call_attempts import AsyncCallAttempts, CallAttempts

    assert isinstance(client.interviews.call_attempts, CallAttempts)
    assert client.interviews.call_attempts is client.interviews.call_attempts
    assert isinstance(aclient.interviews.call_attempts, AsyncCallAttempts)
    assert aclient.interviews.call_attempts is aclient.interviews.call_attempts
    for root in (client, aclient):
        assert root.interviews.call_attempts._raw is False
        assert root.interviews.with_raw_response.call_attempts._resource._raw is True
        # a copy (the raw view's resource) makes its sub-resources anew, with its own raw flag
        assert root.interviews.with_raw_response._resource.call_attempts._raw is True
