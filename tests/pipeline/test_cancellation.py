"""Cancellation never leaks pacing slots: hundreds of requests cancelled while waiting for a window or in
flight (``asyncio.wait_for``, ``task.cancel()``, a failing ``TaskGroup``; ``KeyboardInterrupt`` in sync
code), then full throughput: no request waits while the server reports budget left.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

import instaview_plus as iv

from .._support.hostile import KEY
from .._support.stats import count

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

BUDGET = 20  # requests the server says are left in the (long) current window
OK = {"success": True, "data": True, "error": None, "timestamp": "t"}


def _headers() -> dict[str, str]:
    reset = str(int(time.time()) + 3600)
    return {"x-ratelimit-remaining-minute": str(BUDGET), "x-ratelimit-reset-minute": reset}


class Hanging:
    """Answers ``/jobs/ok*`` at once (with budget left); every other request hangs until cancelled."""

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.startswith("/jobs/ok"):
            await asyncio.Event().wait()
        return httpx.Response(200, json=OK, headers=_headers())


async def _scenario() -> tuple[int, list[float], int]:
    pauses: list[float] = []
    cancelling = [True]

    async def pacing_sleep(seconds: float) -> None:
        pauses.append(seconds)
        if cancelling[0]:  # a request made to wait for the window hangs here until cancelled
            await asyncio.Event().wait()

    http = httpx.AsyncClient(transport=httpx.MockTransport(Hanging()))
    client = iv.AsyncInstaView(api_key=KEY, http_client=http, sleep=pacing_sleep)
    await client.jobs.delete("ok-prime")  # the server's report: BUDGET left
    cancelled = 0
    for round_ in range(12):
        # more requests than the budget: BUDGET go in flight, the rest wait for the window; all are cancelled
        n = BUDGET + 5
        if round_ % 3 == 0:
            results = await asyncio.gather(
                *(asyncio.wait_for(client.jobs.delete(f"hang-{i}"), 0.01) for i in range(n)),
                return_exceptions=True,
            )
            assert all(isinstance(r, TimeoutError) for r in results)
        elif round_ % 3 == 1:
            tasks = [asyncio.create_task(client.jobs.delete(f"hang-{i}")) for i in range(n)]
            await asyncio.sleep(0.01)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        else:

            async def fail() -> None:
                await asyncio.sleep(0.01)
                raise RuntimeError("one task of the group fails")

            try:
                async with asyncio.TaskGroup() as group:
                    for i in range(n):
                        group.create_task(client.jobs.delete(f"hang-{i}"))
                    group.create_task(fail())
            except* RuntimeError:
                pass
        cancelled += n
    waited_before = len(pauses)
    cancelling[0] = False  # from here a wait is recorded and returns: a leak shows, it never hangs
    for i in range(3 * BUDGET):  # sequential: one in flight at a time, the budget never runs out
        assert await client.jobs.delete(f"ok-{i}") is True
    extra_waits = len(pauses) - waited_before
    in_flight = client._pipeline.pacer._in_flight
    await client.close()
    await http.aclose()
    return cancelled, pauses[waited_before:], in_flight + extra_waits


def test_async_cancellations_give_every_slot_back() -> None:
    cancelled, waits_after, leaked = asyncio.run(_scenario())
    for _ in range(cancelled):
        count("cancellation (async: wait_for, cancel, TaskGroup; sync: KeyboardInterrupt)")
    count("cancellation (async: wait_for, cancel, TaskGroup; sync: KeyboardInterrupt)", leaked_slots=leaked)
    assert cancelled >= 300
    assert waits_after == [] and leaked == 0


def test_sync_keyboard_interrupt_in_flight_gives_the_slot_back() -> None:
    interrupts = 300

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/jobs/stop"):
            raise KeyboardInterrupt
        return httpx.Response(200, json=OK, headers=_headers())

    pauses: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with iv.InstaView(api_key=KEY, http_client=http, sleep=pauses.append) as client:
        client.jobs.delete("ok-prime")
        for i in range(interrupts):
            try:
                client.jobs.delete(f"stop-{i}")
            except KeyboardInterrupt:
                count("cancellation (async: wait_for, cancel, TaskGroup; sync: KeyboardInterrupt)")
        for i in range(3 * BUDGET):
            assert client.jobs.delete(f"ok-{i}") is True
        leaked = client._pipeline.pacer._in_flight + len(pauses)
    count("cancellation (async: wait_for, cancel, TaskGroup; sync: KeyboardInterrupt)", leaked_slots=leaked)
    assert leaked == 0
