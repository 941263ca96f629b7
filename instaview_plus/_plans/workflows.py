"""The ``schedule_interview`` workflow as a plan: job → candidate → agent → interview, resumable, no duplicates.

Everything the workflow knows lives in one JSON-serialisable ``state`` dict, so a job queue can store it and
``resume`` it in another process:

- each step records whether its object was given by id, the request body to create it (checked against the
  spec before anything is sent), the id once created, and ``unconfirmed`` when its create request may have
  landed without the SDK seeing the answer (timeout, dropped connection, 500/502/504);
- every object the workflow creates carries ``metadata["instaviewPlusWorkflow"] = "<token>/<step>"``; an
  unconfirmed step is looked up by that marker before it is sent again, so a create that did land is
  adopted, not repeated. The lookup reads every page of the narrowest filtered list (bounded by
  ``FIND_DEADLINE`` seconds, not by a page count); when it cannot finish, ``resume`` raises
  ``WorkflowError`` saying it could not rule out a duplicate, and creates nothing.

A create may commit on the server after the client gave up on it. So the state records when the outcome
became unknown (``unknown_since``, on the client's clock), and ``resume`` waits out the settle window from
that moment (``settle_window``, 60 s by default; see ``_plans/settle.py``) before the lookup, saying so at
INFO: a late commit is then visible to the lookup. A state without the moment waits the whole window.

The plan is a generator (see ``_pipeline/drivers.py``): the same code runs sync and async.
"""

from __future__ import annotations

import copy
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._exceptions import APIResponseValidationError, InstaViewError, InvalidRequestError, WorkflowError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.logs import logger
from .._pipeline.parsers import model
from .._pipeline.pipeline import Call, Operation
from .._pipeline.spec import operation, snake_names
from .._pipeline.wire import check_path_id, datetime_to_wire, is_uuid, short_repr, snake
from .._telemetry import Step
from .._types import NotGiven
from .lookup import LookupUndecided, find_marked
from .settle import DEFAULT_SETTLE_WINDOW, outcome_unknown, settle_remaining

__all__ = ["MARKER", "STEPS", "ScheduledInterview", "new_state", "checked_state", "schedule_plan"]

STEPS = ("job", "candidate", "agent", "interview")
MARKER = "instaviewPlusWorkflow"
WORKFLOW = "schedule_interview"
VERSION = 1
_PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000"  # stands in for earlier steps' ids in checks

_MODELS = {"job": "Job", "candidate": "Candidate", "agent": "Agent", "interview": "Interview"}
_OPS: dict[str, tuple[str, str, str]] = {
    step: (f"create{name}", f"get{name}", f"list{name}s") for step, name in _MODELS.items()
}


@attrs.frozen
class ScheduledInterview:
    """What ``client.workflows.schedule_interview`` made or used: ``job`` (``None`` for a GENERIC interview
    without a job), ``candidate``, ``agent`` and ``interview``, as typed models."""

    job: Any
    candidate: Any
    agent: Any
    interview: Any


def _create(step: str) -> Operation[Any]:
    return operation(_OPS[step][0], model(_MODELS[step]))


def _get(step: str) -> Operation[Any]:
    return operation(_OPS[step][1], model(_MODELS[step]))


def _snake_body(wire: Mapping[str, Any]) -> dict[str, Any]:
    """A wire body as keyword arguments that ``build_call`` accepts again unchanged (JSON values)."""
    return {snake(key): value for key, value in wire.items()}


def _with_marker(fields: Mapping[str, Any], token: str, step: str, arg: str) -> dict[str, Any]:
    meta = fields.get("metadata")
    if meta is None or isinstance(meta, NotGiven):
        meta = {}
    if not isinstance(meta, Mapping):
        raise InvalidRequestError(
            f"{arg}.metadata must be a mapping (got {type(meta).__name__})", argument=f"{arg}.metadata"
        )
    return {**fields, "metadata": {**meta, MARKER: f"{token}/{step}"}}


def _step_entry(step: str, inline: Any, given_id: Any, token: str, *, required: bool) -> dict[str, Any]:
    inline = None if isinstance(inline, NotGiven) else inline
    given_id = None if isinstance(given_id, NotGiven) else given_id
    if inline is not None and given_id is not None:
        raise InvalidRequestError(
            f"pass either {step}= (to create one) or {step}_id= (to use an existing one), not both",
            argument=step,
        )
    if given_id is not None:
        check_path_id(given_id, f"{step}_id")
        return {"given": True, "id": given_id, "body": None, "unconfirmed": False}
    if inline is None:
        if required:
            raise InvalidRequestError(
                f"missing {step}: pass {step}={{...}} to create one or {step}_id=... to use an existing one",
                argument=step,
            )
        return {"given": False, "id": None, "body": None, "unconfirmed": False}
    if not isinstance(inline, Mapping):
        raise InvalidRequestError(
            f"{step} must be a mapping of {step} fields (got {type(inline).__name__})", argument=step
        )
    # the interview's own fields are the workflow's top-level arguments: their errors carry no prefix
    prefix = "" if step == "interview" else f"{step}."
    call = build_call(_create(step), body=_with_marker(inline, token, step, step), prefix=prefix)
    return {"given": False, "id": None, "body": _snake_body(call.body or {}), "unconfirmed": False}


def new_state(
    *,
    job: Any,
    job_id: Any,
    candidate: Any,
    candidate_id: Any,
    agent: Any,
    agent_id: Any,
    at: Any,
    is_test: Any,
    metadata: Any,
    company_id: str | None,
) -> dict[str, Any]:
    """Check every argument (nothing is sent) and return the workflow's initial state."""
    token = uuid.uuid4().hex
    interview: dict[str, Any] = {"metadata": metadata}
    if at is not None and not isinstance(at, NotGiven):
        interview["schedule_time"] = datetime_to_wire(at, "at")
    if not isinstance(is_test, NotGiven):
        interview["is_test"] = is_test
    steps = {
        "job": _step_entry("job", job, job_id, token, required=False),
        "candidate": _step_entry("candidate", candidate, candidate_id, token, required=True),
        "agent": _step_entry("agent", agent, agent_id, token, required=True),
        "interview": _step_entry("interview", interview, None, token, required=True),
    }
    return {
        "workflow": WORKFLOW,
        "version": VERSION,
        "token": token,
        "company_id": company_id,
        "failed_step": None,
        "unknown_since": None,  # when a step's outcome became unknown (Unix seconds, the client's clock)
        "steps": steps,
    }


def checked_state(state: Any, company_id: str | None) -> dict[str, Any]:
    """A private copy of a state handed to ``resume``, refused with a clear error if it is not one of ours."""
    problem = None
    if not isinstance(state, Mapping) or state.get("workflow") != WORKFLOW:
        problem = "it is not a schedule_interview workflow state (pass WorkflowError.state as it was)"
    elif state.get("version") != VERSION:
        problem = f"its version {state.get('version')!r} is not {VERSION}"
    elif not isinstance(state.get("steps"), Mapping) or set(state["steps"]) != set(STEPS):
        problem = f"its steps must be exactly {', '.join(STEPS)}"
    if problem:
        raise InvalidRequestError(f"cannot resume: {problem}", argument="state")
    _check_parts(state)
    if state.get("company_id") != company_id:
        raise InvalidRequestError(
            f"cannot resume: the workflow ran for company {short_repr(state.get('company_id'))} but this client acts for"
            f" {company_id!r}; use client.for_company(state['company_id']).workflows.resume(state)",
            argument="state",
        )
    return copy.deepcopy(dict(state))


_ENTRY_KEYS = frozenset({"given", "id", "body", "unconfirmed"})


def _check_parts(state: Mapping[str, Any]) -> None:
    """Refuse a corrupted state with ``InvalidRequestError`` naming the bad part (nothing is sent)."""
    token = state.get("token")
    if not isinstance(token, str) or len(token) != 32 or not all(c in "0123456789abcdef" for c in token):
        raise InvalidRequestError(
            "cannot resume: state['token'] is not this workflow's token", argument="state['token']"
        )
    if state.get("failed_step") not in (None, *STEPS):
        raise InvalidRequestError(
            f"cannot resume: state['failed_step'] must be one of {', '.join(STEPS)} or None",
            argument="state['failed_step']",
        )
    company = state.get("company_id")
    if company is not None and not isinstance(company, str):
        raise InvalidRequestError(
            "cannot resume: state['company_id'] must be a string or None", argument="state['company_id']"
        )
    since = state.get("unknown_since")
    if since is not None and (isinstance(since, bool) or not isinstance(since, int | float)):
        raise InvalidRequestError(
            "cannot resume: state['unknown_since'] must be a number of seconds or None",
            argument="state['unknown_since']",
        )
    for step in STEPS:
        problem = _entry_problem(step, state["steps"][step], token)
        if problem:
            raise InvalidRequestError(
                f"cannot resume: state['steps'][{step!r}] {problem}", argument=f"state['steps'][{step!r}]"
            )


def _entry_problem(step: str, entry: Any, token: str) -> str | None:
    if not isinstance(entry, Mapping) or set(entry) != _ENTRY_KEYS:
        return f"must be a mapping with exactly the keys {', '.join(sorted(_ENTRY_KEYS))}"
    if not isinstance(entry["given"], bool) or not isinstance(entry["unconfirmed"], bool):
        return "has 'given' and 'unconfirmed' that are not True/False"
    if entry["id"] is not None:
        try:
            check_path_id(entry["id"], "id")
        except InvalidRequestError as exc:
            return f"has a bad 'id': {exc}"
        if step != "interview" and not is_uuid(entry["id"]):  # it goes into the interview's body [C: uuid]
            return f"has a bad 'id': {step}_id must be a UUID (got {short_repr(entry['id'])})"
    body = entry["body"]
    if body is None:
        if entry["id"] is None and (entry["given"] or step != "job"):
            return "has neither an id nor a body to create it from"
        return "is unconfirmed but has no body to look it up by" if entry["unconfirmed"] else None
    if entry["given"]:
        return "is given by id but also has a body"
    if not isinstance(body, Mapping):
        return "has a 'body' that is not a mapping"
    meta = body.get("metadata")
    if not isinstance(meta, Mapping) or meta.get(MARKER) != f"{token}/{step}":
        return f"has a body without this workflow's metadata marker ({MARKER})"
    filled = dict(body)
    if step == "interview":
        filled.setdefault("candidate_id", _PLACEHOLDER_ID)
        filled.setdefault("agent_id", _PLACEHOLDER_ID)
    try:
        build_call(_create(step), body=filled)
    except InvalidRequestError as exc:
        return f"has a bad 'body': {exc}"
    return None


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
    op = _create(step)
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
    found = yield from find_marked(_OPS[step][2], _find_query(step, state), MARKER, marker, what=step)
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
