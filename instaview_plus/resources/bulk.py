"""Bulk imports: ``client.bulk`` / ``aclient.bulk``.

>>> result = client.bulk.create_candidates(
...     [{"first_name": "Jana", "last_name": "Novak", "email": "jana.bulk@example.com",
...       "gdpr_expiry_date": "2027-12-31"}],
...     job_id=job.id, concurrency=4,
... )
>>> result.created, result.existed, result.failed
(1, 0, 0)"""

from __future__ import annotations

import contextvars
import os
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from .._exceptions import InvalidRequestError
from .._pipeline.clock import clock_of
from .._pipeline.drivers import arun, run
from .._pipeline.wire import short_repr
from .._plans.bulk import Recorder, check_options, prepare, resumed_result, row_plan
from .._plans.bulk_rows import BulkProgress, BulkResult, Checkpoint
from .._plans.checkpoint import open_checkpoint
from .._plans.schedule import ScheduleProgress, ScheduleResult
from .._plans.schedule_plan import FairQueue, ScheduleRecorder, schedule_row_plan
from .._plans.schedule_rows import prepare_rows, resumed_row
from .._plans.settle import DEFAULT_SETTLE_WINDOW, check_settle_window
from .._telemetry import plan_run
from ._base import AsyncAPIResource, RawView, SyncAPIResource  # noqa: F401 (RawView: in the base classes)

__all__ = ["AsyncBulk", "Bulk"]

ProgressCallback = Callable[[BulkProgress], Any]
ScheduleCallback = Callable[[ScheduleProgress], Any]


def _start(
    rows: Iterable[Mapping[str, Any]],
    job_id: Any,
    concurrency: Any,
    checkpoint: Any,
    on_progress: Any,
) -> tuple[Recorder, list[Any]]:
    """Check the options and rows (nothing sent): the recorder (known rows counted) and the rows to do."""
    ckpt = check_options(job_id, concurrency, checkpoint, on_progress)
    prepared = prepare(rows, job_id, ckpt)
    recorder = Recorder(job_id, ckpt, len(prepared), on_progress)
    todo = []
    for row in prepared:
        done = resumed_result(row)
        if done is None:
            todo.append(row)
        else:
            recorder.finished(done)
    return recorder, todo


def _start_schedule(
    rows: Iterable[Mapping[str, Any]],
    agent_id: Any,
    concurrency: Any,
    checkpoint: Any,
    on_progress: Any,
    settle_window: Any,
) -> tuple[ScheduleRecorder, FairQueue, float]:
    """Check the options and rows (nothing sent): the recorder (rows known already counted) and the queue."""
    if agent_id is not None and (not isinstance(agent_id, str) or not agent_id.strip()):
        raise InvalidRequestError(
            f"agent_id must be an agent id (got {short_repr(agent_id)})", argument="agent_id"
        )
    check_options("-", concurrency, None, on_progress)
    try:
        window = check_settle_window(settle_window)
    except ValueError as exc:
        raise InvalidRequestError(str(exc), argument="settle_window") from exc
    ckpt = open_checkpoint(checkpoint, default_name="instaview-plus:schedule")
    prepared = prepare_rows(rows, agent_id, ckpt)
    recorder = ScheduleRecorder(ckpt, len(prepared), on_progress)
    todo = []
    for row in prepared:
        done = resumed_row(row)
        if done is None:
            todo.append(row)
        else:
            recorder.finished(done)
    return recorder, FairQueue(todo), window


class Bulk(SyncAPIResource["RawView[Bulk]"]):
    """Paced, resumable bulk imports (sync: a thread pool of ``concurrency`` workers)."""

    def create_candidates(
        self,
        rows: Iterable[Mapping[str, Any]],
        *,
        job_id: str,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        on_progress: ProgressCallback | None = None,
        lookup_first: bool = False,
        settle_window: float = DEFAULT_SETTLE_WINDOW,
    ) -> BulkResult:
        """Create one candidate per row on ``job_id``; returns a ``BulkResult`` (one ``RowResult`` per row).

        ``rows`` are ``candidates.create`` arguments (snake_case mappings; ``email`` or ``phone_number``
        required, it is the row's natural key within the job). Each row is ``created``, ``existed`` (the
        job already has its candidate, found by ``metadata["instaviewPlusBulk"]``) or ``failed`` with its
        ``error``; a bad row fails alone, before anything is sent for it. ``concurrency`` requests are in
        flight at once, all paced by the client's rate-limit pacer (``rate_limit="redis://..."`` shares it
        between processes). ``checkpoint`` (a file path, or an object with ``load()`` and
        ``record(key, entry)``) makes the import resumable: run it again after a crash and rows done are
        skipped, rows whose POST was in flight are looked up before anything is created, so nothing is
        created twice. ``lookup_first=True`` looks every row up first (for a re-run without a checkpoint).
        ``on_progress(BulkProgress)`` is called after each row. A row whose create outcome is unknown is
        looked up only ``settle_window`` seconds (default 60) after that outcome, so a create the server
        finished late is found, not repeated (logged at INFO while waiting).
        """
        window = check_settle_window(settle_window)
        recorder, todo = _start(rows, job_id, concurrency, checkpoint, on_progress)
        sleep = self._pipeline.sleep or time.sleep
        with (
            plan_run(self._pipeline, "bulk.create_candidates"),
            ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="instaview-bulk") as pool,
        ):
            futures = [
                pool.submit(
                    contextvars.copy_context().run,  # each row's steps nest under the run's span
                    run,
                    row_plan(
                        job_id,
                        row,
                        recorder.record,
                        lookup_first,
                        now=self._pipeline.clock,
                        settle_window=window,
                    ),
                    self._pipeline,
                    self._http,
                    sleep,
                )
                for row in todo
            ]
            try:
                for future in as_completed(futures):
                    recorder.finished(future.result())
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return recorder.result()

    def schedule_interviews(
        self,
        rows: Iterable[Mapping[str, Any]],
        *,
        agent_id: str | None = None,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        on_progress: ScheduleCallback | None = None,
        settle_window: float = DEFAULT_SETTLE_WINDOW,
    ) -> ScheduleResult:
        """Schedule one interview per row (one ``POST /interviews`` each); returns a ``ScheduleResult``.

        A row is a mapping: ``candidate_id`` or ``candidate`` (inline ``candidates.create`` fields with its
        ``job_id``, created by the same request), ``agent_id`` (default: ``agent_id=``), ``job_id``, ``at``
        (an aware datetime, or a local wall time ``"2026-12-10 10:00"`` with ``time_zone="America/Chicago"``,
        sent with its own offset; absent: start now), ``company_id`` (ATS keys), ``metadata``, ``is_test``.
        Each row is ``scheduled``, ``existed`` or ``failed`` (a bad row fails alone, before anything is
        sent). An interview whose outcome is unknown is looked up by ``metadata["instaviewPlusBulk"]`` after
        ``settle_window`` seconds, never sent blindly again. ``checkpoint`` (a file path, ``redis://...?key=NAME``
        or an object with ``load()``/``record()``) makes the run resumable in any process. Workers take rows
        round-robin across ``company_id``, so a small company is not queued behind a large one.
        """
        recorder, queue, window = _start_schedule(
            rows, agent_id, concurrency, checkpoint, on_progress, settle_window
        )
        sleep = self._pipeline.sleep or time.sleep
        clock = clock_of(self._http)
        now = clock.time if clock is not None else time.time

        def worker() -> None:
            while (row := queue.next()) is not None:
                plan = schedule_row_plan(row, recorder.record, now, window, False)
                recorder.finished(run(plan, self._pipeline, self._http, sleep))

        workers = min(concurrency, queue.size)
        if workers:
            with (
                plan_run(self._pipeline, "bulk.schedule_interviews"),
                ThreadPoolExecutor(max_workers=workers, thread_name_prefix="instaview-schedule") as pool,
            ):
                # each worker's rows nest under the run (hooks' plan, the run's span)
                futures = [pool.submit(contextvars.copy_context().run, worker) for _ in range(workers)]
                for future in futures:
                    future.result()
        return recorder.result()


# twin: Bulk
class AsyncBulk(AsyncAPIResource["RawView[AsyncBulk]"]):
    """Paced, resumable bulk imports (async: ``concurrency`` tasks)."""

    async def create_candidates(
        self,
        rows: Iterable[Mapping[str, Any]],
        *,
        job_id: str,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        on_progress: ProgressCallback | None = None,
        lookup_first: bool = False,
        settle_window: float = DEFAULT_SETTLE_WINDOW,
    ) -> BulkResult:
        """Like ``Bulk.create_candidates``, awaited: ``concurrency`` tasks share the client's pacer."""
        import asyncio

        window = check_settle_window(settle_window)
        recorder, queue = _start(rows, job_id, concurrency, checkpoint, on_progress)
        sleep = self._pipeline.sleep or asyncio.sleep
        pending = iter(queue)

        async def worker() -> None:
            for row in pending:  # shared iterator: each row goes to exactly one worker
                plan = row_plan(
                    job_id, row, recorder.record, lookup_first, now=self._pipeline.clock, settle_window=window
                )
                recorder.finished(await arun(plan, self._pipeline, self._http, sleep))

        with plan_run(self._pipeline, "bulk.create_candidates"):  # the tasks copy its context
            tasks = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(queue)))]
            try:
                await asyncio.gather(*tasks)
            except BaseException:
                for task in tasks:
                    task.cancel()
                raise
        return recorder.result()

    async def schedule_interviews(
        self,
        rows: Iterable[Mapping[str, Any]],
        *,
        agent_id: str | None = None,
        concurrency: int = 4,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        on_progress: ScheduleCallback | None = None,
        settle_window: float = DEFAULT_SETTLE_WINDOW,
    ) -> ScheduleResult:
        """Like ``Bulk.schedule_interviews``, awaited: ``concurrency`` tasks share the client's pacer."""
        import asyncio

        recorder, queue, window = _start_schedule(
            rows, agent_id, concurrency, checkpoint, on_progress, settle_window
        )
        sleep = self._pipeline.sleep or asyncio.sleep
        clock = clock_of(self._http)
        now = clock.time if clock is not None else time.time

        async def worker() -> None:
            while (row := queue.next()) is not None:
                plan = schedule_row_plan(row, recorder.record, now, window, False)
                recorder.finished(await arun(plan, self._pipeline, self._http, sleep))

        with plan_run(self._pipeline, "bulk.schedule_interviews"):  # the tasks copy its context
            tasks = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, queue.size))]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            raise
        return recorder.result()
