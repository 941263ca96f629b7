"""Bulk imports: ``client.bulk`` / ``aclient.bulk``.

>>> result = client.bulk.create_candidates(
...     [{"first_name": "Jana", "last_name": "Novak", "email": "jana.bulk@example.com",
...       "gdpr_expiry_date": "2027-12-31"}],
...     job_id=job.id, concurrency=4,
... )
>>> result.created, result.existed, result.failed
(1, 0, 0)"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from .._pipeline.drivers import arun, run
from .._plans.bulk import Recorder, check_options, prepare, resumed_result, row_plan
from .._plans.bulk_rows import BulkProgress, BulkResult, Checkpoint, RowResult
from ._base import AsyncAPIResource, RawView, SyncAPIResource  # noqa: F401 (RawView: in the base classes)

__all__ = ["AsyncBulk", "Bulk"]

ProgressCallback = Callable[[BulkProgress], Any]


def _start(
    rows: Iterable[Mapping[str, Any]],
    job_id: Any,
    concurrency: Any,
    checkpoint: Any,
    on_progress: Any,
) -> tuple[int, Recorder, dict[int, RowResult], list[Any]]:
    """Check the options and rows (nothing sent); the rows' count, recorder, known results and rows to do."""
    ckpt = check_options(job_id, concurrency, checkpoint, on_progress)
    prepared = prepare(rows, job_id, ckpt)
    recorder = Recorder(job_id, ckpt, len(prepared), on_progress)
    results: dict[int, RowResult] = {}
    todo = []
    for row in prepared:
        done = resumed_result(row)
        if done is None:
            todo.append(row)
        else:
            results[row.index] = done
            recorder.finished(done)
    return len(prepared), recorder, results, todo


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
        ``on_progress(BulkProgress)`` is called after each row.
        """
        total, recorder, results, todo = _start(rows, job_id, concurrency, checkpoint, on_progress)
        sleep = self._pipeline.sleep or time.sleep
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="instaview-bulk") as pool:
            futures = [
                pool.submit(
                    run,
                    row_plan(job_id, row, recorder.record, lookup_first),
                    self._pipeline,
                    self._http,
                    sleep,
                )
                for row in todo
            ]
            try:
                for future in as_completed(futures):
                    result = future.result()
                    results[result.index] = result
                    recorder.finished(result)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return BulkResult([results[i] for i in range(total)])


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
    ) -> BulkResult:
        """Like ``Bulk.create_candidates``, awaited: ``concurrency`` tasks share the client's pacer."""
        import asyncio

        total, recorder, results, queue = _start(rows, job_id, concurrency, checkpoint, on_progress)
        sleep = self._pipeline.sleep or asyncio.sleep
        pending = iter(queue)

        async def worker() -> None:
            for row in pending:  # shared iterator: each row goes to exactly one worker
                plan = row_plan(job_id, row, recorder.record, lookup_first)
                result = await arun(plan, self._pipeline, self._http, sleep)
                results[result.index] = result
                recorder.finished(result)

        tasks = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(queue)))]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            raise
        return BulkResult([results[i] for i in range(total)])
