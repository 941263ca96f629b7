"""``iv.Hooks``: the events of retries, pacing and workflow/bulk steps, sync and async; a raising hook is
logged and never breaks the call; no event carries the key; bad hooks are refused before anything is sent."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from .conftest import KEY, NOW
from .test_spans import AGENT, AT, CANDIDATE, JOB, ROWS


class Events:
    """A ``Hooks`` that records every event it is given."""

    def __init__(self) -> None:
        self.seen: list[iv.HookEvent] = []
        self.hooks = iv.Hooks(
            on_request=self.seen.append,
            on_response=self.seen.append,
            on_retry=self.seen.append,
            on_pace=self.seen.append,
            on_step=self.seen.append,
        )

    def brief(self, *kinds: str) -> list[tuple[Any, ...]]:
        return [
            (e.kind, e.operation_id, e.attempt, e.status, e.reason)
            for e in self.seen
            if not kinds or e.kind in kinds
        ]


def both(fake: FakeInstaView, fn: Any, mode: str, **options: Any) -> Any:
    """``fn(client)`` on a sync or an async client wired to ``fake``."""
    if mode == "sync":
        with iv.InstaView(api_key=KEY, http_client=fake.http_client(), **options) as client:
            return fn(client)

    async def go() -> Any:
        async with iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client(), **options) as client:
            return await fn(client)

    return asyncio.run(go())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_two_503s_then_success(fake: FakeInstaView, mode: str) -> None:
    events = Events()
    fake.fail_next(503, times=2, path="/jobs", method="POST")
    job = both(fake, lambda c: c.jobs.create(**JOB), mode, hooks=events.hooks)
    assert events.brief() == [
        ("request", "createJob", 1, None, None),
        ("response", "createJob", 1, 503, None),
        ("retry", "createJob", 1, 503, "HTTP 503"),
        ("request", "createJob", 2, None, None),
        ("response", "createJob", 2, 503, None),
        ("retry", "createJob", 2, 503, "HTTP 503"),
        ("request", "createJob", 3, None, None),
        ("response", "createJob", 3, 201, None),
    ]
    retries = [e for e in events.seen if e.kind == "retry"]
    assert all(e.delay is not None and e.delay > 0 for e in retries)
    answers = [e for e in events.seen if e.kind == "response"]
    assert all(e.request_id and e.request_id.startswith("req_") for e in answers)
    assert len({e.request_id for e in answers}) == 3
    assert all(e.method == "POST" and e.path == "/jobs" for e in events.seen)
    assert all(e.company_id is None and e.plan is None and e.step is None for e in events.seen)
    elapsed = [e.elapsed for e in events.seen]
    assert elapsed == sorted(elapsed) and elapsed[0] >= 0
    assert job.id in fake.state.jobs


@MODES
def test_a_connection_error_has_no_status_and_its_type_as_reason(fake: FakeInstaView, mode: str) -> None:
    events = Events()
    fake.reset_connection_next(path="/jobs", method="GET")
    both(fake, lambda c: c.jobs.list(), mode, hooks=events.hooks)
    assert events.brief()[:3] == [
        ("request", "listJobs", 1, None, None),
        ("response", "listJobs", 1, None, "RemoteProtocolError"),
        ("retry", "listJobs", 1, None, "RemoteProtocolError"),
    ]
    assert events.brief()[-1] == ("response", "listJobs", 2, 200, None)


@MODES
def test_pacing_is_told_before_the_pause(mode: str) -> None:
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=1)
    events = Events()

    def two(c: Any) -> Any:
        if mode == "sync":
            c.jobs.list()
            return c.jobs.list()

        async def go() -> Any:
            await c.jobs.list()
            return await c.jobs.list()

        return go()

    both(fake, two, mode, hooks=events.hooks)
    kinds = [e.kind for e in events.seen]
    assert kinds == ["request", "response", "pace", "request", "response"]
    pace = events.seen[2]
    assert pace.reason == "rate limit" and pace.delay is not None and 0 < pace.delay <= 60
    assert pace.operation_id == "listJobs" and pace.attempt == 1


@MODES
def test_workflow_steps_and_their_requests(fake: FakeInstaView, mode: str) -> None:
    events = Events()
    fake.fail_next(503, path="/agents", method="POST")
    args = {"job": JOB, "candidate": CANDIDATE, "agent": AGENT, "at": AT}
    both(fake, lambda c: c.workflows.schedule_interview(**args), mode, hooks=events.hooks)
    steps = [e for e in events.seen if e.kind == "step"]
    assert [e.step for e in steps] == ["job", "candidate", "agent", "interview"]
    assert all(e.plan == "workflows.schedule_interview" and e.reason is None for e in steps)
    assert all(e.operation_id is None and e.attempt == 0 and e.elapsed >= 0 for e in steps)
    # every request event names the step it belongs to; the agent's step saw the retry
    agent = [e.kind for e in events.seen if e.step == "agent"]
    assert agent == ["request", "response", "retry", "request", "response", "step"]
    requests = [e for e in events.seen if e.kind == "request"]
    assert [(e.operation_id, e.step) for e in requests] == [
        ("createJob", "job"),
        ("createCandidate", "candidate"),
        ("createAgent", "agent"),
        ("createAgent", "agent"),
        ("createInterview", "interview"),
    ]


@MODES
def test_a_failed_step_says_what_ended_it(fake: FakeInstaView, mode: str) -> None:
    events = Events()
    fake.fail_next(400, path="/candidates", method="POST")
    args = {"job": JOB, "candidate": CANDIDATE, "agent": AGENT, "at": AT}
    with pytest.raises(iv.WorkflowError):
        both(fake, lambda c: c.workflows.schedule_interview(**args), mode, hooks=events.hooks)
    steps = [(e.step, e.reason) for e in events.seen if e.kind == "step"]
    assert steps == [("job", None), ("candidate", "BadRequestError")]


@MODES
def test_bulk_rows_are_steps(fake: FakeInstaView, mode: str) -> None:
    events = Events()
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as plain:
        job = plain.jobs.create(**JOB)
    both(
        fake, lambda c: c.bulk.create_candidates(ROWS, job_id=job.id, concurrency=2), mode, hooks=events.hooks
    )
    steps = sorted((e.step, e.plan) for e in events.seen if e.kind == "step")
    assert steps == [(f"row {i}", "bulk.create_candidates") for i in range(3)]
    assert sorted(str(e.step) for e in events.seen if e.kind == "request") == ["row 0", "row 1", "row 2"]


@MODES
def test_scheduled_rows_are_steps(fake: FakeInstaView, mode: str) -> None:
    events = Events()
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as plain:
        job = plain.jobs.create(**JOB)
        candidates = [plain.candidates.create(job_id=job.id, **row) for row in ROWS]
        agent = plain.agents.create(**AGENT)
    rows = [{"candidate_id": c.id, "at": AT} for c in candidates]
    both(
        fake,
        lambda c: c.bulk.schedule_interviews(rows, agent_id=agent.id, concurrency=2),
        mode,
        hooks=events.hooks,
    )
    steps = sorted((e.step, e.plan) for e in events.seen if e.kind == "step")
    assert steps == [(f"row {i}", "bulk.schedule_interviews") for i in range(len(rows))]
    assert sorted(str(e.step) for e in events.seen if e.kind == "request") == [
        f"row {i}" for i in range(len(rows))
    ]


@MODES
def test_a_raising_hook_is_logged_and_the_call_goes_on(
    fake: FakeInstaView, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    def boom(event: iv.HookEvent) -> None:
        raise RuntimeError(f"hook failed on {event.kind}")

    hooks = iv.Hooks(on_request=boom, on_response=boom, on_retry=boom, on_pace=boom, on_step=boom)
    fake.fail_next(503, path="/candidates", method="POST")
    args = {"job": JOB, "candidate": CANDIDATE, "agent": AGENT, "at": AT}
    with caplog.at_level(logging.WARNING, logger="instaview_plus"):
        result = both(fake, lambda c: c.workflows.schedule_interview(**args), mode, hooks=hooks)
    assert result.interview.id in fake.state.interviews
    warned = [r for r in caplog.records if r.name == "instaview_plus" and r.levelno == logging.WARNING]
    names = {r.getMessage().split(" ")[1] for r in warned}
    assert names == {"on_request", "on_response", "on_retry", "on_step"}
    assert all("raised RuntimeError" in r.getMessage() and r.exc_info for r in warned)


def test_with_options_sets_hooks_on_the_copy_only(fake: FakeInstaView) -> None:
    events = Events()
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        client.jobs.list()
        watched = client.with_options(hooks=events.hooks)
        watched.jobs.list()
        client.jobs.list()
        watched.with_options(hooks=None).jobs.list()
    assert [e.kind for e in events.seen] == ["request", "response"]


def test_company_id_is_the_one_the_request_acts_on(fake: FakeInstaView) -> None:
    events = Events()
    fake.add_api_key("sk_test_ats_telemetry", ats=True)
    company = fake.add_company("Acme", ats_key="sk_test_ats_telemetry")
    with iv.InstaView(
        api_key="sk_test_ats_telemetry", http_client=fake.http_client(), hooks=events.hooks
    ) as ats:
        ats.for_company(company.id).jobs.list()
        ats.companies.list()
    assert [(e.operation_id, e.company_id) for e in events.seen if e.kind == "request"] == [
        ("listJobs", company.id),
        ("listCompanies", None),
    ]


def test_no_event_carries_the_key(fake: FakeInstaView) -> None:
    events = Events()
    fake.fail_next(503, path="/jobs", method="POST")
    with iv.InstaView(api_key=KEY, http_client=fake.http_client(), hooks=events.hooks) as client:
        client.workflows.schedule_interview(job=JOB, candidate=CANDIDATE, agent=AGENT, at=AT)
        with pytest.raises(iv.NotFoundError):
            client.jobs.get("00000000-0000-4000-8000-000000000000")
    text = "\n".join(repr(e) for e in events.seen)
    assert len(events.seen) > 15
    for secret in (KEY, KEY.removeprefix("sk_test_"), "Bearer", "uthorization"):
        assert secret not in text


@pytest.mark.parametrize(
    ("make", "argument"),
    [
        (lambda: iv.Hooks(on_request=5), "on_request"),
        (lambda: iv.Hooks(on_step="print"), "on_step"),
        (lambda: iv.Hooks(on_retry=_async_hook), "on_retry"),
        (lambda: iv.InstaView(api_key=KEY, hooks=print), "hooks"),
        (lambda: iv.InstaView(api_key=KEY, tracing="yes"), "tracing"),
        (lambda: iv.InstaView(api_key=KEY).with_options(hooks={"on_request": print}), "hooks"),
        (lambda: iv.AsyncInstaView(api_key=KEY).with_options(tracing=1), "tracing"),
    ],
)
def test_bad_hooks_and_tracing_are_refused(make: Any, argument: str) -> None:
    with pytest.raises(iv.InvalidRequestError) as caught:
        make()
    assert caught.value.argument == argument


def test_hook_event_is_frozen_and_keyword_only() -> None:
    event = iv.HookEvent(
        kind="retry", operation_id="getJob", attempt=1, status=503, reason="HTTP 503", delay=0.5
    )
    with pytest.raises(AttributeError):
        event.status = 200  # type: ignore[misc]
    with pytest.raises(TypeError):
        iv.HookEvent("retry")  # type: ignore[misc]
    assert dt.timedelta(seconds=event.delay or 0) == dt.timedelta(milliseconds=500)


async def _async_hook(event: iv.HookEvent) -> None:
    """An async callback: refused by ``Hooks`` (hooks are called synchronously)."""


def test_a_hook_returning_a_coroutine_is_told_and_the_coroutine_closed(
    fake: FakeInstaView, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="instaview_plus"):
        both(fake, lambda c: c.jobs.list(), "sync", hooks=iv.Hooks(on_response=lambda e: _async_hook(e)))
    (warned,) = [r.getMessage() for r in caplog.records if r.name == "instaview_plus"]
    assert (
        warned == "the on_response hook returned a coroutine; hooks are called synchronously, it did not run"
    )
