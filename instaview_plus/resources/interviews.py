"""Interviews: ``client.interviews`` / ``aclient.interviews`` (with ``.call_attempts``).

>>> from datetime import datetime, time, timedelta
>>> from zoneinfo import ZoneInfo
>>> tomorrow = datetime.now(ZoneInfo("Australia/Adelaide")).date() + timedelta(days=1)
>>> interview = client.interviews.create(
...     candidate_id=candidate.id,
...     agent_id=agent.id,
...     job_id=job.id,
...     schedule_time=datetime.combine(tomorrow, time(7, 0), tzinfo=ZoneInfo("Australia/Adelaide")),  # +10:30
... )
>>> trial = client.interviews.create(candidate_id=candidate.id, agent_id=agent.id, job_id=job.id, is_test=True)
>>> done = client.interviews.wait(trial.id, timeout=3600)  # polls until a final status
>>> str(done.status)
'COMPLETED'
>>> pdf = client.interviews.analysis_pdf(done.id)  # the decoded PDF bytes
>>> pdf[:5]
b'%PDF-'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, TypedDict, Unpack

from .._exceptions import InvalidRequestError, WaitTimeoutError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan
from .._pipeline.parsers import pdf
from .._plans.pagination import AsyncPager, SyncPage
from .._plans.polling import check_wait_args, growing_delay, poll_plan, wait_limit
from .._types import RequestOptions
from ._base import (
    AsyncAPIResource,
    RawView,
    SyncAPIResource,
    araw,
    boolean,
    model,
    operation,
    raw,
)

if TYPE_CHECKING:
    import os

    from .._plans.bulk_rows import Checkpoint
    from .._plans.export import AsyncExportIterator, ExportIterator

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import Interview
    from instaview_plus._generated.spec.params import CreateInterviewBody, ListInterviewsQuery

    from .._pipeline.operation import Operation
    from .call_attempts import (
        AsyncCallAttempts,
        AsyncCallAttemptsWithRawResponse,
        CallAttempts,
        CallAttemptsWithRawResponse,
    )

__all__ = ["FINAL_STATUSES", "AsyncInterviews", "Interviews", "WaitOptions", "wait_decision"]

FINAL_STATUSES = frozenset({"COMPLETED", "FAILED", "CANCELLED", "CANCELED"})
"""Statuses after which an interview no longer changes (``CANCELED`` is the delete page's spelling)."""
DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_FIRST_INTERVAL = 5.0
DEFAULT_MAX_INTERVAL = 60.0


def status_text(interview: Any) -> str:
    """An interview's status as a plain string (a known enum member or a value the SDK does not know yet)."""
    status = getattr(interview, "status", None)
    return str(getattr(status, "value", status))


def wait_decision(
    interview: Any, elapsed: float, polls: int, *, timeout: float, interval: float, max_interval: float
) -> float | None:
    """What ``wait`` does after a poll (pure): ``None`` once the status is final, else seconds to sleep.

    The delay starts at ``interval`` and grows by half each poll up to ``max_interval``; the last poll is
    made at ``timeout``, after which ``WaitTimeoutError`` says the interview is still going.
    """
    status = status_text(interview)
    if status in FINAL_STATUSES:
        return None
    remaining = timeout - elapsed
    if remaining <= 0:
        raise WaitTimeoutError(
            f"interview {getattr(interview, 'id', '?')} was still {status} after {elapsed:.0f} s"
            f" (timeout={timeout:g} s); it goes on: call wait() again with a longer timeout",
            last=interview,
            timeout=timeout,
            elapsed=elapsed,
        )
    return min(growing_delay(interval, polls, max_interval), remaining)


class WaitOptions(TypedDict, total=False):
    """How ``interviews.wait`` polls."""

    timeout: float | None
    """Give up after this many seconds (default 3600); ``None``: wait until the interview is over."""
    interval: float
    """The first pause between polls, in seconds (default 5); each pause is half as long again."""
    max_interval: float
    """The longest pause between polls, in seconds (default 60)."""
    on_poll: Callable[[Interview], Any] | None
    """Called with every interview read, e.g. to show progress."""


def _wait_plan(
    interview_id: str,
    *,
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    interval: float = DEFAULT_FIRST_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    on_poll: Callable[[Interview], Any] | None = None,
    **unknown: Any,
) -> Plan[Interview]:
    check_wait_args(unknown, interval=interval, max_interval=max_interval)
    limit = wait_limit(timeout)
    decide = functools.partial(wait_decision, timeout=limit, interval=interval, max_interval=max_interval)

    def observe(interview: Interview, elapsed: float, polls: int) -> float | None:
        if on_poll is not None:
            on_poll(interview)
        return decide(interview, elapsed, polls)

    return poll_plan(build_call(_GET, path=(("interview_id", interview_id),)), observe)


def _export_plan(
    client: Any,
    since: Any,
    checkpoint: Any,
    job_id: str | None,
    company_id: str | None,
    include_pdf: bool,
) -> Any:
    """Check the export's arguments (nothing sent) and build its plan."""
    from .._plans.export import check_query, check_since, export_plan, open_export_checkpoint

    start = check_since(since)
    check_query(job_id, company_id)
    if not isinstance(include_pdf, bool):
        raise InvalidRequestError("include_pdf must be True or False", argument="include_pdf")
    company = company_id if company_id is not None else client.company_id
    params = {"since": start.isoformat(), "job_id": job_id, "company_id": company}
    ckpt, state = open_export_checkpoint(checkpoint, params)
    return export_plan(
        start, job_id=job_id, company_id=company_id, include_pdf=include_pdf, checkpoint=ckpt, state=state
    )


_CREATE: Operation[Interview] = operation("createInterview", model("Interview"))
_LIST: Operation[Interview] = operation("listInterviews", model("Interview"))
_GET: Operation[Interview] = operation("getInterview", model("Interview"))
_DELETE = operation("deleteInterview", boolean)
_PDF = operation("getInterviewAnalysisPdf", pdf)


class Interviews(SyncAPIResource["InterviewsWithRawResponse"]):
    """Schedule, read, list and delete interviews; fetch the analysis PDF; manage call attempts."""

    def create(self, **body: Unpack[CreateInterviewBody]) -> Interview:
        """Schedule an interview (``schedule_time`` must be a timezone-aware datetime; its offset is kept)."""
        return self._call(_CREATE, body=body)

    def list(self, **query: Unpack[ListInterviewsQuery]) -> SyncPage[Interview]:
        """Every interview of a candidate (``candidate_id`` is required); iterating walks all pages lazily."""
        return self._list(_LIST, query)

    def get(self, interview_id: str, **options: Unpack[RequestOptions]) -> Interview:
        """One interview by id (with its call attempts and analysis when there are any)."""
        return self._call(_GET, path=(("interview_id", interview_id),), options=options)

    def delete(self, interview_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete (cancel) an interview; returns ``True``."""
        return self._call(_DELETE, path=(("interview_id", interview_id),), options=options)

    def analysis_pdf(self, interview_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """The interview's analysis report; returns the decoded PDF bytes."""
        return self._call(_PDF, path=(("interview_id", interview_id),), options=options)

    def wait(self, interview_id: str, **options: Unpack[WaitOptions]) -> Interview:
        """Poll until the interview is COMPLETED, FAILED or CANCELLED and return it (see ``WaitOptions``).

        ``WaitTimeoutError`` after ``timeout`` seconds (the interview goes on); 429s wait ``Retry-After``.
        """
        return self._run(_wait_plan(interview_id, **options))

    def export(
        self,
        *,
        since: Any,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        job_id: str | None = None,
        company_id: str | None = None,
        include_pdf: bool = False,
    ) -> ExportIterator:
        """Every interview that finished (``COMPLETED``) at or after ``since`` (a date, or an aware datetime),
        with its transcript and analysis: an iterator of ``ExportedInterview``, walking the candidates (of
        ``job_id``, of ``company_id`` for ATS keys) and their interviews, paced.

        ``checkpoint`` (a file path, ``redis://...?key=NAME`` or an object with ``load()``/``record()``) makes
        it resumable: an item is committed when the next is asked for (or on ``close()``); a run stopped at
        any point and started again with the same checkpoint emits the rest (only the item in hand at the
        stop may come again). Run again after it finished, it emits only what finished since.
        ``include_pdf=True`` adds each analysis PDF (one more request per interview).
        """
        import time

        from .._plans.export import ExportIterator

        plan = _export_plan(self._client, since, checkpoint, job_id, company_id, include_pdf)
        return ExportIterator(plan, self._pipeline, self._http, self._pipeline.sleep or time.sleep)

    @cached_property
    def call_attempts(self) -> CallAttempts:
        """The outbound calls of phone interviews: create, reschedule, delete."""
        from .call_attempts import CallAttempts

        return CallAttempts(self._client, raw=self._raw)


# twin: Interviews
class AsyncInterviews(AsyncAPIResource["AsyncInterviewsWithRawResponse"]):
    """Schedule, read, list and delete interviews; fetch the analysis PDF; manage call attempts (async)."""

    async def create(self, **body: Unpack[CreateInterviewBody]) -> Interview:
        """Schedule an interview (``schedule_time`` must be a timezone-aware datetime; its offset is kept)."""
        return await self._call(_CREATE, body=body)

    def list(self, **query: Unpack[ListInterviewsQuery]) -> AsyncPager[Interview]:
        """Every interview of a candidate; ``async for`` walks all pages lazily, ``await`` gives the first."""
        return self._list(_LIST, query)

    async def get(self, interview_id: str, **options: Unpack[RequestOptions]) -> Interview:
        """One interview by id (with its call attempts and analysis when there are any)."""
        return await self._call(_GET, path=(("interview_id", interview_id),), options=options)

    async def delete(self, interview_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete (cancel) an interview; returns ``True``."""
        return await self._call(_DELETE, path=(("interview_id", interview_id),), options=options)

    async def analysis_pdf(self, interview_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """The interview's analysis report; returns the decoded PDF bytes."""
        return await self._call(_PDF, path=(("interview_id", interview_id),), options=options)

    async def wait(self, interview_id: str, **options: Unpack[WaitOptions]) -> Interview:
        """Poll until the interview is COMPLETED, FAILED or CANCELLED and return it (async twin)."""
        return await self._run(_wait_plan(interview_id, **options))

    def export(
        self,
        *,
        since: Any,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        job_id: str | None = None,
        company_id: str | None = None,
        include_pdf: bool = False,
    ) -> AsyncExportIterator:
        """Like ``Interviews.export``, for ``async for`` (``aclose()`` commits the item in hand)."""
        import asyncio

        from .._plans.export import AsyncExportIterator

        plan = _export_plan(self._client, since, checkpoint, job_id, company_id, include_pdf)
        return AsyncExportIterator(plan, self._pipeline, self._http, self._pipeline.sleep or asyncio.sleep)

    @cached_property
    def call_attempts(self) -> AsyncCallAttempts:
        """The outbound calls of phone interviews: create, reschedule, delete."""
        from .call_attempts import AsyncCallAttempts

        return AsyncCallAttempts(self._client, raw=self._raw)


class InterviewsWithRawResponse(RawView[Interviews]):
    """``client.interviews.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = raw(Interviews.create)
    list: Final = raw(Interviews.list)
    get: Final = raw(Interviews.get)
    delete: Final = raw(Interviews.delete)
    analysis_pdf: Final = raw(Interviews.analysis_pdf)

    @property
    def call_attempts(self) -> CallAttemptsWithRawResponse:
        """The call attempts' raw methods."""
        view: CallAttemptsWithRawResponse = self._resource.call_attempts.with_raw_response
        return view


# twin: InterviewsWithRawResponse
class AsyncInterviewsWithRawResponse(RawView[AsyncInterviews]):
    """``aclient.interviews.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = araw(AsyncInterviews.create)
    list: Final = araw(AsyncInterviews.list)
    get: Final = araw(AsyncInterviews.get)
    delete: Final = araw(AsyncInterviews.delete)
    analysis_pdf: Final = araw(AsyncInterviews.analysis_pdf)

    @property
    def call_attempts(self) -> AsyncCallAttemptsWithRawResponse:
        """The call attempts' raw methods."""
        view: AsyncCallAttemptsWithRawResponse = self._resource.call_attempts.with_raw_response
        return view
