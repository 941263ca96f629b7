"""Celery tasks that import candidates (``client.bulk.create_candidates``) and schedule interviews
(``client.bulk.schedule_interviews``) in chunks.

Configuration (environment of every worker):

- ``CELERY_BROKER_URL``: the Redis broker, e.g. ``redis://127.0.0.1:6379/0``;
- ``INSTAVIEW_API_KEY`` (and ``INSTAVIEW_BASE_URL``): the key every worker shares;
- ``INSTAVIEW_RATE_LIMIT``: ``redis://127.0.0.1:6379/1`` shares the key's budget across all workers
  (the default is the broker's Redis, database 1); ``auto`` paces per process;
- ``INSTAVIEW_BULK_CONCURRENCY``: requests in flight per worker process (default 4). Keep the total over
  all workers below the key's per-minute limit;
- ``INSTAVIEW_SETTLE_WINDOW``: seconds a row whose outcome is unknown waits before its lookup (default 60).

A chunk is safe to run twice or to be cut short (``acks_late`` + ``reject_on_worker_lost``: a worker killed
mid-chunk gets its message redelivered): its checkpoint lives in Redis, rows done are skipped and a row
whose POST was in flight is looked up by its marker before anything is created.
"""

from __future__ import annotations

import json
import os
from typing import Any

import redis
from celery import Celery
from checkpoint import RedisCheckpoint

import instaview_plus as iv

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")

app = Celery("instaview_import", broker=BROKER)
app.conf.update(
    task_acks_late=True,  # the message is acknowledged after the chunk, not before
    task_reject_on_worker_lost=True,  # a killed worker's chunk goes back to the queue
    worker_prefetch_multiplier=1,
    task_ignore_result=True,  # results go to Redis below, keyed by job and chunk
    broker_connection_retry_on_startup=True,
    task_serializer="json",
)

_client: iv.InstaView | None = None


def _redis() -> redis.Redis:
    return redis.Redis.from_url(BROKER)


def client() -> iv.InstaView:
    """One client per worker process (created after the fork), pacing through Redis."""
    global _client
    if _client is None:
        default = BROKER.rsplit("/", 1)[0] + "/1"
        _client = iv.InstaView(rate_limit=os.environ.get("INSTAVIEW_RATE_LIMIT", default))
    return _client


@app.task(name="instaview.import_chunk")
def import_chunk(job_id: str, chunk_id: int, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Create the chunk's candidates on ``job_id``; record progress and the outcome in Redis."""
    store = _redis()
    progress_key = f"instaview:import:{job_id}:progress"

    def on_progress(p: iv.BulkProgress) -> None:
        store.hset(progress_key, str(chunk_id), f"{p.done}/{p.total} pid={os.getpid()}")

    result = client().bulk.create_candidates(
        rows,
        job_id=job_id,
        concurrency=int(os.environ.get("INSTAVIEW_BULK_CONCURRENCY", "4")),
        checkpoint=RedisCheckpoint(store, f"instaview:import:{job_id}:chunk:{chunk_id}"),
        on_progress=on_progress,
    )
    outcome = {
        "created": result.created,
        "existed": result.existed,
        "failed": result.failed,
        "rate_limited": sum(isinstance(r.error, iv.RateLimitError) for r in result.failures),
        "pid": os.getpid(),
    }
    store.hset(f"instaview:import:{job_id}:done", str(chunk_id), json.dumps(outcome))
    return outcome


@app.task(name="instaview.schedule_chunk")
def schedule_chunk(run_id: str, chunk_id: int, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Schedule the chunk's interviews (one ``POST /interviews`` per row); record the outcome in Redis.

    The checkpoint is one Redis hash for the whole run (``redis://...?key=``), shared by every worker: a
    redelivered chunk skips its done rows and looks up the ones that were in flight.
    """
    store = _redis()
    progress_key = f"instaview:schedule:{run_id}:progress"

    def on_progress(p: iv.ScheduleProgress) -> None:
        store.hset(progress_key, str(chunk_id), f"{p.done}/{p.total} pid={os.getpid()}")

    result = client().bulk.schedule_interviews(
        rows,
        concurrency=int(os.environ.get("INSTAVIEW_BULK_CONCURRENCY", "4")),
        checkpoint=f"{BROKER}?key=instaview:schedule:{run_id}:checkpoint",
        on_progress=on_progress,
        settle_window=float(os.environ.get("INSTAVIEW_SETTLE_WINDOW", "60")),
    )
    outcome = {
        "scheduled": result.scheduled,
        "existed": result.existed,
        "failed": result.failed,
        "rate_limited": sum(isinstance(r.error, iv.RateLimitError) for r in result.failures),
        "pid": os.getpid(),
    }
    store.hset(f"instaview:schedule:{run_id}:done", str(chunk_id), json.dumps(outcome))
    return outcome


def enqueue_interviews(run_id: str, rows: list[dict[str, Any]], chunk_size: int = 20) -> int:
    """Send the rows as chunks of ``chunk_size``, each chunk of one company, the companies' chunks taking
    turns in the queue (a big company's chunks do not all go first); returns the number of chunks."""
    by_company: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        by_company.setdefault(row.get("company_id"), []).append(row)
    queues = [
        [part[i : i + chunk_size] for i in range(0, len(part), chunk_size)] for part in by_company.values()
    ]
    chunks = [queue[i] for i in range(max(map(len, queues), default=0)) for queue in queues if i < len(queue)]
    for chunk_id, chunk in enumerate(chunks):
        schedule_chunk.delay(run_id, chunk_id, chunk)
    return len(chunks)


def enqueue(job_id: str, rows: list[dict[str, Any]], chunk_size: int = 25) -> int:
    """Send the rows as chunks of ``chunk_size``; returns the number of chunks."""
    chunks = [rows[i : i + chunk_size] for i in range(0, len(rows), chunk_size)]
    for chunk_id, chunk in enumerate(chunks):
        import_chunk.delay(job_id, chunk_id, chunk)
    return len(chunks)
