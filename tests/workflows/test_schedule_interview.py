"""``client.workflows.schedule_interview`` / ``resume``: nothing lost, nothing created twice.

The fault matrix injects a failure at every step (job, candidate, agent, interview) in every mode (a 4xx, a
500 whose outcome is unknown, 503s beyond the retry budget, a connection reset, the response dropped after
the write committed), sync and async. After ``resume`` from the JSON-round-tripped state, the fake holds
exactly one job, one candidate, one agent and one interview.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import instaview_plus as iv
from instaview_plus._plans.workflow_state import MARKER
from instaview_plus.testing import FakeInstaView

ZONE = ZoneInfo("Australia/Adelaide")
AT = dt.datetime(2026, 5, 5, 10, 0, tzinfo=ZONE)  # the fake's clock starts 2026-05-04 09:00 UTC
JOB = {
    "title": "Backend engineer",
    "description": "Build and run our interview APIs in Python.",
    "status": "OPEN",
}
CANDIDATE = {
    "first_name": "Jana",
    "last_name": "Novak",
    "email": "jana.novak@example.com",
    "gdpr_expiry_date": dt.date(2027, 12, 31),
}
AGENT = {
    "name": "Screening agent",
    "type": "ONLINE",
    "focus": "SCREENING",
    "language": "EN",
    "duration": 30,
    "voice_id": "ALEX",
}
ALL = {"job": JOB, "candidate": CANDIDATE, "agent": AGENT, "at": AT}
PATHS = {"job": "/jobs", "candidate": "/candidates", "agent": "/agents", "interview": "/interviews"}
ORDER = ("job", "candidate", "agent", "interview")


def counts(fake: FakeInstaView) -> dict[str, int]:
    s = fake.state
    return {
        "job": len(s.jobs),
        "candidate": len(s.candidates),
        "agent": len(s.agents),
        "interview": len(s.interviews),
    }


def arm(fake: FakeInstaView, mode: str, path: str) -> None:
    if mode == "400":
        fake.fail_next(400, path=path, method="POST")
    elif mode == "500":
        fake.fail_next(500, path=path, method="POST")
    elif mode == "503":
        fake.fail_next(503, times=3, path=path, method="POST")  # one more than the default max_retries=2
    elif mode == "reset":
        fake.reset_connection_next(path=path, method="POST")
    else:
        fake.drop_response_after_commit(path=path, method="POST")


def test_schedules_all_four_in_order(call: Callable[..., Any], fake: FakeInstaView) -> None:
    result = call(lambda c: c.workflows.schedule_interview(**ALL))
    assert counts(fake) == {"job": 1, "candidate": 1, "agent": 1, "interview": 1}
    assert isinstance(result, iv.ScheduledInterview)
    assert result.job.id in fake.state.jobs and result.agent.id in fake.state.agents
    interview = fake.state.interviews[result.interview.id]
    assert interview.candidate_id == result.candidate.id and interview.job_id == result.job.id
    # the candidate was put on the job, and each created object carries the workflow's marker
    assert result.job.id in fake.state.candidates[result.candidate.id].job_ids
    for step in ORDER:
        marker = getattr(result, step).to_dict()["metadata"][MARKER]
        assert marker.endswith(f"/{step}")
    assert result.interview.scheduled_at == AT  # the same instant (the offset on the wire: test_timezones)


@pytest.mark.parametrize("mode", ["400", "500", "503", "reset", "drop"])
@pytest.mark.parametrize("step", ORDER)
def test_fault_at_every_step_then_resume_gives_exactly_one_of_each(
    call: Callable[..., Any], fake: FakeInstaView, step: str, mode: str
) -> None:
    arm(fake, mode, PATHS[step])
    with pytest.raises(iv.WorkflowError) as caught:
        call(lambda c: c.workflows.schedule_interview(**ALL))
    error = caught.value
    earlier = ORDER[: ORDER.index(step)]
    assert set(error.created) == set(earlier)
    assert error.state["failed_step"] == step
    assert isinstance(error.__cause__, iv.APIError)
    unsure = mode in ("500", "reset", "drop")
    assert error.state["steps"][step]["unconfirmed"] is unsure
    landed = 1 if mode == "drop" else 0
    assert counts(fake) == {s: (1 if s in earlier else landed if s == step else 0) for s in ORDER}

    state = json.loads(json.dumps(error.state))  # as a job queue would store it
    result = call(lambda c: c.workflows.resume(state))

    assert counts(fake) == {"job": 1, "candidate": 1, "agent": 1, "interview": 1}
    assert result.job.id == next(iter(fake.state.jobs))
    assert result.candidate.id == next(iter(fake.state.candidates))
    assert result.agent.id == next(iter(fake.state.agents))
    assert result.interview.id == next(iter(fake.state.interviews))
    for created_step, object_id in error.created.items():
        assert getattr(result, created_step).id == object_id


def test_a_failed_lookup_keeps_the_step_unconfirmed_and_a_second_resume_finishes(
    call: Callable[..., Any], fake: FakeInstaView
) -> None:
    fake.drop_response_after_commit(path="/candidates", method="POST")
    with pytest.raises(iv.WorkflowError) as first:
        call(lambda c: c.workflows.schedule_interview(**ALL))
    fake.fail_next(403, path="/candidates", method="GET")
    with pytest.raises(iv.WorkflowError) as second:
        call(lambda c: c.workflows.resume(first.value.state))
    assert second.value.state["steps"]["candidate"]["unconfirmed"] is True
    assert isinstance(second.value.__cause__, iv.PermissionDeniedError)
    call(lambda c: c.workflows.resume(second.value.state))
    assert counts(fake) == {"job": 1, "candidate": 1, "agent": 1, "interview": 1}


def test_existing_objects_by_id_are_used_not_created(call: Callable[..., Any], fake: FakeInstaView) -> None:
    first = call(lambda c: c.workflows.schedule_interview(**ALL))
    result = call(
        lambda c: c.workflows.schedule_interview(
            job_id=first.job.id, candidate_id=first.candidate.id, agent_id=first.agent.id, at=AT
        )
    )
    assert counts(fake) == {"job": 1, "candidate": 1, "agent": 1, "interview": 2}
    assert (result.job.id, result.candidate.id, result.agent.id) == (
        first.job.id,
        first.candidate.id,
        first.agent.id,
    )


def test_generic_interview_without_a_job(call: Callable[..., Any], fake: FakeInstaView) -> None:
    result = call(
        lambda c: c.workflows.schedule_interview(
            candidate=CANDIDATE, agent={**AGENT, "focus": "GENERIC"}, is_test=True
        )
    )
    assert result.job is None
    assert counts(fake) == {"job": 0, "candidate": 1, "agent": 1, "interview": 1}


@pytest.mark.parametrize(
    ("kwargs", "argument", "exc"),
    [
        ({**ALL, "job_id": "j1"}, "job", iv.InvalidRequestError),
        ({"job": JOB, "agent": AGENT}, "candidate", iv.InvalidRequestError),
        ({"job": JOB, "candidate": CANDIDATE}, "agent", iv.InvalidRequestError),
        (
            {**ALL, "candidate": {**CANDIDATE, "phone_number": "0915 123 456"}},
            "candidate.phone_number",
            iv.InvalidRequestError,
        ),
        ({**ALL, "agent": {**AGENT, "duration": 999}}, "agent.duration", iv.InvalidRequestError),
        ({**ALL, "job": {**JOB, "titel": "x"}}, "job.titel", iv.InvalidRequestError),
        ({**ALL, "at": dt.datetime(2026, 5, 5, 10, 0)}, "at", iv.NaiveDatetimeError),
        (
            {**ALL, "at": dt.datetime(2026, 10, 4, 2, 30, tzinfo=ZONE)},  # Adelaide springs forward at 02:00
            "at",
            iv.NonexistentTimeError,
        ),
        ({**ALL, "candidate": "Jana"}, "candidate", iv.InvalidRequestError),
        ({**ALL, "metadata": ["x"]}, "interview.metadata", iv.InvalidRequestError),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_sent(
    call: Callable[..., Any], fake: FakeInstaView, kwargs: dict[str, Any], argument: str, exc: type[Exception]
) -> None:
    with pytest.raises(exc) as caught:
        call(lambda c: c.workflows.schedule_interview(**kwargs))
    assert caught.value.argument == argument  # type: ignore[attr-defined]
    assert argument.split(".")[-1] in str(caught.value)
    assert counts(fake) == {"job": 0, "candidate": 0, "agent": 0, "interview": 0}
    assert fake.state.jobs == {}


def test_resume_refuses_what_is_not_a_workflow_state(call: Callable[..., Any]) -> None:
    for bad in ({}, {"workflow": "schedule_interview", "version": 99, "steps": {}}, "state", None):
        with pytest.raises(iv.InvalidRequestError, match="cannot resume") as caught:
            call(lambda c, bad=bad: c.workflows.resume(bad))
        assert caught.value.argument == "state"


def test_resume_refuses_another_company_scope(fake: FakeInstaView) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client(), sleep=lambda s: None)
    fake.fail_next(400, path="/agents", method="POST")
    with pytest.raises(iv.WorkflowError) as caught:
        client.workflows.schedule_interview(**ALL)
    with pytest.raises(iv.InvalidRequestError, match="for_company"):
        client.for_company("4a1d2c3b-0000-4000-8000-00000000ac3e").workflows.resume(caught.value.state)


def test_workflow_error_is_serialisable_and_names_what_was_created(fake: FakeInstaView) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client(), sleep=lambda s: None)
    fake.fail_next(400, path="/interviews", method="POST")
    with pytest.raises(iv.WorkflowError) as caught:
        client.workflows.schedule_interview(**ALL)
    error = caught.value
    assert "stopped at the interview step" in str(error) and "resume" in str(error)
    for step in ("job", "candidate", "agent"):
        assert error.created[step] in str(error)
    assert "sk_test_fake" not in str(error) and "sk_test_fake" not in json.dumps(error.state)
    clone = pickle.loads(pickle.dumps(error))
    assert clone.state == error.state and clone.created == error.created
    # the state is a snapshot: resuming does not change the error's copy
    client.workflows.resume(error.state)
    assert error.state["steps"]["interview"]["id"] is None
