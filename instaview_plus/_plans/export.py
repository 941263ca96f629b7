"""The results export: every finished interview since a date, resumable from a checkpoint.

The API lists interviews only per candidate, so the walk reads the candidates (``GET /candidates``, filtered
by ``job_id``), then each one's completed interviews (``GET /interviews?candidateId=...&status=COMPLETED``),
every request paced by the client. An interview is emitted when it finished (``finishedDate``, else
``updatedAt``) at or after ``since``.

**Checkpoint** (entries in a ``Checkpoint``): ``export`` holds the export's arguments and its sweep number;
``i/<interview id>`` an emitted interview, written when the consumer asks for the next item (or closes the
iterator): an item is never committed before the consumer is done with it, so after a kill only that item
comes again; ``c/<candidate id>`` a candidate whose interviews were all emitted in this sweep (skipped on a
resume without a request). When the walk finishes, the sweep number goes up: the next run with the same
checkpoint reads every candidate again and emits only interviews not emitted before (a reconciliation
sweep).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Sleep
from .._pipeline.operation import Call
from .._pipeline.parsers import model, pdf
from .._pipeline.spec import operation
from .._pipeline.wire import check_path_id, short_repr
from .bulk_rows import Checkpoint
from .checkpoint import open_checkpoint
from .pagination import SyncPage, page_op

if TYPE_CHECKING:
    from .._pipeline.pipeline import Pipeline

__all__ = [
    "AsyncExportIterator",
    "ExportIterator",
    "ExportedInterview",
    "check_since",
    "export_plan",
    "open_export_checkpoint",
]

PAGE = 100
H = TypeVar("H")
S = TypeVar("S")
_CANDIDATES = operation("listCandidates", lambda item: item)
_INTERVIEWS = operation("listInterviews", model("Interview"))
_PDF = operation("getInterviewAnalysisPdf", lambda data: data)


@attrs.frozen
class ExportedInterview:
    """One finished interview of an export: the ``Interview`` (with ``transcript`` and ``analysis``) and,
    with ``include_pdf=True``, the analysis PDF's bytes (``None`` when the server has none)."""

    interview: Any
    analysis_pdf: bytes | None = None

    @property
    def id(self) -> str:
        """The interview's id."""
        return str(self.interview.id)

    def to_dict(self) -> dict[str, Any]:
        """The interview as JSON-ready data (its wire field names)."""
        data: dict[str, Any] = self.interview.to_dict()
        return data


@attrs.frozen
class Emit:
    """A plan step: hand ``item`` to the consumer; ``commit`` runs when the consumer is done with it."""

    item: ExportedInterview
    commit: Callable[[], None]


Step = Call[Any] | Sleep | Emit
ExportPlan = Generator[Step, Any, None]


def check_since(since: Any) -> dt.datetime:
    """``since`` as an aware datetime (a ``date`` is its midnight UTC); ``InvalidRequestError`` otherwise."""
    if isinstance(since, str):
        try:
            since = dt.datetime.fromisoformat(since) if "T" in since else dt.date.fromisoformat(since)
        except ValueError as exc:
            raise InvalidRequestError(
                f"since must be a date or an aware datetime (got {short_repr(since)})", argument="since"
            ) from exc
    if isinstance(since, dt.datetime):
        if since.tzinfo is None or since.utcoffset() is None:
            raise InvalidRequestError(
                "since must be timezone-aware (or a date, meaning its midnight UTC)", argument="since"
            )
        return since
    if isinstance(since, dt.date):
        return dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    raise InvalidRequestError(
        f"since must be a date or an aware datetime (got {short_repr(since)})", argument="since"
    )


def check_query(job_id: Any, company_id: Any) -> None:
    """Refuse a bad ``job_id`` / ``company_id`` as the candidate list would (nothing is sent)."""
    query = {"job_id": job_id, "company_id": company_id, "page": 1, "limit": PAGE}
    build_call(
        page_op(_CANDIDATES, page=1, limit=PAGE), query={k: v for k, v in query.items() if v is not None}
    )


def open_export_checkpoint(value: Any, params: Mapping[str, Any]) -> tuple[Checkpoint | None, dict[str, Any]]:
    """The checkpoint and what it holds; refuses one written by an export with other arguments."""
    ckpt = open_checkpoint(value, default_name="instaview-plus:export")
    state = dict(ckpt.load()) if ckpt is not None else {}
    head = state.get("export")
    if head is not None and head.get("params") != dict(params):
        raise InvalidRequestError(
            f"the checkpoint belongs to an export with other arguments ({head.get('params')}); use another"
            " checkpoint for these",
            argument="checkpoint",
        )
    if ckpt is not None and head is None:
        ckpt.record("export", {"params": dict(params), "sweep": 0})
        state["export"] = {"params": dict(params), "sweep": 0}
    return ckpt, state


def _finished_at(interview: Any) -> dt.datetime | None:
    for name in ("finished_date", "updated_at"):
        value = getattr(interview, name, None)
        if isinstance(value, dt.datetime):
            return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return None


def _pages(op: Any, query: Mapping[str, Any]) -> Generator[Call[Any], Any, list[Any]]:
    """Every item of a filtered list, page by page (a plan fragment)."""
    out: list[Any] = []
    page = 1
    while True:
        call = build_call(page_op(op, page=page, limit=PAGE), query={**query, "page": page, "limit": PAGE})
        items, info = yield call
        out.extend(items)
        if not items or not SyncPage(items, info, _no_fetch).has_next_page():
            return out
        page += 1


def _no_fetch(page: int) -> SyncPage[Any]:
    raise AssertionError("the export fetches its pages itself")


def export_plan(
    since: dt.datetime,
    *,
    job_id: str | None,
    company_id: str | None,
    include_pdf: bool,
    checkpoint: Checkpoint | None,
    state: Mapping[str, Mapping[str, Any]],
) -> ExportPlan:
    """Walk candidates, then their completed interviews; emit each finished one not emitted before."""
    head = state.get("export") or {"params": {}, "sweep": 0}
    sweep = int(head.get("sweep", 0))
    emitted = {key[2:] for key in state if key.startswith("i/")}
    done = {key[2:] for key, entry in state.items() if key.startswith("c/") and entry.get("sweep") == sweep}
    scope = {"company_id": company_id} if company_id is not None else {}

    def record(key: str, entry: Mapping[str, Any]) -> None:
        if checkpoint is not None:
            checkpoint.record(key, entry)

    page = 1
    while True:
        query = {**scope, "page": page, "limit": PAGE, **({"job_id": job_id} if job_id else {})}
        candidates, info = yield build_call(page_op(_CANDIDATES, page=page, limit=PAGE), query=query)
        for candidate in candidates:
            cid = check_path_id(candidate.get("id") if isinstance(candidate, dict) else None, "candidate.id")
            if cid in done:
                continue
            interviews = yield from _pages(_INTERVIEWS, {**scope, "candidate_id": cid, "status": "COMPLETED"})
            for interview in interviews:
                finished = _finished_at(interview)
                iid = str(interview.id)
                if iid in emitted or finished is None or finished < since:
                    continue
                pdf = None
                if include_pdf:
                    pdf = yield from _pdf(iid, scope)
                yield Emit(ExportedInterview(interview, pdf), _committer(record, emitted, iid, cid))
            record(f"c/{cid}", {"sweep": sweep})
            done.add(cid)
        if not candidates or not SyncPage(candidates, info, _no_fetch).has_next_page():
            break
        page += 1
    record("export", {"params": head.get("params"), "sweep": sweep + 1})


def _committer(
    record: Callable[[str, Mapping[str, Any]], None], emitted: set[str], iid: str, cid: str
) -> Callable[[], None]:
    def commit() -> None:
        record(f"i/{iid}", {"candidate": cid})
        emitted.add(iid)

    return commit


def _pdf(interview_id: str, scope: Mapping[str, Any]) -> Generator[Call[Any], Any, bytes | None]:
    try:
        data = yield build_call(_PDF, path=(("interview_id", interview_id),), query=scope or None)
    except InstaViewError as exc:
        if getattr(exc, "status_code", None) == 404:  # no analysis report (yet)
            return None
        raise
    return pdf(data)


class _ExportBase(Generic[H, S]):
    """What both iterators share: the plan and how its steps are carried out (``H``: the HTTP client, ``S``:
    the sleep), the item handed out last (not committed yet), the last answer."""

    def __init__(self, plan: ExportPlan, pipeline: Pipeline, http: H, sleep: S) -> None:
        self._plan = plan
        self._pipeline, self._http, self._sleep = pipeline, http, sleep
        self._pending: Emit | None = None
        self._value: Any = None
        self._error: InstaViewError | None = None

    def _step(self) -> ExportedInterview | Call[Any] | Sleep | None:
        """The plan's next item for the consumer (kept until committed), or the next request or pause to carry
        out and answer with ``_value`` / ``_error``; ``None`` at the plan's end."""
        try:
            step = self._plan.send(self._value) if self._error is None else self._plan.throw(self._error)
        except StopIteration:
            return None
        self._value, self._error = None, None
        if isinstance(step, Emit):
            self._pending = step
            return step.item
        return step

    def _commit(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.commit()

    def _stop(self, failed: bool) -> None:
        if not failed:
            self._commit()  # the consumer is done with the item handed out last
        self._plan.close()


class ExportIterator(_ExportBase[httpx.Client, Callable[[float], Any]]):
    """The export's items (``for item in ...``); an item is committed when the next one is asked for, or on
    ``close()`` / leaving a ``with`` block without an error. An iterator dropped after an error commits
    nothing, so the item being processed comes again on the next run."""

    def __iter__(self) -> ExportIterator:
        return self

    def __next__(self) -> ExportedInterview:
        self._commit()
        while (step := self._step()) is not None:
            if isinstance(step, ExportedInterview):
                return step
            try:
                if isinstance(step, Sleep):
                    self._sleep(step.seconds)
                else:
                    self._value = self._pipeline.request(self._http, step)
            except InstaViewError as exc:
                self._error = exc
        raise StopIteration

    def close(self) -> None:
        """Commit the item handed out last and stop."""
        self._stop(failed=False)

    def __enter__(self) -> ExportIterator:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop(failed=exc[0] is not None)


# twin: ExportIterator
class AsyncExportIterator(_ExportBase[httpx.AsyncClient, Callable[[float], Awaitable[Any]]]):
    """The async twin of ``ExportIterator`` (``async for``, ``aclose()``, ``async with``)."""

    def __aiter__(self) -> AsyncExportIterator:
        return self

    async def __anext__(self) -> ExportedInterview:
        self._commit()
        while (step := self._step()) is not None:
            if isinstance(step, ExportedInterview):
                return step
            try:
                if isinstance(step, Sleep):
                    await self._sleep(step.seconds)
                else:
                    self._value = await self._pipeline.arequest(self._http, step)
            except InstaViewError as exc:
                self._error = exc
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Commit the item handed out last and stop."""
        self._stop(failed=False)

    async def __aenter__(self) -> AsyncExportIterator:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._stop(failed=exc[0] is not None)
