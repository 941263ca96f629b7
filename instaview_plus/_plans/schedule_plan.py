"""Bulk interview scheduling, its run: the per-row plan, the queue fair across companies, the recorder.

The rules (marker, unknown outcome, checkpoint, fairness) are in ``schedule.py``; a plan is run by
``_pipeline/drivers.py``, so the same code runs in the sync thread pool and the async tasks.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .._exceptions import InstaViewError
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.operation import Call
from .._telemetry import Step
from .bulk_rows import MARKER, Checkpoint
from .lookup import find_marked
from .row_results import RowRecorder
from .schedule import ScheduleProgress, ScheduleResult, ScheduleRowResult, ScheduleStatus
from .schedule_rows import SRow
from .settle import outcome_unknown, settle_remaining

__all__ = ["FairQueue", "Record", "ScheduleRecorder", "schedule_row_plan"]

MAX_UNSURE = 2  # lookups-then-sends after unknown outcomes, per row and run
_OPEN = frozenset({"pending", "unknown"})


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


class ScheduleRecorder(RowRecorder[ScheduleRowResult, ScheduleProgress]):
    """Writes row states to the checkpoint (if any) and counts progress for ``on_progress``."""

    def __init__(
        self,
        checkpoint: Checkpoint | None,
        total: int,
        on_progress: Callable[[ScheduleProgress], Any] | None,
    ) -> None:
        super().__init__(checkpoint, total, on_progress, ScheduleProgress, ("scheduled", "existed", "failed"))

    def record(
        self,
        row: SRow,
        status: str,
        interview_id: str | None,
        error: InstaViewError | None,
        since: float | None,
    ) -> None:
        """Record one row state (``pending`` before a POST, ``unknown`` after an unknown outcome)."""
        extra: dict[str, Any] = {"index": row.index}
        if since is not None and since != float("-inf"):
            extra["since"] = since
        self._write(row.marker, status, interview_id, error, **extra)

    def result(self) -> ScheduleResult:
        """Every row's result, in input order."""
        return ScheduleResult(self.in_order())
