"""The ``schedule_interview`` workflow's state: made from the arguments, checked when handed to ``resume``.

Everything the workflow knows lives in one JSON-serialisable ``state`` dict, so a job queue can store it and
``resume`` it in another process (the plan that carries it out: ``workflows.py``). Each step records whether
its object was given by id, the request body to create it (checked against the spec before anything is
sent), the id once created, and ``unconfirmed`` when its create request may have landed without the SDK
seeing the answer; every object the workflow creates carries ``metadata["instaviewPlusWorkflow"] =
"<token>/<step>"``. A state handed back to ``resume`` is checked part by part before anything is sent: a
corrupted or foreign one is refused with ``InvalidRequestError`` naming the bad part.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from typing import Any

from .._exceptions import InvalidRequestError
from .._pipeline.calls import build_call
from .._pipeline.operation import Operation
from .._pipeline.parsers import model
from .._pipeline.spec import operation
from .._pipeline.wire import check_path_id, datetime_to_wire, is_uuid, short_repr, snake
from .._types import NotGiven

__all__ = ["MARKER", "MODELS", "OPS", "STEPS", "checked_state", "create_op", "new_state"]

STEPS = ("job", "candidate", "agent", "interview")
MARKER = "instaviewPlusWorkflow"
WORKFLOW = "schedule_interview"
VERSION = 1
_PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000"  # stands in for earlier steps' ids in checks

MODELS = {"job": "Job", "candidate": "Candidate", "agent": "Agent", "interview": "Interview"}
# each step's (create, get, list) operationIds
OPS: dict[str, tuple[str, str, str]] = {
    step: (f"create{name}", f"get{name}", f"list{name}s") for step, name in MODELS.items()
}


def create_op(step: str) -> Operation[Any]:
    """The create operation of ``step``."""
    return operation(OPS[step][0], model(MODELS[step]))


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
    call = build_call(create_op(step), body=_with_marker(inline, token, step, step), prefix=prefix)
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
        build_call(create_op(step), body=filled)
    except InvalidRequestError as exc:
        return f"has a bad 'body': {exc}"
    return None
