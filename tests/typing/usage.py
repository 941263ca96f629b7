"""Type-checked only (``mypy --strict`` in ``nox -s typecheck``), never executed: the public surface as users write it."""

from __future__ import annotations

import datetime as dt
from typing import assert_type
from zoneinfo import ZoneInfo

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView


def sync_usage(fake: FakeInstaView) -> None:
    client = iv.InstaView(api_key="sk_test_x", http_client=fake.http_client(), timeout=10.0, max_retries=1)
    job: iv.Job = client.jobs.create(title="Senior engineer", description="Python and APIs", status="OPEN")
    title: str | object = job.title
    page: iv.SyncPage[iv.Job] = client.jobs.list(status="OPEN", limit=100)
    for item in page:
        _id: str = item.id
    total: int | None = page.total
    more: bool = page.has_next_page()
    at = dt.datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide"))
    interview: iv.Interview = client.interviews.create(candidate_id="c", agent_id="a", schedule_time=at)
    pdf: bytes = client.interviews.analysis_pdf(interview.id)
    deleted: bool = client.jobs.delete(job.id)
    scoped: iv.InstaView = client.for_company("company").with_options(timeout=iv.NO_TIMEOUT)
    info: iv.RateLimitInfo | None = scoped.rate_limit
    try:
        client.jobs.get("missing")
    except iv.NotFoundError as err:
        code: str | None = err.code
        status: int = err.status_code
    result: iv.ScheduledInterview = client.workflows.schedule_interview(
        job={"title": "Engineer", "description": "Python and APIs", "status": "OPEN"},
        candidate_id="c1",
        agent_id="a1",
        at=at,
        is_test=True,
    )
    try:
        client.workflows.schedule_interview(candidate_id="c1", agent_id="a1")
    except iv.WorkflowError as failed:
        created: dict[str, object] = failed.created
        again: iv.ScheduledInterview = client.workflows.resume(failed.state)
        del created, again
    done: iv.Interview = client.interviews.wait(result.interview.id, timeout=600.0, on_poll=print)
    del title, total, more, pdf, deleted, info, code, status, done


def models_options_and_raw(client: iv.InstaView) -> None:
    job = client.jobs.get("j1", timeout=5.0, extra_headers={"X-Trace": "1"}, extra_query={"expand": "x"})
    title: str = job.title  # documented on every job: no Unset
    created: dt.datetime = job.created_at
    description: str | None = job.description  # optional and nullable: None when absent
    skills: list[str] | iv.Unset = job.required_skills  # optional, never null: the documented sentinel
    interview = client.interviews.create(
        candidate_id="c", agent_id="a", extra_body={"fieldNewerThanTheSdk": 1}, timeout=iv.NO_TIMEOUT
    )
    transcript: str | None = interview.transcript
    score: float | None = interview.analysis.overall_score if interview.analysis else None
    snake: dict[str, object] = interview.to_snake_dict()
    raw_job: iv.RawResponse[iv.Job] = client.jobs.with_raw_response.get("j1", timeout=2)
    parsed: iv.Job = raw_job.parse()
    status_code: int = raw_job.status_code
    raw_page: iv.RawResponse[iv.SyncPage[iv.Job]] = client.jobs.with_raw_response.list(limit=10)
    page: iv.SyncPage[iv.Job] = raw_page.parse()
    raw_pdf: iv.RawResponse[bytes] = client.interviews.with_raw_response.analysis_pdf("i1")
    pdf: bytes = raw_pdf.parse()
    raw_deleted: iv.RawResponse[bool] = client.jobs.with_raw_response.delete("j1")
    raw_attempt: iv.RawResponse[None] = client.interviews.with_raw_response.call_attempts.delete("i1", "a1")
    options: iv.RequestOptions = {"timeout": 3.0, "extra_headers": {"X-A": "b"}}
    again: iv.Candidate = client.candidates.get("c1", **options)
    del title, created, description, skills, transcript, score, snake, parsed, status_code, page, pdf
    # assert_type fails on Any: the raw views and the models are typed, not merely assignable
    assert_type(client.jobs.with_raw_response.get("j1"), iv.RawResponse[iv.Job])
    assert_type(client.jobs.with_raw_response.list(), iv.RawResponse[iv.SyncPage[iv.Job]])
    assert_type(client.interviews.with_raw_response.analysis_pdf("i1"), iv.RawResponse[bytes])
    assert_type(job.title, str)
    assert_type(interview.transcript, str | None)
    del raw_deleted, raw_attempt, again


async def async_raw(client: iv.AsyncInstaView) -> None:
    raw_job: iv.RawResponse[iv.Job] = await client.jobs.with_raw_response.get("j1", extra_query={"a": 1})
    raw_page: iv.RawResponse[iv.AsyncPage[iv.Job]] = await client.jobs.with_raw_response.list(limit=10)
    first: iv.AsyncPage[iv.Job] = raw_page.parse()
    raw_pdf: iv.RawResponse[bytes] = await client.interviews.with_raw_response.analysis_pdf("i1")
    assert_type(await client.candidates.with_raw_response.get("c1"), iv.RawResponse[iv.Candidate])
    del raw_job, first, raw_pdf


async def async_usage(fake: FakeInstaView) -> None:
    async with iv.AsyncInstaView(api_key="sk_test_x", http_client=fake.async_http_client()) as client:
        job: iv.Job = await client.jobs.get("j1")
        first: iv.AsyncPage[iv.Job] = await client.jobs.list()
        async for item in client.jobs.list(status="OPEN"):
            _id: str = item.id
        result = await client.workflows.schedule_interview(candidate_id="c1", agent_id="a1")
        done: iv.Interview = await client.interviews.wait(result.interview.id, interval=10.0)
        del job, first, done


def hooks_tracing_and_no_timeout(fake: FakeInstaView) -> None:
    def on_retry(event: iv.HookEvent) -> None:
        reason: str | None = event.reason
        delay: float | None = event.delay
        attempt: int = event.attempt
        status: int | None = event.status
        del reason, delay, attempt, status

    hooks = iv.Hooks(on_retry=on_retry, on_step=print, on_request=lambda event: None)
    client = iv.InstaView(
        api_key="sk_test_x", http_client=fake.http_client(), hooks=hooks, tracing=False, timeout=None
    )
    quiet: iv.InstaView = client.with_options(hooks=None, tracing=True, timeout=None)
    job: iv.Job = quiet.jobs.get("j1", timeout=None)
    done: iv.Interview = client.interviews.wait("i1", timeout=None)
    aclient = iv.AsyncInstaView(api_key="sk_test_x", hooks=hooks, timeout=None)
    acopy: iv.AsyncInstaView = aclient.with_options(hooks=hooks)
    policy = iv.RetryPolicy(total_timeout=None)
    del job, done, acopy, policy


def webhook_usage(
    client: iv.InstaView, aclient: iv.AsyncInstaView, body: bytes, headers: dict[str, str]
) -> None:
    router = iv.webhooks.Router("secret", dedupe="redis://localhost:6379/0", now=dt.datetime.now)

    @router.on("interview.completed", 3)
    def completed(event: iv.webhooks.InterviewEvent) -> None:
        assert_type(event.data, iv.InterviewEventData)
        assert_type(event.fetch(client), iv.Interview)

    @router.on("analysis.completed")
    async def analysis(event: iv.webhooks.AnalysisCompletedEvent) -> None:
        assert_type(await event.fetch(aclient), iv.Interview)
        assert_type(await event.afetch(aclient), iv.Interview)

    assert_type(router.handle(body, headers), int)
    event = iv.webhooks.verify(payload=body, headers=headers, secret="secret")
    if isinstance(event, iv.webhooks.InterviewEvent):
        assert_type(event.data.interview_id, str | iv.Unset)
