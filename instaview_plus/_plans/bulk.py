"""The per-row plans of a bulk import (see ``bulk_rows.py`` for the rules; ``_pipeline/drivers.py`` runs a plan).

Each row is one plan, so the same code runs in the sync thread pool and the async tasks.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan, Sleep
from .._pipeline.logs import logger
from .._pipeline.operation import Call
from .._pipeline.parsers import model
from .._pipeline.spec import operation
from .._pipeline.wire import short_repr
from .._telemetry import Step
from .bulk_rows import (
    MARKER,
    BulkProgress,
    BulkResult,
    Checkpoint,
    FileCheckpoint,
    RowResult,
    RowStatus,
    marker_for,
    natural_key,
)
from .lookup import find_marked
from .row_results import RowRecorder
from .settle import DEFAULT_SETTLE_WINDOW, outcome_unknown, settle_remaining

__all__ = ["Recorder", "check_options", "prepare", "resumed_result", "row_plan"]

MAX_UNSURE = 2  # lookups-then-creates after unknown outcomes, per row and run

_DONE = frozenset({"created", "existed"})
_CREATE = operation("createCandidate", model("Candidate"))


@attrs.define
class _Row:
    index: int
    key: str | None
    call: Call[Any] | None
    search: str | None
    before: Mapping[str, Any] | None
    error: InstaViewError | None = None


def check_options(job_id: Any, concurrency: Any, checkpoint: Any, on_progress: Any) -> Checkpoint | None:
    """Refuse bad options before anything is sent; a path becomes a ``FileCheckpoint``."""
    if not isinstance(job_id, str) or not job_id.strip():
        raise InvalidRequestError(
            f"job_id must be a non-empty job id (got {short_repr(job_id)})", argument="job_id"
        )
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        raise InvalidRequestError(
            f"concurrency must be a whole number from 1 to 64 (got {short_repr(concurrency)})",
            argument="concurrency",
        )
    if on_progress is not None and not callable(on_progress):
        raise InvalidRequestError(
            "on_progress must be a callable taking a BulkProgress", argument="on_progress"
        )
    if checkpoint is None or isinstance(checkpoint, Checkpoint):
        return checkpoint
    if isinstance(checkpoint, str | os.PathLike):
        return FileCheckpoint(checkpoint)
    raise InvalidRequestError(
        "checkpoint must be a file path or an object with load() and record(key, entry)",
        argument="checkpoint",
    )


def prepare(rows: Iterable[Mapping[str, Any]], job_id: str, checkpoint: Checkpoint | None) -> list[_Row]:
    """Check every row against the spec (nothing is sent); bad rows get their error, not an exception."""
    if isinstance(rows, Mapping | str | bytes) or not isinstance(rows, Iterable):
        raise InvalidRequestError("rows must be an iterable of candidate mappings", argument="rows")
    done = dict(checkpoint.load()) if checkpoint is not None else {}
    seen: dict[str, int] = {}
    out: list[_Row] = []
    for index, row in enumerate(rows):
        out.append(_prepare_row(index, row, job_id, done, seen))
    return out


def _prepare_row(
    index: int, row: Any, job_id: str, done: Mapping[str, Mapping[str, Any]], seen: dict[str, int]
) -> _Row:
    arg = f"rows[{index}]"
    if not isinstance(row, Mapping):
        return _Row(
            index, None, None, None, None, InvalidRequestError(f"{arg} must be a mapping", argument=arg)
        )
    key = natural_key(row)
    if key is None:
        error = InvalidRequestError(
            f"{arg} needs an email or a phone_number (its natural key within the job)",
            argument=f"{arg}.email",
        )
        return _Row(index, None, None, None, None, error)
    if key in seen:
        error = InvalidRequestError(
            f"{arg} has the same {key.split(':')[0]} as rows[{seen[key]}] (one candidate per key and job)",
            argument=arg,
        )
        return _Row(index, key, None, None, None, error)
    seen[key] = index
    meta = row.get("metadata") or {}
    if not isinstance(meta, Mapping):
        error = InvalidRequestError(f"{arg}.metadata must be a mapping", argument=f"{arg}.metadata")
        return _Row(index, key, None, None, None, error)
    extra = [j for j in row.get("job_ids") or () if j != job_id]
    fields = {k: v for k, v in row.items() if k not in ("job_id", "job_ids", "metadata")}
    fields.update(job_ids=[job_id, *extra], metadata={**meta, MARKER: marker_for(job_id, key)})
    try:
        call = build_call(_CREATE, body=fields, prefix=f"{arg}.")
    except InvalidRequestError as exc:
        return _Row(index, key, None, None, None, exc)
    # the docs say the candidate search matches names (and maybe e-mails): the last name finds it either way
    search = row.get("last_name")
    return _Row(index, key, call, search if isinstance(search, str) else None, done.get(f"{job_id}/{key}"))


def resumed_result(row: _Row) -> RowResult | None:
    """The row's outcome without sending anything: a refused row, or ``existed`` (the checkpoint has it done)."""
    if row.error is not None:
        return RowResult(row.index, row.key, "failed", error=row.error)
    before = row.before
    if before is not None and before.get("status") in _DONE:
        return RowResult(row.index, row.key, "existed", before.get("id"), resumed=True)
    return None


def _find(job_id: str, row: _Row) -> Plan[str | None]:
    """The id of the job's candidate carrying this row's marker, or ``None`` (a bounded scan)."""
    assert row.key is not None
    query: dict[str, Any] = {"job_id": job_id}
    if row.search:
        query["search"] = row.search
    return find_marked("listCandidates", query, MARKER, marker_for(job_id, row.key))


def row_plan(
    job_id: str,
    row: _Row,
    record: Callable[..., None],
    lookup_first: bool,
    *,
    now: Callable[[], float] = time.time,
    settle_window: float = DEFAULT_SETTLE_WINDOW,
) -> Plan[RowResult]:
    """Create one row's candidate unless its marker is found first (when its outcome may be unknown).

    A lookup after an unknown outcome (of this run, or a row the checkpoint left ``pending``) waits until
    ``settle_window`` seconds have passed since that outcome (``now`` is the client's clock).
    """
    assert row.call is not None
    yield Step(f"row {row.index}")
    in_flight = row.before is not None and row.before.get("status") == "pending"
    unsure = lookup_first or in_flight
    settle = in_flight  # an unknown outcome: wait out the window before looking
    since = row.before.get("unknown_since") if row.before is not None and in_flight else None
    mine = False  # an unknown outcome of this run: a find means this run created it
    last: InstaViewError | None = None
    try:
        for _ in range(MAX_UNSURE + 1):
            if unsure:
                wait = settle_remaining(since, now(), settle_window) if settle else 0.0
                if wait > 0:
                    logger.info(
                        "bulk: row %d's create outcome is unknown; waiting %.1f s (settle_window) before"
                        " looking it up, so that a create the server finished late is found, not repeated",
                        row.index,
                        wait,
                    )
                    yield Sleep(wait)
                found = yield from _find(job_id, row)
                if found is not None:
                    status: RowStatus = "created" if mine else "existed"
                    record(row, status, found, None)
                    return RowResult(row.index, row.key, status, found)
            record(row, "pending", None, None)
            try:
                created = yield row.call
            except InstaViewError as exc:
                if not outcome_unknown(exc):
                    raise
                unsure = mine = settle = True
                since = now()
                record(row, "pending", None, None, unknown_since=since)
                last = exc
                continue
            record(row, "created", created.id, None)
            return RowResult(row.index, row.key, "created", created.id)
    except InstaViewError as exc:
        # nothing was created by this answer; a row whose outcome is still open stays pending (looked up later)
        record(row, "pending" if unsure else "failed", None, exc, unknown_since=since if settle else None)
        return RowResult(row.index, row.key, "failed", error=exc)
    return RowResult(row.index, row.key, "failed", error=last)  # still pending: a resume looks it up


class Recorder(RowRecorder[RowResult, BulkProgress]):
    """Writes row states to the checkpoint (if any) and counts progress for ``on_progress``."""

    def __init__(
        self,
        job_id: str,
        checkpoint: Checkpoint | None,
        total: int,
        on_progress: Callable[[BulkProgress], Any] | None,
    ) -> None:
        super().__init__(checkpoint, total, on_progress, BulkProgress, ("created", "existed", "failed"))
        self.job_id = job_id

    def record(
        self,
        row: _Row,
        status: str,
        candidate_id: str | None,
        error: InstaViewError | None,
        *,
        unknown_since: float | None = None,
    ) -> None:
        """Record one row state (``pending`` before a POST; with ``unknown_since`` once its outcome is
        unknown, Unix seconds on the client's clock)."""
        extra = {} if unknown_since is None else {"unknown_since": unknown_since}
        key = None if row.key is None else f"{self.job_id}/{row.key}"
        self._write(key, status, candidate_id, error, **extra)

    def result(self) -> BulkResult:
        """Every row's result, in input order."""
        return BulkResult(self.in_order())
