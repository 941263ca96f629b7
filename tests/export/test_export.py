"""``client.interviews.export``: every finished interview once, resumable after a kill at any point."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from ._world import KEY, NOW, SINCE, populate

MODES = ["sync", "async"]


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=60)


def export_ids(fake: FakeInstaView, mode: str, stop_after: int | None = None, **kwargs: Any) -> list[str]:
    """Ids the export hands out; ``stop_after`` abandons the iterator mid-item (as a kill would)."""
    kwargs.setdefault("since", SINCE)
    if mode == "sync":
        with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
            out = []
            items = client.interviews.export(**kwargs)
            for item in items:
                assert item.interview.transcript and item.interview.analysis
                out.append(item.id)
                if stop_after is not None and len(out) == stop_after:
                    break  # no close(): the item in hand is not committed
            return out

    async def go() -> list[str]:
        async with iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client()) as client:
            out = []
            async for item in client.interviews.export(**kwargs):
                out.append(item.id)
                if stop_after is not None and len(out) == stop_after:
                    break
            return out

    return asyncio.run(go())


@pytest.mark.parametrize("mode", MODES)
def test_export_emits_every_finished_interview_once_paced(fake: FakeInstaView, mode: str) -> None:
    expected = populate(fake, 70)
    ids = export_ids(fake, mode)
    assert sorted(ids) == sorted(expected)
    assert fake.stats()["status"].get("429", 0) == 0  # 70 candidates: > 70 requests at 60 a minute


@pytest.mark.parametrize("mode", MODES)
def test_stopped_and_resumed_emits_the_rest_only_the_item_in_hand_again(
    fake: FakeInstaView, mode: str, tmp_path: Path
) -> None:
    expected = populate(fake, 45)
    ckpt = tmp_path / "export.checkpoint"
    first = export_ids(fake, mode, stop_after=17, checkpoint=ckpt)
    second = export_ids(fake, mode, checkpoint=str(ckpt))
    seen = Counter(first + second)
    assert set(seen) == expected
    assert [i for i, n in seen.items() if n > 1] == [first[-1]]  # only the one in hand at the stop
    # finished: a new sweep with the same checkpoint emits only what finished since
    assert export_ids(fake, mode, checkpoint=ckpt) == []
    more = populate(fake, 1)
    assert export_ids(fake, mode, checkpoint=ckpt) == sorted(more)


def test_close_commits_the_item_in_hand(fake: FakeInstaView, tmp_path: Path) -> None:
    expected = populate(fake, 10)
    ckpt = tmp_path / "c"
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        items = client.interviews.export(since=SINCE, checkpoint=ckpt)
        first = next(items).id
        items.close()
        handed: list[str] = []

        def consume_and_fail() -> None:
            with client.interviews.export(since=SINCE, checkpoint=ckpt) as again:
                handed.append(next(again).id)
                raise ValueError("the consumer failed on this item")

        with pytest.raises(ValueError, match="consumer failed"):
            consume_and_fail()
        second = handed[0]
        rest = [item.id for item in client.interviews.export(since=SINCE, checkpoint=ckpt)]
    assert first not in rest and second in rest
    assert sorted([first, *rest]) == sorted(expected)


def test_arguments_are_checked_before_anything_is_sent(fake: FakeInstaView, tmp_path: Path) -> None:
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        for kwargs, argument in [
            ({"since": dt.datetime(2026, 12, 1)}, "since"),  # naive
            ({"since": "yesterday"}, "since"),
            ({"since": SINCE, "job_id": "a/b"}, "job_id"),
            ({"since": SINCE, "include_pdf": "yes"}, "include_pdf"),
            ({"since": SINCE, "checkpoint": 3}, "checkpoint"),
        ]:
            with pytest.raises(iv.InvalidRequestError) as err:
                client.interviews.export(**kwargs)
            assert err.value.argument == argument
        ckpt = tmp_path / "c"
        client.interviews.export(since=SINCE, checkpoint=ckpt).close()
        with pytest.raises(iv.InvalidRequestError, match="other arguments"):
            client.interviews.export(since=dt.date(2026, 11, 1), checkpoint=ckpt)
    assert fake.stats()["requests_by_key"] == {}


def test_include_pdf(fake: FakeInstaView) -> None:
    expected = populate(fake, 3)
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        items = list(client.interviews.export(since=SINCE, include_pdf=True))
    assert sorted(i.id for i in items) == sorted(expected)
    assert all(i.analysis_pdf is not None and i.analysis_pdf.startswith(b"%PDF-") for i in items)


def test_cli_export_sigkilled_and_resumed(tmp_path: Path) -> None:
    """Thousands of interviews: the CLI killed with SIGKILL mid-run, run again: all emitted, at most the
    one in flight twice."""
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=1_000_000, rate_limit_per_hour=10_000_000)
    expected = populate(fake, 700)
    out, ckpt = tmp_path / "results.jsonl", tmp_path / "results.checkpoint"
    with fake.serve() as url:
        env = {**os.environ, "INSTAVIEW_API_KEY": KEY, "INSTAVIEW_BASE_URL": url}
        cmd = [sys.executable, "-m", "instaview_plus", "interviews", "export", "--since", "2026-12-01"]
        cmd += ["--out", str(out), "--checkpoint", str(ckpt)]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 300:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the export finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        at_kill = out.read_bytes().count(b"\n")
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    seen = Counter(line["id"] for line in lines)
    twice = [i for i, n in seen.items() if n > 1]
    print(
        f"export: {len(expected)} finished interviews, killed after {at_kill} lines, resumed:"
        f" {len(lines)} lines, {len(seen)} distinct, {len(twice)} twice"
    )
    assert set(seen) == expected
    assert len(twice) <= 1 and max(seen.values()) <= 2


@pytest.mark.parametrize("mode", MODES)
def test_redis_checkpoint_stopped_and_resumed(fake: FakeInstaView, mode: str) -> None:
    from tests.redis_server import redis_server, require_redis_server

    require_redis_server("the Redis checkpoint test")
    expected = populate(fake, 20)
    with redis_server() as url:
        ckpt = f"{url}?key=exports:nightly"
        first = export_ids(fake, mode, stop_after=7, checkpoint=ckpt)
        second = export_ids(fake, mode, checkpoint=ckpt)
        assert repr(iv.RedisCheckpoint(url, "exports:nightly")).startswith(
            "RedisCheckpoint('redis://127.0.0.1:"
        )
        import redis

        assert redis.Redis.from_url(url).hlen("exports:nightly") == 20 + 20 + 1  # items, candidates, head
    seen = Counter(first + second)
    assert set(seen) == expected and [i for i, n in seen.items() if n > 1] == [first[-1]]
