"""``client.interviews.wait``: polls with backoff until a final status, through the fake's own clock."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.resources.interviews import wait_decision
from instaview_plus.testing import FakeInstaView

from .conftest import NOW, Clock, clients
from .test_schedule_interview import AGENT, CANDIDATE, JOB


def scheduled(client: iv.InstaView, minutes_ahead: int = 5) -> str:
    at = NOW + dt.timedelta(minutes=minutes_ahead)
    result = client.workflows.schedule_interview(job=JOB, candidate=CANDIDATE, agent=AGENT, at=at)
    return str(result.interview.id)


@pytest.fixture
def clock(fake: FakeInstaView) -> Clock:
    return Clock(fake)


@pytest.fixture
def client(fake: FakeInstaView, clock: Clock) -> iv.InstaView:
    return clients(fake, clock)[0]


@pytest.fixture
def aclient(fake: FakeInstaView, clock: Clock) -> iv.AsyncInstaView:
    return clients(fake, clock)[1]


def test_waits_through_in_progress_to_completed_with_backoff(client: iv.InstaView, clock: Clock) -> None:
    interview_id = scheduled(client)
    seen: list[str] = []
    done = client.interviews.wait(interview_id, on_poll=lambda i: seen.append(str(i.status)))
    assert str(done.status) == "COMPLETED"
    assert done.analysis is not None
    assert seen[0] == "SCHEDULED" and "IN_PROGRESS" in seen and seen[-1] == "COMPLETED"
    assert clock.pauses[:3] == [5.0, 7.5, 11.25]  # from interval=5 s, half as long again each poll
    assert max(clock.pauses) == 60.0 and len(clock.pauses) == len(seen) - 1


async def test_async_twin(aclient: iv.AsyncInstaView, client: iv.InstaView, clock: Clock) -> None:
    interview_id = scheduled(client)
    done = await aclient.interviews.wait(interview_id, interval=30, max_interval=120)
    assert str(done.status) == "COMPLETED"
    assert clock.pauses[0] == 30.0 and max(clock.pauses) == 120.0


def test_a_final_status_returns_at_once(client: iv.InstaView, clock: Clock) -> None:
    interview_id = scheduled(client)
    client.interviews.wait(interview_id)
    clock.pauses.clear()
    again = client.interviews.wait(interview_id)
    assert str(again.status) == "COMPLETED"
    assert clock.pauses == []


def test_gives_up_at_the_timeout_and_says_the_interview_goes_on(client: iv.InstaView, clock: Clock) -> None:
    interview_id = scheduled(client, minutes_ahead=600)
    with pytest.raises(iv.WaitTimeoutError, match="still SCHEDULED after 300 s"):
        client.interviews.wait(interview_id, timeout=300)
    assert sum(clock.pauses) == 300.0  # the last poll is made at the deadline, not before


def test_429_retry_after_is_honoured_between_polls(
    fake: FakeInstaView, client: iv.InstaView, clock: Clock
) -> None:
    interview_id = scheduled(client)
    fake.fail_next(429, path=f"/interviews/{interview_id}", method="GET")
    done = client.interviews.wait(interview_id)
    assert str(done.status) == "COMPLETED"
    assert clock.pauses[0] == 1.0  # the fake's Retry-After, before the first status was even read


def test_a_missing_interview_is_not_found(client: iv.InstaView) -> None:
    with pytest.raises(iv.NotFoundError):
        client.interviews.wait("00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize("kwargs", [{"timeout": 0}, {"interval": -1}, {"max_interval": float("nan")}])
def test_bad_wait_arguments_name_themselves(client: iv.InstaView, kwargs: dict[str, Any]) -> None:
    with pytest.raises(iv.InvalidRequestError) as caught:
        client.interviews.wait("iv_1", **kwargs)
    assert caught.value.argument == next(iter(kwargs))


class _Status:
    def __init__(self, status: str) -> None:
        self.status, self.id = status, "iv_1"


@pytest.mark.parametrize("status", ["COMPLETED", "FAILED", "CANCELLED", "CANCELED"])
def test_decision_final_statuses(status: str) -> None:
    assert wait_decision(_Status(status), 0.0, 1, timeout=10, interval=5, max_interval=60) is None


@pytest.mark.parametrize("status", ["SCHEDULED", "IN_PROGRESS", "UNDEFINED", "SOMETHING_NEW"])
def test_decision_keeps_polling_other_statuses(status: str) -> None:
    delays = [
        wait_decision(_Status(status), 0.0, n, timeout=1e6, interval=2, max_interval=9) for n in (1, 2, 9)
    ]
    assert delays == [2.0, 3.0, 9.0]


def test_decision_last_poll_lands_on_the_deadline() -> None:
    assert wait_decision(_Status("SCHEDULED"), 98.0, 5, timeout=100, interval=5, max_interval=60) == 2.0
    with pytest.raises(iv.WaitTimeoutError):
        wait_decision(_Status("SCHEDULED"), 100.0, 6, timeout=100, interval=5, max_interval=60)


def test_sync_and_async_agree(fake: FakeInstaView) -> None:
    """The same plan drives both: the same polls and pauses for the same fake history."""
    runs = []
    for mode in ("sync", "async"):
        fresh = FakeInstaView(seed=3, now=NOW)
        clock = Clock(fresh)
        client, aclient = clients(fresh, clock)
        interview_id = scheduled(client)
        if mode == "sync":
            client.interviews.wait(interview_id)
        else:
            asyncio.run(aclient.interviews.wait(interview_id))
        runs.append(clock.pauses)
    assert runs[0] == runs[1] and len(runs[0]) > 3


def test_with_raw_response_is_refused_for_multi_request_helpers(
    client: iv.InstaView, fake: FakeInstaView
) -> None:
    fake.fail_next(500)  # any request at all would use it up
    with pytest.raises(iv.InvalidRequestError, match="not on with_raw_response") as caught:
        client.interviews.with_raw_response.wait("0b6c2a8e-3f0e-4a53-9a44-2f1f1c1a0b01")
    assert caught.value.argument == "with_raw_response"
    with pytest.raises(iv.InvalidRequestError, match=r"client\.workflows"):
        client.workflows.with_raw_response.schedule_interview(candidate_id="c1", agent_id="a1")
    with pytest.raises(iv.InvalidRequestError, match=r"client\.sourcing"):
        client.sourcing.with_raw_response.wait("req_1")
    assert len(fake.faults.pending()) == 1  # nothing was sent


# 10,000+ GETs of one operation: the contract plugin's per-exchange check would dominate the run
_MANY_POLLS = pytest.mark.contract_exempt("10,000+ polls of getInterview, checked elsewhere", check="all")


def _polled_wait(fake: FakeInstaView, mode: str, minutes_ahead: int) -> list[str]:
    """Wait (sync or async, on fake-bound clients) for an interview ``minutes_ahead``; the statuses polled."""
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    interview_id = scheduled(client, minutes_ahead=minutes_ahead)
    polls: list[str] = []
    # a poll every 2 fake seconds stays within the fake's rate limit
    options: dict[str, Any] = {"timeout": 3 * 86400, "interval": 2, "max_interval": 2}
    options["on_poll"] = lambda interview: polls.append(str(interview.status))
    if mode == "sync":
        done = client.interviews.wait(interview_id, **options)
    else:
        aclient = iv.AsyncInstaView(api_key="sk_test_fake", http_client=fake.async_http_client())
        done = asyncio.run(aclient.interviews.wait(interview_id, **options))
    assert str(done.status) == "COMPLETED"
    return polls


@_MANY_POLLS
def test_one_wait_lasts_through_more_than_ten_thousand_polls_in_fake_time(fake: FakeInstaView) -> None:
    """Poll 1,750 and beyond used to overflow the backoff (``OverflowError``); any number of polls works."""
    assert len(_polled_wait(fake, "sync", minutes_ahead=340)) > 10_000  # 20,400 fake seconds


@_MANY_POLLS
def test_an_async_wait_lasts_past_the_old_overflow(fake: FakeInstaView) -> None:
    assert len(_polled_wait(fake, "async", minutes_ahead=80)) > 2_000  # past poll 1,750
