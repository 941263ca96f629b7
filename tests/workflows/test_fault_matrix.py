"""Faults on the wire (a TCP proxy in front of ``fake.serve()``) at every workflow step, sync and async.

Each case breaks the create request of one step of ``schedule_interview`` (reset before or after the server
committed, an answer held past the client's timeout, a truncated body, a garbage status line, a corrupt gzip
body), then resumes from the JSON round-tripped ``WorkflowError.state`` in a fresh client. The fake must
hold exactly one of each object, and the result must name them: nothing lost, nothing duplicated.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from .._support.fault_proxy import FAULTS, FaultProxy, proxy
from .._support.hostile import KEY
from .._support.stats import count
from .conftest import NOW
from .test_schedule_interview import ALL, ORDER, PATHS, counts

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

# read past the proxy's held answers quickly; everything else is generous (a loaded 2-core machine)
TIMEOUT = httpx.Timeout(10.0, read=1.5)


def _run(mode: str, url: str, fn: Any, timeout: httpx.Timeout = TIMEOUT) -> Any:
    """``fn(client)`` with a fresh sync or async client on ``url``; returns its result."""
    if mode == "sync":
        with iv.InstaView(api_key=KEY, base_url=url, timeout=timeout, sleep=lambda s: None) as client:
            return fn(client)

    async def main() -> Any:
        async def no_sleep(_: float) -> None:
            return None

        async with iv.AsyncInstaView(api_key=KEY, base_url=url, timeout=timeout, sleep=no_sleep) as client:
            return await fn(client)

    return asyncio.run(main())


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeInstaView, FaultProxy]]:
    """One fake server and proxy for the module (a server takes half a second to stop); reset per case."""
    fake = FakeInstaView(seed=0, now=NOW)
    with fake.serve() as upstream, proxy(upstream) as px:
        yield fake, px


_WARM: list[bool] = []


@pytest.fixture
def wired(
    served: tuple[FakeInstaView, FaultProxy], openapi_contract: None
) -> tuple[FakeInstaView, FaultProxy]:
    """The module's fake (reset) and proxy (disarmed). The first case first runs every operation once with
    a long timeout: a process's first requests compile the contract checks, slower than ``TIMEOUT.read``."""
    fake, px = served
    if not _WARM:
        _WARM.append(True)

        def every_operation(c: iv.InstaView) -> None:
            done = c.workflows.schedule_interview(**ALL)
            c.jobs.list(search="x", limit=100)
            c.candidates.list(search="x", limit=100)
            c.agents.list(type="ONLINE", focus="SCREENING", limit=100)
            c.interviews.list(candidate_id=done.candidate.id, agent_id=done.agent.id, limit=100)

        _run("sync", px.url, every_operation, httpx.Timeout(60.0))
    fake.reset()
    px.fired.clear()
    return fake, px


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", ORDER)
def test_fault_at_a_step_then_resume_in_a_fresh_client(
    wired: tuple[FakeInstaView, FaultProxy], step: str, fault: str, mode: str
) -> None:
    fake, px = wired
    px.arm(fault, "POST", PATHS[step])
    try:
        _run(mode, px.url, lambda c: c.workflows.schedule_interview(**ALL))
    except iv.WorkflowError as exc:
        error = exc
    else:
        pytest.fail(f"the {fault} fault on the {step} create did not stop the workflow")
    assert px.fired == [(fault, "POST", PATHS[step])]
    assert error.state["failed_step"] == step
    assert isinstance(error.__cause__, iv.APIError)
    state = json.loads(json.dumps(error.state))
    # a new client (another process would do the same), through the proxy with nothing armed
    for _ in range(3):  # resuming again is what a caller does after a second failure (a loaded machine)
        try:
            result = _run(mode, px.url, lambda c, s=state: c.workflows.resume(s))
            break
        except iv.WorkflowError as again:
            state = json.loads(json.dumps(again.state))
    else:
        pytest.fail("resume kept failing")
    have = counts(fake)
    lost = sum(1 for n in have.values() if n == 0)
    duplicated = sum(n - 1 for n in have.values() if n > 1)
    count("fault matrix (TCP proxy, per step, sync+async, resume)", lost=lost, duplicated=duplicated)
    assert have == {"job": 1, "candidate": 1, "agent": 1, "interview": 1}
    assert result.job.id in fake.state.jobs and result.interview.id in fake.state.interviews
    # what the failed run reported as created is what the resumed run used (nothing orphaned)
    for name, object_id in error.created.items():
        assert getattr(result, name).id == object_id
