"""``client.jobs.get()`` (sync and async) against raw httpx, through the same ``httpx.MockTransport`` handler.

Both sides get the documented job envelope from the same handler; the baseline is what a user writes without
the SDK: ``httpx.Client.get(url, headers=auth).json()`` (``await httpx.AsyncClient.get(...)`` for async).
"""

from __future__ import annotations

import asyncio

import httpx

import instaview_plus as iv

from ._common import (
    API_KEY,
    BASE_URL,
    JOB_ID,
    Figure,
    Stats,
    fixed_handler,
    job_envelope_bytes,
    paired_rounds,
    repeat,
    repeat_async,
    spread,
    us,
)

TARGET, STRETCH = 1.15, 1.1
URL, AUTH = f"{BASE_URL}/jobs/{JOB_ID}", {"Authorization": f"Bearer {API_KEY}"}


def _figure(name: str, sdk: Stats, raw: Stats, ratio: Stats) -> Figure:
    return Figure(
        name=name,
        measured=us(sdk.median) + "/call",
        ratio=ratio,
        target=f"<= {TARGET}x raw httpx (stretch {STRETCH}x)",
        passed=ratio.median <= TARGET,
        detail=f"sdk {spread(Stats([v * 1e6 for v in sdk.values]), '{:.1f}')} us, raw httpx"
        f" {spread(Stats([v * 1e6 for v in raw.values]), '{:.1f}')} us per call;"
        + (" stretch met" if ratio.median <= STRETCH else " stretch not met"),
    )


def run_sync(*, calls: int = 2000, rounds: int = 9, warmup: int = 300) -> Figure:
    """Sync: ``client.jobs.get(id)`` vs ``httpx.Client.get(...).json()``."""
    handler = fixed_handler(job_envelope_bytes())
    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as raw,
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
    ):
        client = iv.InstaView(api_key=API_KEY, http_client=http)
        assert client.jobs.get(JOB_ID).id == raw.get(URL, headers=AUTH).json()["data"]["id"] == JOB_ID
        sdk, base, ratio = paired_rounds(
            repeat(lambda: client.jobs.get(JOB_ID)),
            repeat(lambda: raw.get(URL, headers=AUTH).json()),
            calls=calls,
            rounds=rounds,
            warmup=warmup,
        )
    return _figure("jobs.get() sync", sdk, base, ratio)


def run_async(*, calls: int = 2000, rounds: int = 9, warmup: int = 300) -> Figure:
    """Async: ``await aclient.jobs.get(id)`` vs ``(await httpx.AsyncClient.get(...)).json()``."""
    handler = fixed_handler(job_envelope_bytes())
    loop = asyncio.new_event_loop()
    raw = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    aclient = iv.AsyncInstaView(api_key=API_KEY, http_client=http)

    async def raw_get() -> object:
        return (await raw.get(URL, headers=AUTH)).json()

    try:
        assert loop.run_until_complete(aclient.jobs.get(JOB_ID)).id == JOB_ID
        sdk, base, ratio = paired_rounds(
            repeat_async(loop, lambda: aclient.jobs.get(JOB_ID)),
            repeat_async(loop, raw_get),
            calls=calls,
            rounds=rounds,
            warmup=warmup,
        )
    finally:
        loop.run_until_complete(raw.aclose())
        loop.run_until_complete(http.aclose())
        loop.close()
    return _figure("jobs.get() async", sdk, base, ratio)
