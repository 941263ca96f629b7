"""jobs: the exact request each method sends and the parsed result, sync and async."""

from __future__ import annotations

import httpx
import pytest

import instaview_plus as iv

from ..conftest import Recorder, envelope
from ._support import Run, example

JOB = {
    "id": "550e8400-e29b-41d4-a716-446655440000",
    "companyId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "title": "Senior Software Engineer",
    "status": "OPEN",
    "createdAt": "2026-04-02T07:00:00+10:30",
    "updatedAt": "2026-04-02T07:00:00+10:30",
}
PAGE = {
    "items": [JOB],
    "pagination": {"total": 1, "page": 1, "limit": 20, "totalPages": 1, "hasNextPage": False},
}


def test_create_sends_camel_case_body_without_unset_fields(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(envelope(JOB, 201))
    job = client.jobs.create(
        title="Senior Software Engineer",
        description="We are looking for an experienced engineer",
        status="OPEN",
        required_skills=["Python"],
        location={"work_mode": "HYBRID", "city": "San Francisco", "countryCode": "US"},
    )
    assert recorder.last.method == "POST"
    assert recorder.last.url.path == "/jobs"
    assert recorder.body() == {
        "title": "Senior Software Engineer",
        "description": "We are looking for an experienced engineer",
        "status": "OPEN",
        "requiredSkills": ["Python"],
        "location": {"workMode": "HYBRID", "city": "San Francisco", "countryCode": "US"},
    }
    assert isinstance(job, iv.Job)
    assert job.id == JOB["id"]
    assert recorder.last.headers["authorization"].startswith("Bearer sk_test_")


@pytest.mark.contract_exempt(
    "the job id is '../billing' on purpose, to check percent-encoding", check="request"
)
async def test_async_get_percent_encodes_the_id(aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue.append(envelope(JOB))
    job = await aclient.jobs.get("../billing")
    assert recorder.last.url.raw_path == b"/jobs/..%2Fbilling"
    assert job.title == "Senior Software Engineer"


def test_list_walks_pages_and_resends_filters(client: iv.InstaView, recorder: Recorder) -> None:
    first = {
        "items": [JOB],
        "pagination": {"total": 2, "page": 1, "limit": 1, "totalPages": 2, "hasNextPage": True},
    }
    second = {
        "items": [{**JOB, "id": "b"}],
        "pagination": {"total": 2, "page": 2, "limit": 1, "totalPages": 2},
    }
    recorder.queue += [envelope(first), envelope(second)]
    ids = [job.id for job in client.jobs.list(status="OPEN", limit=1)]
    assert ids == [JOB["id"], "b"]
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"status": "OPEN", "limit": "1", "page": "1"},
        {"status": "OPEN", "limit": "1", "page": "2"},
    ]


def test_delete_accepts_bare_true(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(200, json=True))
    assert client.jobs.delete(JOB["id"]) is True
    assert recorder.last.method == "DELETE"


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"title": "", "description": "x" * 20, "status": "OPEN"}, "title"),
        ({"titel": "Senior engineer"}, "titel"),
        (
            {
                "title": "Senior engineer",
                "description": "x" * 20,
                "status": "OPEN",
                "required_skills": "Python",
            },
            "required_skills",
        ),
        ({"title": "Senior engineer", "description": "x" * 20, "status": "MAYBE"}, "status"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    client: iv.InstaView, recorder: Recorder, kwargs: dict[str, object], argument: str
) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        client.jobs.create(**kwargs)  # type: ignore[arg-type]
    assert info.value.argument == argument
    assert argument in str(info.value)
    assert recorder.requests == []


async def test_create_from_url_without_saving_parses_the_preview(run: Run, recorder: Recorder) -> None:
    """createJob=false answers 200 with empty id and dates (documented); found by the Prism contract run."""
    saved = example("jca-E11")
    preview = {**saved, "data": {**saved["data"], "id": "", "createdAt": "", "updatedAt": ""}}
    recorder.queue.append(httpx.Response(200, json=preview))
    result = await run(lambda c: c.jobs.create_from_url(job_url=saved["sourceUrl"], create_job=False))
    assert recorder.body() == {"jobUrl": saved["sourceUrl"], "createJob": False}
    assert isinstance(result, iv.JobFromUrlPreview)
    assert (result.data.id, result.data.created_at, result.data.title) == ("", "", saved["data"]["title"])
    recorder.queue.append(httpx.Response(201, json=saved))
    created = await run(lambda c: c.jobs.create_from_url(job_url=saved["sourceUrl"]))
    assert isinstance(created, iv.JobFromUrlResult)
    assert created.data.id == saved["data"]["id"]
