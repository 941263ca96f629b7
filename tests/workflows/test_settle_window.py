"""Resuming at once cannot call a person twice (issue 20.5): ``resume`` waits out the settle window.

The fake commits the interview's create 5 fake seconds after the client gave up on it (``commit_late``);
a ``resume`` called at once waits (in the fake's time, on a fake-bound client) until the window since the
moment the outcome became unknown has passed, finds the late interview by its marker and adopts it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus._plans.settle import settle_remaining
from instaview_plus.testing import FakeInstaView

from .conftest import NOW
from .test_schedule_interview import AGENT, CANDIDATE, JOB

AT = NOW + dt.timedelta(hours=2)


def _clients(fake: FakeInstaView) -> tuple[iv.InstaView, iv.AsyncInstaView]:
    """Clients on the fake's own http clients: every wait happens in the fake's time."""
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    aclient = iv.AsyncInstaView(api_key="sk_test_fake", http_client=fake.async_http_client())
    return client, aclient


def _lost_interview(fake: FakeInstaView, client: iv.InstaView) -> dict[str, Any]:
    """A workflow whose interview create timed out client-side and commits 5 fake seconds later."""
    fake.commit_late(seconds=5, path="/interviews", method="POST")
    with pytest.raises(iv.WorkflowError) as failed:
        client.workflows.schedule_interview(job=JOB, candidate=CANDIDATE, agent=AGENT, at=AT)
    state = failed.value.state
    assert state["steps"]["interview"]["unconfirmed"] is True
    assert state["unknown_since"] == fake.clock.timestamp()  # the moment, on the fake's clock
    assert fake.state.interviews == {}  # not committed yet
    return json.loads(json.dumps(state))  # as a job queue would store it


def _resume(mode: str, clients: tuple[iv.InstaView, iv.AsyncInstaView], state: Any, **kw: Any) -> Any:
    if mode == "sync":
        return clients[0].workflows.resume(state, **kw)
    return asyncio.run(clients[1].workflows.resume(state, **kw))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_immediate_resume_after_a_late_commit_makes_one_interview(
    fake: FakeInstaView, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    clients = _clients(fake)
    state = _lost_interview(fake, clients[0])
    gave_up = fake.clock.now()
    with caplog.at_level(logging.INFO, logger="instaview_plus"):
        result = _resume(mode, clients, state)  # at once: no pause by the caller
    fake.advance(seconds=120)  # anything still held would commit now
    assert len(fake.state.interviews) == 1
    assert result.interview.id == next(iter(fake.state.interviews))  # the late one, adopted
    assert fake.clock.now() - gave_up >= dt.timedelta(seconds=60 + 120)  # the window passed in fake time
    assert any("settle_window" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)


def test_settle_window_is_configurable(fake: FakeInstaView) -> None:
    clients = _clients(fake)
    state = _lost_interview(fake, clients[0])
    before = fake.clock.now()
    _resume("sync", clients, state, settle_window=7.5)
    assert dt.timedelta(seconds=7.5) <= fake.clock.now() - before < dt.timedelta(seconds=20)
    assert len(fake.state.interviews) == 1


def test_without_the_window_the_late_commit_is_a_second_call(fake: FakeInstaView) -> None:
    """What the window prevents: looking at once finds nothing, and the person gets two calls."""
    clients = _clients(fake)
    state = _lost_interview(fake, clients[0])
    _resume("sync", clients, state, settle_window=0)
    fake.advance(seconds=10)
    assert len(fake.state.interviews) == 2


def test_a_state_without_the_moment_waits_the_whole_window(fake: FakeInstaView) -> None:
    clients = _clients(fake)
    state = _lost_interview(fake, clients[0])
    del state["unknown_since"]  # written before the moment was recorded
    fake.advance(seconds=30)
    before = fake.clock.now()
    _resume("sync", clients, state)
    assert fake.clock.now() - before >= dt.timedelta(seconds=60)
    assert len(fake.state.interviews) == 1


@pytest.mark.parametrize("bad", [-1, float("nan"), "60", True, 10**400])
def test_a_bad_settle_window_is_refused_naming_it(fake: FakeInstaView, bad: Any) -> None:
    clients = _clients(fake)
    state = _lost_interview(fake, clients[0])
    with pytest.raises(iv.InvalidRequestError) as refused:
        clients[0].workflows.resume(state, settle_window=bad)
    assert refused.value.argument == "settle_window"


@pytest.mark.parametrize(
    ("since", "now", "window", "left"),
    [
        (100.0, 100.0, 60.0, 60.0),
        (100.0, 105.0, 60.0, 55.0),
        (100.0, 160.0, 60.0, 0.0),
        (100.0, 1e12, 60.0, 0.0),
        (200.0, 100.0, 60.0, 60.0),  # a moment ahead of this clock: at most the whole window
        (None, 5.0, 60.0, 60.0),
        (float("nan"), 5.0, 60.0, 60.0),
        (100.0, 130.0, 0.0, 0.0),
    ],
)
def test_settle_remaining(since: float | None, now: float, window: float, left: float) -> None:
    assert settle_remaining(since, now, window) == left
