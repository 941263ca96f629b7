"""Bulk creation: ``AsyncInstaView`` creating candidates with bounded concurrency against ``fake.serve()``.

The fake (on 127.0.0.1) limits the key to ``limit`` requests per ``window`` seconds and answers 503 to a
seeded random 3 % of the creates before applying them. The figure is the achieved creation rate over the
configured limit, with what the caller saw (429s surfaced as ``RateLimitError``, other errors) and what the
fake holds afterwards (candidates lost or duplicated, by unique e-mail).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import time
from typing import Any

import httpx

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from ._common import API_KEY, Figure


async def _create_all(
    base_url: str, emails: list[str], concurrency: int, window: int, wire: collections.Counter[int]
) -> dict[str, Any]:
    async def count(response: httpx.Response) -> None:
        wire[response.status_code] += 1

    surfaced: collections.Counter[str] = collections.Counter()
    expiry = dt.date.today() + dt.timedelta(days=365)
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(event_hooks={"response": [count]}, limits=limits, timeout=30.0) as http:
        client = iv.AsyncInstaView(api_key=API_KEY, base_url=base_url, http_client=http)

        async def create(i: int, email: str) -> None:
            async with gate:
                try:
                    await client.candidates.create(
                        first_name="Bench", last_name=f"Candidate {i}", email=email, gdpr_expiry_date=expiry
                    )
                except iv.RateLimitError:
                    surfaced["429"] += 1
                except iv.InstaViewError as exc:
                    surfaced[type(exc).__name__] += 1

        # start on a window boundary, so the first (partial) window does not flatter the achieved rate
        await asyncio.sleep(window - time.time() % window)
        start = time.perf_counter()
        await asyncio.gather(*(create(i, e) for i, e in enumerate(emails)))
        elapsed = time.perf_counter() - start
    return {"elapsed": elapsed, "surfaced": surfaced}


def run(
    *,
    candidates: int = 2000,
    limit: int = 100,
    window: int = 1,
    concurrency: int = 16,
    fail_rate: float = 0.03,
    seed: int = 8,
) -> Figure:
    """Create ``candidates`` candidates; the fake allows ``limit`` per ``window`` seconds."""
    fake = FakeInstaView(
        seed=seed, rate_limit_per_minute=limit, rate_limit_window=window, rate_limit_per_hour=10**9
    )
    fake.fail_randomly(503, rate=fail_rate, seed=seed, method="POST", path="/candidates")
    emails = [f"bench-{i:05d}@example.com" for i in range(candidates)]
    wire: collections.Counter[int] = collections.Counter()
    with fake.serve() as base_url:
        result = asyncio.run(_create_all(base_url, emails, concurrency, window, wire))
    stored = collections.Counter(c.email for c in fake.state.candidates.values())
    lost = sum(1 for e in emails if stored[e] == 0)
    duplicated = sum(n - 1 for n in stored.values() if n > 1)
    created = sum(1 for e in emails if stored[e] > 0)
    achieved = created / result["elapsed"]
    configured = limit / window
    ratio = achieved / configured
    surfaced = result["surfaced"]
    passed = ratio >= 0.9 and surfaced["429"] == 0 and lost == 0 and duplicated == 0 and not surfaced
    detail = (
        f"{created}/{candidates} created in {result['elapsed']:.1f} s = {achieved:.1f}/s vs limit {configured:.0f}/s;"
        f" surfaced 429s {surfaced['429']}, other errors {dict(surfaced - collections.Counter({'429': surfaced['429']})) or 0};"
        f" lost {lost}, duplicated {duplicated}; on the wire: "
        + ", ".join(f"{status}x{n}" for status, n in sorted(wire.items()))
    )
    return Figure(
        name=f"bulk create {candidates} (async, concurrency {concurrency}, 3 % 503s)",
        measured=f"{achieved:.1f}/s of {configured:.0f}/s",
        ratio=None,
        target=">= 0.9 of limit, 0 surfaced 429, 0 lost, 0 dup",
        passed=passed,
        detail=f"achieved/limit {ratio:.3f}; " + detail,
        extra={
            "ratio": ratio,
            "lost": lost,
            "duplicated": duplicated,
            "surfaced": dict(surfaced),
            "wire": dict(wire),
        },
    )
