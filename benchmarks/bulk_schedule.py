"""Bulk interview scheduling at the API's limit: ``bulk.schedule_interviews`` against ``fake.serve()``.

Every row has an inline candidate, so a row costs one request (``POST /interviews`` creates both). The fake
(on 127.0.0.1) limits the key to ``limit`` requests per ``window`` seconds; the physical maximum is then
``limit / window`` rows a second. The figure is rows per minute achieved over that maximum (target >= 0.9),
with the 429s the caller saw (target 0) and interviews per row in the fake afterwards (exactly 1).

Two runs: the client's own pacer (one process), and two clients sharing one pacer through Redis
(``rate_limit="redis://..."``, as separate processes would); the second needs ``redis-server`` and redis-py.
"""

from __future__ import annotations

import collections
import threading
import time
from typing import Any

import httpx

import instaview_plus as iv
from instaview_plus._plans.bulk_rows import MARKER
from instaview_plus.testing import FakeInstaView

from ._common import API_KEY, Figure


def _rows(n: int, offset: int) -> list[dict[str, Any]]:
    return [
        {
            "candidate": {
                "first_name": "Bench",
                "last_name": f"Row {i}",
                "email": f"schedule-{i:05d}@example.com",
                "gdpr_expiry_date": "2030-01-01",
            }
        }
        for i in range(offset, offset + n)
    ]


def _schedule(
    base_url: str,
    rows: list[dict[str, Any]],
    agent_id: str,
    concurrency: int,
    rate_limit: str,
    wire: collections.Counter[int],
    out: list[iv.ScheduleResult],
) -> None:
    def count(response: httpx.Response) -> None:
        wire[response.status_code] += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(event_hooks={"response": [count]}, limits=limits, timeout=30.0) as http:
        client = iv.InstaView(api_key=API_KEY, base_url=base_url, http_client=http, rate_limit=rate_limit)
        out.append(client.bulk.schedule_interviews(rows, agent_id=agent_id, concurrency=concurrency))


def run(
    *,
    rows: int = 600,
    limit: int = 40,
    window: int = 2,
    concurrency: int = 8,
    redis_url: str | None = None,
) -> Figure:
    """Schedule ``rows`` interviews (inline candidates); with ``redis_url``, two clients share the pacer."""
    fake = FakeInstaView(
        seed=5, rate_limit_per_minute=limit, rate_limit_window=window, rate_limit_per_hour=10**9
    )
    wire: collections.Counter[int] = collections.Counter()
    results: list[iv.ScheduleResult] = []
    clients = 2 if redis_url else 1
    with fake.serve() as base_url:
        with iv.InstaView(api_key=API_KEY, base_url=base_url) as setup:
            agent = setup.agents.create(
                name="Bench", type="ONLINE", focus="GENERIC", language="EN", duration=30
            )
        time.sleep(window - time.time() % window + window)  # a fresh window, started on its boundary
        share = rows // clients
        threads = [
            threading.Thread(
                target=_schedule,
                args=(
                    base_url,
                    _rows(share, k * share),
                    agent.id,
                    concurrency,
                    redis_url or "auto",
                    wire,
                    results,
                ),
            )
            for k in range(clients)
        ]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    per_row = collections.Counter(i.metadata.get(MARKER) for i in fake.state.interviews.values())
    scheduled = sum(r.scheduled for r in results)
    failed = sum(r.failed for r in results)
    surfaced = sum(1 for r in results for row in r.failures if isinstance(row.error, iv.RateLimitError))
    total = share * clients
    requests = sum(n for status, n in wire.items() if status != 429)
    per_min = scheduled / elapsed * 60
    maximum = limit / window * 60 / (requests / max(total, 1))
    ratio = per_min / maximum
    once = len(per_row) == total and set(per_row.values()) == {1}
    passed = ratio >= 0.9 and surfaced == 0 and failed == 0 and once
    pacing = "Redis-shared, 2 clients" if redis_url else "per-process"
    return Figure(
        name=f"bulk schedule {total} rows ({pacing}, concurrency {concurrency})",
        measured=f"{per_min:.0f} rows/min of {maximum:.0f}",
        ratio=None,
        target=">= 0.9 of limit/requests_per_row, 0 surfaced 429, 1 interview per row",
        passed=passed,
        detail=(
            f"achieved/max {ratio:.3f}; {scheduled}/{total} scheduled in {elapsed:.1f} s, {requests / total:.2f}"
            f" requests per row, limit {limit} per {window} s; surfaced 429s {surfaced}, failed {failed};"
            f" interviews per row {sorted(set(per_row.values()))}; on the wire: "
            + ", ".join(f"{status}x{n}" for status, n in sorted(wire.items()))
        ),
        extra={"ratio": ratio, "surfaced": surfaced, "failed": failed, "wire": dict(wire)},
    )


def run_shared(**counts: Any) -> Figure:
    """``run`` with two clients sharing one pacer through a throwaway ``redis-server``."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.redis_server import missing_reason, redis_server

    reason = missing_reason()
    if reason is not None:
        return Figure(
            name="bulk schedule (Redis-shared)",
            measured="not run",
            ratio=None,
            target="redis-server and redis-py",
            passed=False,
            detail=reason,
        )
    with redis_server() as url:
        return run(redis_url=url, **counts)
