"""Type-checked only (``mypy --strict`` in ``nox -s typecheck``), never executed: the public surface as users write it."""

from __future__ import annotations

import datetime as dt
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


async def async_usage(fake: FakeInstaView) -> None:
    async with iv.AsyncInstaView(api_key="sk_test_x", http_client=fake.async_http_client()) as client:
        job: iv.Job = await client.jobs.get("j1")
        first: iv.AsyncPage[iv.Job] = await client.jobs.list()
        async for item in client.jobs.list(status="OPEN"):
            _id: str = item.id
        result = await client.workflows.schedule_interview(candidate_id="c1", agent_id="a1")
        done: iv.Interview = await client.interviews.wait(result.interview.id, interval=10.0)
        del job, first, done
