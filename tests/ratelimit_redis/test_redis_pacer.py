"""The Redis pacer: one budget for every process using a key, atomic, keyed by a hash, leases that expire.

Two ``RedisPacer`` instances stand for two processes (each has only its own memory; they share Redis).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus._pipeline.pacing_redis import RedisPacer, redacted
from instaview_plus.testing import FakeInstaView
from tests.redis_server import free_port

NOW = 1_800_000_000.0
API_KEY = "sk_test_redis_pacer_secret"


def headers(remaining: int, reset: int, *, limit: int = 10, hour_left: int = 900) -> dict[str, str]:
    return {
        "x-ratelimit-limit-minute": str(limit),
        "x-ratelimit-remaining-minute": str(remaining),
        "x-ratelimit-reset-minute": str(reset),
        "x-ratelimit-limit-hour": "1000",
        "x-ratelimit-remaining-hour": str(hour_left),
        "x-ratelimit-reset-hour": str(int(NOW) + 3000),
    }


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def pair(url: str, clock: Clock, key: str = API_KEY) -> tuple[RedisPacer, RedisPacer]:
    return RedisPacer(url, key, clock=clock), RedisPacer(url, key, clock=clock)


def test_two_processes_share_one_budget(redis_client: Any, redis_url: str) -> None:
    clock = Clock()
    a, b = pair(redis_url, clock)
    a.release(headers(remaining=3, reset=int(NOW) + 7))  # a report, as from a response
    assert a.reserve() == 0.0
    assert b.reserve() == 0.0
    assert a.reserve() == 0.0
    assert b.reserve() == 7.0  # 3 left, 3 in flight (two of them a's): wait for the reset
    b.release(headers(remaining=2, reset=int(NOW) + 7))  # one of them answered
    assert a.reserve() == 7.0  # 2 left, 2 still in flight and the waiting one holds its slot
    clock.now += 7
    b.resume()  # the waiting requests go (their slots were taken when they started waiting)
    a.resume()
    assert a.reserve() == 0.0  # the window has reset: 10 per window, 4 in flight


def test_a_later_window_wins_and_a_stale_report_is_ignored(redis_client: Any, redis_url: str) -> None:
    clock = Clock()
    a, b = pair(redis_url, clock)
    a.release(headers(remaining=0, reset=int(NOW) + 5))
    b.release(headers(remaining=4, reset=int(NOW) + 5))  # answered earlier, arrived later: it no longer holds
    assert b.reserve() == 5.0
    b.release(headers(remaining=9, reset=int(NOW) + 65))  # the next window
    assert a.reserve() == 0.0


def test_the_hour_window_counts_too(redis_client: Any, redis_url: str) -> None:
    clock = Clock()
    a, b = pair(redis_url, clock)
    a.release(headers(remaining=50, reset=int(NOW) + 30, hour_left=0))
    assert b.reserve() == 60.0  # capped at a minute: the hour resets in 3000 s


def test_a_killed_process_gives_its_slots_back_after_the_lease(redis_client: Any, redis_url: str) -> None:
    clock = Clock()
    a = RedisPacer(redis_url + "?lease=5", API_KEY, clock=clock)
    b = RedisPacer(redis_url, API_KEY, clock=clock)
    a.release(headers(remaining=1, reset=int(NOW) + 30))
    assert a.reserve() == 0.0  # ... and a dies here, never releasing
    assert b.reserve() == 30.0
    b.release(None)  # b's request ends (no response): its slot goes back at once
    clock.now += 6
    assert b.reserve() == 0.0  # a's lease has expired


def test_state_is_keyed_by_a_hash_never_the_key(redis_client: Any, redis_url: str) -> None:
    clock = Clock()
    a = RedisPacer(redis_url, API_KEY, clock=clock)
    other = RedisPacer(redis_url, "sk_test_another_key", clock=clock)
    a.release(headers(remaining=0, reset=int(NOW) + 9))
    assert other.reserve() == 0.0  # another key has its own budget
    keys = [k.decode() for k in redis_client.keys("*")]
    assert keys and all(k.startswith("instaview:pacer:") for k in keys)
    dump = " ".join(keys) + " ".join(str(redis_client.hgetall(k)) for k in keys if k.endswith(":info"))
    assert API_KEY not in dump and "redis_pacer_secret" not in dump


def test_threads_never_overshoot_the_reported_budget(redis_client: Any, redis_url: str) -> None:
    clock = Clock()
    pacers = [RedisPacer(redis_url, API_KEY, clock=clock) for _ in range(4)]
    pacers[0].release(headers(remaining=25, reset=int(NOW) + 60))
    granted: list[int] = []

    def grab(p: RedisPacer) -> None:
        for _ in range(20):
            if p.reserve() == 0.0:
                granted.append(1)

    threads = [threading.Thread(target=grab, args=(p,)) for p in pacers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(granted) == 25  # atomic: exactly the budget, across 4 "processes"


def test_served_fake_paced_across_clients_gets_no_429(redis_client: Any, redis_url: str) -> None:
    """Four clients (four pacers, as four processes would have) share 6 requests per 1-s window."""
    fake = FakeInstaView(seed=0, rate_limit_per_minute=6, rate_limit_window=1)
    with fake.serve() as base_url:
        clients = [iv.InstaView(api_key=API_KEY, base_url=base_url, rate_limit=redis_url) for _ in range(4)]
        job_id = clients[0].jobs.create(title="Shared", description="Shared budget", status="OPEN").id
        rows = [
            {
                "first_name": "R",
                "last_name": f"N{i}",
                "email": f"r{i}@example.com",
                "gdpr_expiry_date": "2027-12-31",
            }
            for i in range(24)
        ]
        results: list[iv.BulkResult] = []
        threads = [
            threading.Thread(
                target=lambda c=c, i=i: results.append(
                    c.bulk.create_candidates(rows[i::4], job_id=job_id, concurrency=1)
                )
            )
            for i, c in enumerate(clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for c in clients:
            c.close()
    assert sum(r.created for r in results) == 24
    assert fake.served[429] == 0
    assert len(fake.state.candidates) == 24


def test_unreachable_redis_raises_before_sending(redis_url: str) -> None:
    fake = FakeInstaView(seed=0)
    dead = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    client = iv.InstaView(api_key=API_KEY, http_client=fake.http_client(), rate_limit=dead)
    with pytest.raises(iv.APIConnectionError, match="cannot reach Redis") as info:
        client.jobs.list()
    assert "hunter2" not in str(info.value) and "on_error=local" in str(info.value)
    assert sum(fake.served.values()) == 0  # nothing was sent


def test_unreachable_redis_falls_back_with_a_warning(redis_url: str) -> None:
    fake = FakeInstaView(seed=0)
    dead = f"redis://127.0.0.1:{free_port()}/0?on_error=local"
    client = iv.InstaView(api_key=API_KEY, http_client=fake.http_client(), rate_limit=dead)
    with pytest.warns(RuntimeWarning, match="pacing per process"):
        client.jobs.list()
    client.jobs.list()  # still local: no second warning within 30 s
    assert fake.served[200] == 2


def test_bad_options_are_refused(redis_url: str) -> None:
    with pytest.raises(iv.InvalidRequestError, match="on_error"):
        iv.InstaView(api_key=API_KEY, rate_limit=redis_url + "?on_error=maybe")
    with pytest.raises(iv.InvalidRequestError, match="lease"):
        iv.InstaView(api_key=API_KEY, rate_limit=redis_url + "?lease=0")
    with pytest.raises(iv.InvalidRequestError, match="redis:// URL"):
        iv.InstaView(api_key=API_KEY, rate_limit="memcached://x")
    assert redacted("redis://u:pw@h:1/0") == "redis://u:***@h:1/0"
    assert "pw" not in repr(RedisPacer("redis://u:pw@127.0.0.1:1/0", API_KEY))


def test_import_instaview_plus_never_imports_redis() -> None:
    code = (
        "import sys, instaview_plus, instaview_plus.testing;"
        "c = instaview_plus.InstaView(api_key='sk_test_x');"
        "c.bulk;"
        "assert 'redis' not in sys.modules, sorted(m for m in sys.modules if 'redis' in m)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_async_client_paces_through_redis(redis_client: Any, redis_url: str) -> None:
    import asyncio

    fake = FakeInstaView(seed=0, rate_limit_per_minute=4, rate_limit_window=1)

    async def go() -> iv.BulkResult:
        async with iv.AsyncInstaView(
            api_key=API_KEY, http_client=fake.async_http_client(), rate_limit=redis_url
        ) as client:
            job = await client.jobs.create(title="Async", description="Async shared budget", status="OPEN")
            rows = [
                {
                    "first_name": "A",
                    "last_name": f"S{i}",
                    "email": f"a{i}@example.com",
                    "gdpr_expiry_date": "2027-12-31",
                }
                for i in range(10)
            ]
            return await client.bulk.create_candidates(rows, job_id=job.id, concurrency=3)

    result = asyncio.run(go())
    assert result.created == 10
    assert fake.served[429] == 0
    info = [k for k in redis_client.keys("*") if k.endswith(b":info")]
    assert len(info) == 1 and redis_client.hget(info[0], "lim_m") == b"4"
    assert redis_client.zcard(info[0].replace(b":info", b":inflight")) == 0  # every slot given back


def test_a_request_cancelled_while_waiting_gives_its_lease_back(redis_client: Any, redis_url: str) -> None:
    """reserve() takes a lease even when it says wait; a wait that is cancelled must not keep it."""
    import asyncio

    import httpx

    clock = Clock()
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json={"success": True, "data": {"deleted": True}})

    async def main() -> None:
        watcher = RedisPacer(redis_url, API_KEY, clock=clock)
        watcher.release(headers(remaining=0, reset=int(NOW) + 30))  # the budget is spent until the reset
        started = asyncio.Event()

        async def sleep(seconds: float) -> None:
            started.set()
            await asyncio.Event().wait()  # a long pacing wait, cancelled below

        client = iv.AsyncInstaView(
            api_key=API_KEY,
            rate_limit=redis_url,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)),
            sleep=sleep,
        )
        tasks = [asyncio.create_task(client.jobs.delete("job-1")) for _ in range(5)]
        await asyncio.wait_for(started.wait(), 5)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await client.close()

    asyncio.run(main())
    assert sent == []  # nothing went out while the budget was spent
    leases = [k for k in redis_client.keys("*") if k.decode().endswith(":inflight")]
    held = sum(redis_client.zcard(k) for k in leases)
    assert held == 0, f"{held} leases still held by cancelled requests"
