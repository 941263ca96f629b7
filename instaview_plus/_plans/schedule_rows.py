"""Bulk interview scheduling, its rows: checked before anything is sent, each with its create call and marker.

The rules (fields, marker, checkpoint) are in ``schedule.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.calls import build_call
from .._pipeline.operation import Call
from .._pipeline.parsers import model
from .._pipeline.spec import operation
from .._pipeline.wire import datetime_to_wire, short_repr
from .bulk_rows import MARKER, Checkpoint, natural_key
from .schedule import ScheduleRowResult

__all__ = ["ROW_FIELDS", "SRow", "prepare_rows", "resumed_row", "schedule_time"]

ROW_FIELDS = frozenset(
    {
        "candidate_id",
        "candidate",
        "agent_id",
        "job_id",
        "at",
        "time_zone",
        "company_id",
        "metadata",
        "is_test",
    }
)
_DONE = frozenset({"scheduled", "existed"})
_CREATE = operation("createInterview", model("Interview"))


@attrs.define
class SRow:
    """A checked row: its create call, marker and what to look it up by."""

    index: int
    company_id: str | None = None
    marker: str | None = None
    call: Call[Any] | None = None
    candidate_id: str | None = None
    agent_id: str | None = None
    search: str | None = None  # an inline candidate's lookup text
    before: Mapping[str, Any] | None = None
    error: InstaViewError | None = None


def _fail(index: int, field: str | None, message: str) -> SRow:
    arg = f"rows[{index}]" + (f".{field}" if field else "")
    return SRow(index, error=InvalidRequestError(f"{arg} {message}", argument=arg))


def schedule_time(at: Any, time_zone: Any, arg: str) -> str | None:
    """The wire ``scheduleTime`` of ``at`` (kept with its own offset), or ``None`` (start now)."""
    if at is None:
        if time_zone is not None:
            raise InvalidRequestError(f"{arg}.time_zone is given without at", argument=f"{arg}.time_zone")
        return None
    if time_zone is None:
        return datetime_to_wire(at, f"{arg}.at")
    if not isinstance(time_zone, str):
        raise InvalidRequestError(f"{arg}.time_zone must be an IANA name", argument=f"{arg}.time_zone")
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidRequestError(
            f"{arg}.time_zone {short_repr(time_zone)} is not a known IANA time zone",
            argument=f"{arg}.time_zone",
        ) from exc
    if isinstance(at, str):
        try:
            at = dt.datetime.fromisoformat(at.strip())
        except ValueError as exc:
            raise InvalidRequestError(
                f"{arg}.at must be a local wall time like '2026-12-10 10:00' (got {short_repr(at)})",
                argument=f"{arg}.at",
            ) from exc
    if not isinstance(at, dt.datetime) or at.tzinfo is not None:
        raise InvalidRequestError(
            f"{arg}.at with time_zone must be a local wall time (no offset) like '2026-12-10 10:00'",
            argument=f"{arg}.at",
        )
    return datetime_to_wire(at.replace(tzinfo=zone), f"{arg}.at")


def _identity(company: Any, candidate: str, agent: Any, job: Any, when: str | None) -> str:
    raw = json.dumps([company, candidate, agent, job, when], separators=(",", ":"))
    return "interview/" + hashlib.sha256(raw.encode()).hexdigest()[:32]


def prepare_rows(
    rows: Iterable[Mapping[str, Any]], agent_id: str | None, checkpoint: Checkpoint | None
) -> list[SRow]:
    """Check every row (nothing is sent); bad rows carry their error instead of raising."""
    if isinstance(rows, Mapping | str | bytes) or not isinstance(rows, Iterable):
        raise InvalidRequestError("rows must be an iterable of row mappings", argument="rows")
    done = dict(checkpoint.load()) if checkpoint is not None else {}
    seen: dict[str, int] = {}
    out = []
    for index, row in enumerate(rows):
        prepared = _prepare(index, row, agent_id)
        marker = prepared.marker
        if marker is not None:
            if marker in seen:
                prepared = _fail(index, None, f"schedules the same interview as rows[{seen[marker]}]")
            else:
                seen[marker] = index
                prepared.before = done.get(marker)
        out.append(prepared)
    return out


def _prepare(index: int, row: Any, default_agent: str | None) -> SRow:
    arg = f"rows[{index}]"
    if not isinstance(row, Mapping):
        return _fail(index, None, "must be a mapping")
    unknown = sorted(str(k) for k in row if k not in ROW_FIELDS)
    if unknown:
        return _fail(index, unknown[0], f"is not a row field (fields: {', '.join(sorted(ROW_FIELDS))})")
    cand_id, inline = row.get("candidate_id"), row.get("candidate")
    if (cand_id is None) == (inline is None):
        return _fail(index, "candidate_id", "or candidate (an inline candidate): exactly one is required")
    agent = row.get("agent_id", default_agent)
    if agent is None:
        return _fail(index, "agent_id", "is required (in the row, or agent_id= for every row)")
    meta = row.get("metadata") or {}
    if not isinstance(meta, Mapping):
        return _fail(index, "metadata", "must be a mapping")
    company = row.get("company_id")
    try:
        when = schedule_time(row.get("at"), row.get("time_zone"), arg)
        if inline is not None:
            if not isinstance(inline, Mapping):
                return _fail(index, "candidate", "must be a mapping of candidates.create fields")
            key = natural_key(inline)
            if key is None:
                return _fail(
                    index, "candidate.email", "or candidate.phone_number is required (its natural key)"
                )
            identity = _identity(company, key, agent, row.get("job_id"), when)
            cand_meta = inline.get("metadata") or {}
            if not isinstance(cand_meta, Mapping):
                return _fail(index, "candidate.metadata", "must be a mapping")
            body: dict[str, Any] = {"candidate": {**inline, "metadata": {**cand_meta, MARKER: identity}}}
            search = inline.get("last_name") or inline.get("email")
        else:
            identity = _identity(company, f"id:{cand_id}", agent, row.get("job_id"), when)
            body = {"candidate_id": cand_id}
            search = None
        body.update(agent_id=agent, metadata={**meta, MARKER: identity})
        for field in ("job_id", "is_test"):
            if row.get(field) is not None:
                body[field] = row[field]
        if when is not None:
            body["schedule_time"] = when
        query = {"company_id": company} if company is not None else None
        call = build_call(_CREATE, body=body, query=query, prefix=f"{arg}.")
    except InvalidRequestError as exc:
        return SRow(index, error=exc)
    return SRow(
        index,
        company_id=company,
        marker=identity,
        call=call,
        candidate_id=cand_id,
        agent_id=agent,
        search=search if isinstance(search, str) else None,
    )


def resumed_row(row: SRow) -> ScheduleRowResult | None:
    """The row's outcome without sending anything: a refused row, or ``existed`` (done in the checkpoint)."""
    if row.error is not None:
        return ScheduleRowResult(row.index, "failed", error=row.error, company_id=row.company_id)
    before = row.before
    if before is not None and before.get("status") in _DONE:
        return ScheduleRowResult(
            row.index, "existed", before.get("id"), company_id=row.company_id, resumed=True
        )
    return None
