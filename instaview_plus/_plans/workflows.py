"""The ``schedule_interview`` workflow as a plan: job → candidate → agent → interview, resumable, no duplicates.

The plan carries out the workflow's ``state`` (made and checked in ``workflow_state.py``): it creates what
is missing, in order, recording each id in the state. An ``unconfirmed`` step (its create request may have
landed without the SDK seeing the answer: timeout, dropped connection, 500/502/504) is looked up by its
marker ``metadata["instaviewPlusWorkflow"] = "<token>/<step>"`` before it is sent again, so a create that did
land is adopted, not repeated. The lookup reads every page of the narrowest filtered list (bounded by
``FIND_DEADLINE`` seconds, not by a page count); when it cannot finish, ``resume`` raises ``WorkflowError``
saying it could not rule out a duplicate, and creates nothing.

A create may commit on the server after the client gave up on it. So the state records when the outcome
became unknown (``unknown_since``, on the client's clock), and ``resume`` waits out the settle window from
that moment (``settle_window``, 60 s by default; see ``_plans/settle.py``) before the lookup, saying so at
INFO: a late commit is then visible to the lookup. A state without the moment waits the whole window.

The plan is a generator (see ``_pipeline/drivers.py``): the same code runs sync and async.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._exceptions import APIResponseValidationError, InstaViewError, InvalidRequestError, WorkflowError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.logs import logger
from .._pipeline.operation import Call, Operation
from .._pipeline.parsers import model
from .._pipeline.spec import operation, snake_names
from .._pipeline.wire import check_path_id
from .._telemetry import Step
from .lookup import LookupUndecided, find_marked
from .settle import DEFAULT_SETTLE_WINDOW, outcome_unknown, settle_remaining
from .workflow_state import MARKER, MODELS, OPS, STEPS, create_op

__all__ = ["ScheduledInterview", "schedule_plan"]


@attrs.frozen
class ScheduledInterview:
    """What ``client.workflows.schedule_interview`` made or used: ``job`` (``None`` for a GENERIC interview
    without a job), ``candidate``, ``agent`` and ``interview``, as typed models."""

    job: Any
    candidate: Any
    agent: Any
    interview: Any


def _get(step: str) -> Operation[Any]:
    return operation(OPS[step][1], model(MODELS[step]))


def _ids(state: Mapping[str, Any]) -> dict[str, str]:
    return {step: entry["id"] for step, entry in state["steps"].items() if entry["id"] is not None}


def _created(state: Mapping[str, Any]) -> dict[str, str]:
    return {
        step: entry["id"]
        for step, entry in state["steps"].items()
        if entry["id"] is not None and not entry["given"]
    }


def _create_call(step: str, state: Mapping[str, Any]) -> Call[Any]:
    """A step's create request. Its body was checked and put in wire form once, when the state was made
    (``new_state``) or read back (``checked_state``); here only the names go back to the wire's."""
    op = create_op(step)
    wire_names = snake_names(op.id, "body")
    body = {wire_names[name]: value for name, value in _body(step, state).items()}
    return Call(op=op, path_params={}, query={}, body=body)


def _body(step: str, state: Mapping[str, Any]) -> dict[str, Any]:
    """The step's create body with the ids of the earlier steps filled in."""
    body = dict(state["steps"][step]["body"])
    ids = _ids(state)
    if step == "candidate" and "job" in ids and "job_id" not in body and "job_ids" not in body:
        body["job_id"] = ids["job"]
    if step == "interview":
        body.update(candidate_id=ids["candidate"], agent_id=ids["agent"])
        if "job" in ids:
            body["job_id"] = ids["job"]
    return body


def _find_query(step: str, state: Mapping[str, Any]) -> dict[str, Any]:
    """Filters that narrow the list endpoint to where a landed create of ``step`` would be."""
    body = _body(step, state)
    if step == "job":
        query = {"search": body.get("title")}
    elif step == "candidate":
        query = {"search": body.get("email") or body.get("last_name")}
    elif step == "agent":
        query = {"type": body.get("type"), "focus": body.get("focus")}
    else:
        query = {"candidate_id": body.get("candidate_id"), "agent_id": body.get("agent_id")}
    return {key: value for key, value in query.items() if value is not None}


def _find(step: str, state: Mapping[str, Any]) -> Plan[str | None]:
    """The id of the object this workflow's ``step`` created, if its create landed; else ``None``.

    Raises ``LookupUndecided`` when the list cannot be read to its end (see ``lookup.py``).
    """
    marker = f"{state['token']}/{step}"
    found = yield from find_marked(OPS[step][2], _find_query(step, state), MARKER, marker, what=step)
    return None if found is None else _usable_id(step, found)


def _failure(step: str, state: dict[str, Any], exc: InstaViewError) -> WorkflowError:
    entry = state["steps"][step]
    state["failed_step"] = step
    created = _created(state)
    done = ", ".join(f"{k}={v}" for k, v in created.items()) or "nothing"
    unsure = (
        f" The {step} may have been created: resume() waits out the settle window, then looks it up"
        " before creating it again."
        if entry["unconfirmed"]
        else ""
    )
    if isinstance(exc, LookupUndecided):
        unsure = (
            f" Could not rule out a duplicate: the {step} may already exist (metadata.{MARKER} ="
            f" {state['token']}/{step!s}); nothing was created. Check, then resume() again."
        )
    return WorkflowError(
        f"schedule_interview stopped at the {step} step ({type(exc).__name__}: {exc}). Created so far:"
        f" {done}.{unsure} Fix the cause, then call client.workflows.resume(error.state).",
        created=created,
        state=copy.deepcopy(state),
    )


def schedule_plan(
    state: dict[str, Any],
    *,
    now: Callable[[], float] = time.time,
    settle_window: float = DEFAULT_SETTLE_WINDOW,
) -> Plan[ScheduledInterview]:
    """Create what is missing in order, adopting landed-but-unconfirmed creates; then read back all four.

    An unconfirmed step is looked up only once ``settle_window`` seconds have passed since its outcome
    became unknown (``now`` is the client's clock).
    """
    fetched: dict[str, Any] = {}
    for step in STEPS:
        entry = state["steps"][step]
        if entry["id"] is not None or entry["body"] is None:
            continue
        yield Step(step)
        try:
            if entry["unconfirmed"]:
                wait = settle_remaining(state.get("unknown_since"), now(), settle_window)
                if wait > 0:
                    logger.info(
                        "resume: the %s create's outcome is unknown; waiting %.1f s (settle_window) before"
                        " looking it up, so that a create the server finished late is found, not repeated",
                        step,
                        wait,
                    )
                    yield Sleep(wait)
                found = yield from _find(step, state)
                if found is not None:
                    entry.update(id=found, unconfirmed=False)
                    continue
            created = yield _create_call(step, state)
            _usable_id(step, getattr(created, "id", None))
        except InstaViewError as exc:
            if outcome_unknown(exc):
                entry["unconfirmed"] = True
                state["unknown_since"] = now()
            raise _failure(step, state, exc) from exc
        entry.update(id=created.id, unconfirmed=False)
        fetched[step] = created
    state["failed_step"] = None
    unread = {step: object_id for step, object_id in _ids(state).items() if step not in fetched}
    if unread:
        yield Step("read back")
    try:
        for step, object_id in unread.items():
            fetched[step] = yield build_call(_get(step), path=((f"{step}_id", object_id),))
    except InstaViewError as exc:
        raise _failure(step, state, exc) from exc
    return ScheduledInterview(
        job=fetched.get("job"),
        candidate=fetched["candidate"],
        agent=fetched["agent"],
        interview=fetched["interview"],
    )


def _usable_id(step: str, value: Any) -> str:
    """The id the server gave a created object, or ``APIResponseValidationError`` (a 2xx: it was created)."""
    try:
        return check_path_id(value, f"{step}.id")
    except InvalidRequestError as exc:
        raise APIResponseValidationError(
            f"the server created the {step} but gave it an id the SDK cannot use ({exc})", status_code=201
        ) from exc
