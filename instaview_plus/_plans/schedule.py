"""Bulk interview scheduling: one ``POST /interviews`` per row, never two, fair across companies.

- **Rows**: ``candidate_id`` (existing) or ``candidate`` (inline ``candidates.create`` fields, created by the
  same ``POST /interviews``), ``agent_id`` (else the call's), optional ``job_id``, ``at`` (an aware datetime,
  an ISO string with an offset, or a local wall time with ``time_zone``), ``company_id`` (ATS keys),
  ``metadata``, ``is_test``. Every row is checked before anything is sent; a bad row fails alone.
- **Marker**: each interview (and an inline candidate) carries ``metadata["instaviewPlusBulk"] =
  "interview/<sha256 of the row's identity, 32 hex>"``; the identity is the company, the candidate (its id,
  or its e-mail/phone), the agent, the job and the wire schedule time.
- **Unknown outcome** (answer lost, broken connection, 500/502/504, a process killed with the POST in
  flight): the row waits out the settle window, then looks its marker up (the candidate's interviews; an
  inline candidate is found first by its marker in the candidate list) and sends again only if absent.
- **Checkpoint**: entries keyed by the marker: ``pending`` (with ``since``) before the POST, ``unknown``
  after an unknown outcome, then ``scheduled``/``existed``/``failed``. A resumed run skips done rows.
- **Fairness**: rows are handed to the workers round-robin across ``company_id`` (see ``FairQueue``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, TypeAlias, overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.parsers import model
from .._pipeline.pipeline import Call
from .._pipeline.spec import operation
from .._pipeline.wire import datetime_to_wire, short_repr
from .._telemetry import Step
from .bulk_rows import MARKER, Checkpoint, natural_key
from .lookup import find_marked
from .settle import outcome_unknown, settle_remaining

__all__ = [
    "FairQueue",
    "ScheduleProgress",
    "ScheduleResult",
    "ScheduleRecorder",
    "ScheduleRowResult",
    "prepare_rows",
    "schedule_row_plan",
]

ScheduleStatus: TypeAlias = Literal["scheduled", "existed", "failed"]
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
MAX_UNSURE = 2  # lookups-then-sends after unknown outcomes, per row and run
_DONE = frozenset({"scheduled", "existed"})
_OPEN = frozenset({"pending", "unknown"})
_CREATE = operation("createInterview", model("Interview"))


@attrs.frozen
class ScheduleRowResult:
    """One row's outcome: ``scheduled`` (by this run), ``existed`` (found by its marker, or done in an earlier
    run: ``resumed``) or ``failed`` (see ``error``)."""

    index: int
    status: ScheduleStatus
    interview_id: str | None = None
    error: InstaViewError | None = None
    company_id: str | None = None
    resumed: bool = False


@attrs.frozen
class ScheduleProgress:
    """Counts so far, handed to ``on_progress`` after each row (``last`` is the row just finished)."""

    total: int
    done: int
    scheduled: int
    existed: int
    failed: int
    last: ScheduleRowResult


class ScheduleResult(Sequence[ScheduleRowResult]):
    """One ``ScheduleRowResult`` per input row, in input order, with the counts."""

    def __init__(self, rows: Sequence[ScheduleRowResult]) -> None:
        self._rows = list(rows)

    @overload
    def __getitem__(self, index: int) -> ScheduleRowResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ScheduleRowResult]: ...
    def __getitem__(self, index: int | slice) -> ScheduleRowResult | Sequence[ScheduleRowResult]:
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def scheduled(self) -> int:
        """Rows whose interview this run created."""
        return sum(1 for r in self._rows if r.status == "scheduled")

    @property
    def existed(self) -> int:
        """Rows whose interview was already there (found by its marker, or done in the checkpoint)."""
        return sum(1 for r in self._rows if r.status == "existed")

    @property
    def failed(self) -> int:
        """Rows that failed (each with its ``error``)."""
        return len(self.failures)

    @property
    def failures(self) -> list[ScheduleRowResult]:
        """The failed rows."""
        return [r for r in self._rows if r.status == "failed"]

    def __repr__(self) -> str:
        return (
            f"<ScheduleResult rows={len(self)} scheduled={self.scheduled} existed={self.existed}"
            f" failed={self.failed}>"
        )


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


def _scope(row: SRow, query: dict[str, Any]) -> dict[str, Any]:
    if row.company_id is not None:
        query["company_id"] = row.company_id
    return query


def _find(row: SRow) -> Plan[tuple[str | None, str | None]]:
    """``(interview_id, candidate_id)`` carrying the row's marker; ``None`` for what is not there."""
    assert row.marker is not None
    candidate = row.candidate_id
    if candidate is None:
        query = _scope(row, {"search": row.search} if row.search else {})
        candidate = yield from find_marked("listCandidates", query, MARKER, row.marker, what="candidate")
        if candidate is None:
            return None, None
    query = _scope(row, {"candidate_id": candidate, "agent_id": row.agent_id})
    found = yield from find_marked("listInterviews", query, MARKER, row.marker, what="interview")
    return found, candidate


def _by_candidate_id(row: SRow, candidate_id: str) -> Call[Any]:
    """The row's call for a candidate that exists already (its inline create landed without the interview)."""
    assert row.call is not None and row.call.body is not None
    body = {k: v for k, v in row.call.body.items() if k != "candidate"}
    return attrs.evolve(row.call, body={**body, "candidateId": candidate_id})


Record = Callable[[SRow, str, "str | None", "InstaViewError | None", "float | None"], None]


def schedule_row_plan(
    row: SRow, record: Record, now: Callable[[], float], settle_window: float, lookup_first: bool
) -> Plan[ScheduleRowResult]:
    """Send one row's ``POST /interviews`` unless its marker is found (after an unknown outcome)."""
    assert row.call is not None
    yield Step(f"row {row.index}")
    call = row.call
    since: float | None = None
    if row.before is not None and row.before.get("status") in _OPEN:
        recorded = row.before.get("since")
        since = float(recorded) if isinstance(recorded, int | float) else now()
    elif lookup_first:
        since = float("-inf")
    mine = False
    last: InstaViewError | None = None

    def result(
        status: ScheduleStatus, interview_id: str | None = None, error: InstaViewError | None = None
    ) -> ScheduleRowResult:
        return ScheduleRowResult(row.index, status, interview_id, error, row.company_id)

    try:
        for _ in range(MAX_UNSURE + 1):
            if since is not None:
                wait = settle_remaining(since, now(), settle_window)
                if wait > 0:
                    yield Sleep(wait)
                found, candidate = yield from _find(row)
                if found is not None:
                    status: ScheduleStatus = "scheduled" if mine else "existed"
                    record(row, status, found, None, None)
                    return result(status, found)
                if candidate is not None and row.candidate_id is None:
                    call = _by_candidate_id(row, candidate)
            record(row, "pending", None, None, now())
            try:
                created = yield call
            except InstaViewError as exc:
                if not outcome_unknown(exc):
                    raise
                since, mine, last = now(), True, exc
                record(row, "unknown", None, exc, since)
                continue
            record(row, "scheduled", created.id, None, None)
            return result("scheduled", created.id)
    except InstaViewError as exc:
        # a row whose outcome is still open stays unknown in the checkpoint: a resume looks it up
        record(row, "unknown" if since is not None else "failed", None, exc, since)
        return result("failed", error=exc)
    return result("failed", error=last)


class FairQueue:
    """Rows handed out round-robin across their ``company_id`` (thread-safe), in input order per company."""

    def __init__(self, rows: Iterable[SRow]) -> None:
        self._queues: dict[str | None, deque[SRow]] = {}
        for row in rows:
            self._queues.setdefault(row.company_id, deque()).append(row)
        self._order: deque[str | None] = deque(self._queues)
        self._lock = threading.Lock()
        self.size = sum(len(q) for q in self._queues.values())

    def next(self) -> SRow | None:
        """The next row of the next company in turn, or ``None`` when every row has been handed out."""
        with self._lock:
            while self._order:
                company = self._order.popleft()
                queue = self._queues[company]
                if queue:
                    row = queue.popleft()
                    if queue:
                        self._order.append(company)
                    return row
            return None


class ScheduleRecorder:
    """Writes row states to the checkpoint (if any) and counts progress for ``on_progress``."""

    def __init__(
        self,
        checkpoint: Checkpoint | None,
        total: int,
        on_progress: Callable[[ScheduleProgress], Any] | None,
    ) -> None:
        self.checkpoint = checkpoint
        self.total = total
        self.on_progress = on_progress
        self.counts = {"scheduled": 0, "existed": 0, "failed": 0}
        self.done = 0
        self.results: dict[int, ScheduleRowResult] = {}
        self._lock = threading.Lock()

    def record(
        self,
        row: SRow,
        status: str,
        interview_id: str | None,
        error: InstaViewError | None,
        since: float | None,
    ) -> None:
        """Record one row state (``pending`` before a POST, ``unknown`` after an unknown outcome)."""
        if self.checkpoint is None or row.marker is None:
            return
        entry: dict[str, Any] = {"status": status, "id": interview_id, "index": row.index}
        if since is not None and since != float("-inf"):
            entry["since"] = since
        if error is not None:
            entry["error"] = f"{type(error).__name__}: {error}"
        self.checkpoint.record(row.marker, entry)

    def finished(self, result: ScheduleRowResult) -> None:
        """Count a finished row and tell ``on_progress``."""
        with self._lock:
            self.results[result.index] = result
            self.done += 1
            self.counts[result.status] += 1
            progress = ScheduleProgress(self.total, self.done, last=result, **self.counts)
        if self.on_progress is not None:
            self.on_progress(progress)

    def result(self) -> ScheduleResult:
        """Every row's result, in input order."""
        return ScheduleResult([self.results[i] for i in range(self.total)])
