"""``timeout=None`` means no timeout, everywhere a timeout is taken; ``NO_TIMEOUT`` is the same.

- the client (``InstaView(timeout=None)``), ``with_options(timeout=None)`` and a call's ``timeout=None``:
  each request is sent with every httpx timeout (connect, read, write, pool) off;
- ``interviews.wait`` / ``sourcing.wait*`` with ``timeout=None``: poll until the run is over, never give up;
- ``RetryPolicy(total_timeout=None)``: retries bounded by ``max_retries`` alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from .conftest import KEY, NOW
from .test_spans import AGENT, CANDIDATE, JOB

NONE = {"connect": None, "read": None, "write": None, "pool": None}
DEFAULT = {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


class Timeouts:
    """The timeout extension of every request sent (what httpx's transports obey)."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> None:
        self.seen.append(dict(request.extensions["timeout"]))


def client_on(fake: FakeInstaView, timeouts: Timeouts, **options: Any) -> iv.InstaView:
    return iv.InstaView(
        api_key=KEY, http_client=fake.http_client(event_hooks={"request": [timeouts]}), **options
    )


@pytest.mark.parametrize("value", [None, iv.NO_TIMEOUT])
def test_client_timeout_none(fake: FakeInstaView, value: Any) -> None:
    timeouts = Timeouts()
    with client_on(fake, timeouts, timeout=value) as client:
        client.jobs.list()
    assert timeouts.seen == [NONE]


@pytest.mark.parametrize("value", [None, iv.NO_TIMEOUT])
def test_with_options_timeout_none(fake: FakeInstaView, value: Any) -> None:
    timeouts = Timeouts()
    with client_on(fake, timeouts) as client:
        client.with_options(timeout=value).jobs.list()
        client.jobs.list()  # the original keeps its own
        client.with_options(timeout=None).with_options(timeout=5).jobs.list()
    assert timeouts.seen == [NONE, DEFAULT, dict.fromkeys(DEFAULT, 5.0)]


def test_per_call_timeout_none(fake: FakeInstaView) -> None:
    timeouts = Timeouts()
    with client_on(fake, timeouts, timeout=10) as client:
        job = client.jobs.create(**JOB, timeout=None)
        client.jobs.get(job.id, timeout=None)
        client.jobs.get(job.id)
        list(client.jobs.list(timeout=None))
    assert timeouts.seen == [NONE, NONE, dict.fromkeys(DEFAULT, 10.0), NONE]


async def test_async_client_timeout_none(fake: FakeInstaView) -> None:
    timeouts = Timeouts()

    async def record(request: httpx.Request) -> None:
        timeouts(request)

    http = fake.async_http_client(event_hooks={"request": [record]})
    async with iv.AsyncInstaView(api_key=KEY, http_client=http, timeout=None) as client:
        await client.jobs.list()
        await client.with_options(timeout=3).jobs.list(timeout=None)
    assert timeouts.seen == [NONE, NONE]


def _interview_in(fake: FakeInstaView, hours: int) -> str:
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        at = NOW + dt.timedelta(hours=hours)
        result = client.workflows.schedule_interview(job=JOB, candidate=CANDIDATE, agent=AGENT, at=at)
        return str(result.interview.id)


def test_interviews_wait_timeout_none_waits_until_the_interview_is_over(fake: FakeInstaView) -> None:
    interview_id = _interview_in(fake, hours=2)  # beyond the default 3600 s
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        with pytest.raises(iv.WaitTimeoutError):
            client.interviews.wait(interview_id, max_interval=600)
        done = client.interviews.wait(interview_id, timeout=None, max_interval=600)
    assert str(done.status) == "COMPLETED"


async def test_interviews_wait_timeout_none_async(fake: FakeInstaView) -> None:
    interview_id = _interview_in(fake, hours=2)
    async with iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client()) as client:
        done = await client.interviews.wait(interview_id, timeout=None, max_interval=600)
    assert str(done.status) == "COMPLETED"


def test_sourcing_wait_timeout_none_waits_until_the_run_is_done(fake: FakeInstaView) -> None:
    fake.sourcing.seconds, fake.sourcing.polls = 1800, 10**6  # half an hour of fake time: beyond 600 s
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        run = client.sourcing.create(title="Engineer", job_description="Python", location="Bratislava")
        with pytest.raises(iv.WaitTimeoutError):
            client.sourcing.wait(run.request_id, interval=60)
        done = client.sourcing.wait(run.request_id, timeout=None, interval=60)
    assert str(done.status) == "completed"


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "soon", True])
def test_wait_timeout_still_refuses_what_is_not_seconds_or_none(fake: FakeInstaView, bad: Any) -> None:
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        with pytest.raises(iv.InvalidRequestError) as caught:
            client.interviews.wait("00000000-0000-4000-8000-000000000000", timeout=bad)
        assert caught.value.argument == "timeout"
        with pytest.raises(iv.InvalidRequestError):
            client.jobs.list(timeout=bad)
        with pytest.raises(iv.InvalidRequestError):
            client.with_options(timeout=bad)
    with pytest.raises(iv.InvalidRequestError):
        iv.InstaView(api_key=KEY, timeout=bad)


def test_retry_policy_total_timeout_none_bounds_retries_by_count_alone() -> None:
    from instaview_plus._pipeline.retry import decide_for_status

    policy = iv.RetryPolicy(max_retries=3, total_timeout=None)
    decide = lambda attempt: decide_for_status(  # noqa: E731
        policy, method="GET", status=503, attempt=attempt, elapsed=10**9, retry_after=None
    )
    assert [decide(n).retry for n in range(4)] == [True, True, True, False]
    bounded = iv.RetryPolicy(max_retries=3, total_timeout=120.0)
    assert not decide_for_status(
        bounded, method="GET", status=503, attempt=0, elapsed=10**9, retry_after=None
    ).retry
