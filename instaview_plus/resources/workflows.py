"""Workflow helpers: ``client.workflows`` / ``aclient.workflows``.

>>> from datetime import date, datetime, time, timedelta
>>> from zoneinfo import ZoneInfo
>>> day = date.today() + timedelta(days=2)
>>> result = client.workflows.schedule_interview(
...     job={"title": "Backend engineer", "description": "APIs in Python", "status": "OPEN"},
...     candidate={"first_name": "Jana", "last_name": "Novak", "email": "jana@example.com",
...                "gdpr_expiry_date": day + timedelta(days=365)},
...     agent_id=agent.id,
...     at=datetime.combine(day, time(10, 0), tzinfo=ZoneInfo("America/Los_Angeles")),
... )
>>> result.interview.agent_id == agent.id
True

If a step fails, ``WorkflowError`` carries what was created and a JSON-serialisable ``state``:

>>> try:
...     client.workflows.schedule_interview(job_id=job.id, candidate_id=candidate.id, agent_id="gone", at=None)
... except iv.WorkflowError as error:
...     saved = json.dumps(error.state)  # store it anywhere; later, even in another process:
...     print(error.created)  # client.workflows.resume(json.loads(saved)) once the cause is fixed
{}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from .._exceptions import InvalidRequestError
from .._pipeline.drivers import Plan
from .._plans.settle import DEFAULT_SETTLE_WINDOW, check_settle_window
from .._plans.workflow_state import checked_state, new_state
from .._plans.workflows import ScheduledInterview, schedule_plan
from .._types import NOT_GIVEN
from ._base import (
    AsyncAPIResource,
    RawView,  # noqa: F401 (named in the base classes' view type)
    SyncAPIResource,
)

if TYPE_CHECKING:
    pass

__all__ = ["AsyncWorkflows", "ScheduleInterviewArgs", "Workflows"]


class ScheduleInterviewArgs(TypedDict, total=False):
    """The arguments of ``schedule_interview``: each of job, candidate and agent inline *or* by id."""

    job: Mapping[str, Any] | None
    """The ``jobs.create`` arguments of a new job (leave job out for a GENERIC agent)."""
    job_id: str | None
    candidate: Mapping[str, Any] | None
    """The ``candidates.create`` arguments of a new candidate (put on the job unless they name one)."""
    candidate_id: str | None
    agent: Mapping[str, Any] | None
    """The ``agents.create`` arguments of a new agent."""
    agent_id: str | None
    at: Any
    """When: a timezone-aware datetime (its offset goes on the wire), or ``None`` for as soon as possible."""
    is_test: bool
    metadata: Mapping[str, Any]
    """The interview's metadata."""


class _Steps:
    """The argument handling both twins share (nothing is sent here)."""

    _client: Any

    def _start(self, args: Mapping[str, Any]) -> dict[str, Any]:
        names = ScheduleInterviewArgs.__annotations__
        unknown = sorted(set(args) - set(names))
        if unknown:
            raise InvalidRequestError(
                f"unexpected argument {unknown[0]!r}; expected some of: {', '.join(names)}",
                argument=unknown[0],
            )
        given: dict[str, Any] = {name: args.get(name, NOT_GIVEN) for name in names}
        given["at"] = args.get("at")
        return new_state(**given, company_id=self._client.company_id)

    def _resumed(self, state: Mapping[str, Any]) -> dict[str, Any]:
        return checked_state(state, self._client.company_id)

    def _resume_plan(self, state: Mapping[str, Any], settle_window: Any) -> Plan[ScheduledInterview]:
        window = check_settle_window(settle_window)
        return schedule_plan(self._resumed(state), now=self._client._pipeline.clock, settle_window=window)


class Workflows(_Steps, SyncAPIResource["RawView[Workflows]"]):
    """Multi-step helpers that never lose or duplicate what they create."""

    def schedule_interview(self, **args: Unpack[ScheduleInterviewArgs]) -> ScheduledInterview:
        """Job → candidate → agent → interview, each given inline (a dict of create arguments) or by id.

        ``job`` may be left out for a GENERIC agent; ``at`` is a timezone-aware datetime. Every argument is
        checked before anything is sent. On a failure ``WorkflowError`` carries ``created`` and ``state``.
        """
        return self._run(
            schedule_plan(self._start(args), now=self._pipeline.clock), "workflows.schedule_interview"
        )

    def resume(
        self, state: Mapping[str, Any], *, settle_window: float = DEFAULT_SETTLE_WINDOW
    ) -> ScheduledInterview:
        """Finish a workflow from ``WorkflowError.state``; creates nothing twice (unsure steps are looked up).

        A step whose outcome was unknown is looked up once ``settle_window`` seconds (default 60) have passed
        since then, so a create the server finished late is found: resuming at once waits the rest (INFO log).
        """
        return self._run(self._resume_plan(state, settle_window), "workflows.resume")


# twin: Workflows
class AsyncWorkflows(_Steps, AsyncAPIResource["RawView[AsyncWorkflows]"]):
    """Multi-step helpers that never lose or duplicate what they create (async)."""

    async def schedule_interview(self, **args: Unpack[ScheduleInterviewArgs]) -> ScheduledInterview:
        """Job → candidate → agent → interview (the async twin of ``Workflows.schedule_interview``)."""
        return await self._run(
            schedule_plan(self._start(args), now=self._pipeline.clock), "workflows.schedule_interview"
        )

    async def resume(
        self, state: Mapping[str, Any], *, settle_window: float = DEFAULT_SETTLE_WINDOW
    ) -> ScheduledInterview:
        """Finish a workflow from ``WorkflowError.state`` (the async twin of ``Workflows.resume``)."""
        return await self._run(self._resume_plan(state, settle_window), "workflows.resume")
