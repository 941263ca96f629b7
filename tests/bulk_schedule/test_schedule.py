"""``client.bulk.schedule_interviews``: one interview per row, whatever fails, fair across companies.

Sync and async twins run against the in-process fake (its clock moves on the clients' waits).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus._plans.bulk_rows import MARKER
from instaview_plus._plans.schedule_plan import FairQueue
from instaview_plus._plans.schedule_rows import prepare_rows
from instaview_plus.testing import FakeInstaView

from ._world import KEY, NOW, Fault, World, run_schedule

MODES = ["sync", "async"]
POST = {"path": "/interviews", "method": "POST"}

# every fault the fake injects on the rows' POST /interviews. Faults the row answers by sending again are
# armed twice (a row gets three sends: 503 retries, or MAX_UNSURE lookups-then-sends), so no row can run out
# whichever worker thread they hit; the others three times (the lookup finds the interview, nothing resent).
FAULTS: dict[str, Fault] = {
    "none": lambda fake: None,
    "500 (not applied)": lambda fake: fake.fail_next(500, times=2, **POST),
    "503 (retried)": lambda fake: fake.fail_next(503, times=2, **POST),
    "reset before commit": lambda fake: fake.reset_connection_next(times=2, **POST),
    "reset after commit": lambda fake: fake.reset_connection_after_commit(times=3, **POST),
    "answer lost after commit": lambda fake: fake.drop_response_after_commit(times=3, **POST),
    "late commit (+30 s)": lambda fake: fake.commit_late(30, times=3, **POST),
    "late commit (+30 s), six rows": lambda fake: fake.commit_late(30, times=6, **POST),
}


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=600)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_matrix_one_interview_per_row(fake: FakeInstaView, mode: str, fault: str) -> None:
    world = World(fake, 12)
    FAULTS[fault](fake)
    result = run_schedule(world, mode, world.rows(), concurrency=4)
    counts = world.per_row()
    assert len(counts) == 12 and set(counts.values()) == {1}, counts
    assert result.scheduled == 12 and result.failed == 0, [r.error for r in result.failures]
    assert sorted(r.interview_id for r in result) == sorted(fake.state.interviews)  # type: ignore[type-var]
    assert fake.faults.held() == 0


@pytest.mark.parametrize("mode", MODES)
def test_settle_window_is_what_catches_a_late_commit(fake: FakeInstaView, mode: str) -> None:
    """Without the wait, the lookup runs before the late commit lands and the row is sent twice."""
    world = World(fake, 3)
    fake.commit_late(30, times=1, **POST)
    run_schedule(world, mode, world.rows(), concurrency=1, settle_window=0)
    fake.advance(seconds=60)
    assert max(world.per_row().values()) == 2  # the race the settle window closes
    fake2 = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=600)
    world2 = World(fake2, 3)
    fake2.commit_late(30, times=1, **POST)
    run_schedule(world2, mode, world2.rows(), concurrency=1)  # default window: 60 s
    fake2.advance(seconds=60)
    assert set(world2.per_row().values()) == {1}


@pytest.mark.parametrize("mode", MODES)
def test_resume_from_checkpoint_skips_done_and_looks_up_pending(
    fake: FakeInstaView, mode: str, tmp_path: Path
) -> None:
    world = World(fake, 6)
    ckpt = tmp_path / "rows.jsonl"
    first = run_schedule(world, mode, world.rows()[:3], checkpoint=ckpt)
    assert first.scheduled == 3
    # a crash with row 3's POST in flight: it landed, the process recorded only "pending"
    rows = world.rows()
    prepared = prepare_rows(rows, world.agent_id, None)
    fake.drop_response_after_commit(**POST)
    with world.client() as client, pytest.raises(iv.APITimeoutError):
        client._pipeline.request(client._http, prepared[3].call)  # type: ignore[arg-type]
    assert prepared[3].marker is not None
    iv.FileCheckpoint(ckpt).record(prepared[3].marker, {"status": "pending", "since": fake.clock.timestamp()})
    before = len(fake.state.interviews)
    result = run_schedule(world, mode, rows, checkpoint=str(ckpt))
    assert [r.status for r in result] == ["existed"] * 4 + ["scheduled"] * 2
    assert [r.resumed for r in result] == [True] * 3 + [False] * 3
    assert len(fake.state.interviews) == before + 2
    assert set(world.per_row().values()) == {1}


@pytest.mark.parametrize("mode", MODES)
def test_bad_rows_fail_alone_before_anything_is_sent(fake: FakeInstaView, mode: str) -> None:
    world = World(fake, 3)
    rows: list[Any] = [
        *world.rows(),
        {"job_id": world.job_id},  # no candidate
        {"candidate_id": world.candidate_ids[0], "at": dt.datetime(2026, 5, 6, 10, 0)},  # naive
        {"candidate_id": world.candidate_ids[1], "at": "2026-05-06 10:00", "time_zone": "Mars/Base"},
        {"candidate_id": world.candidate_ids[2], "colour": "red"},
        {"candidate": {"first_name": "No", "last_name": "Key", "gdpr_expiry_date": "2027-01-01"}},
        "not a row",
        {"candidate_id": world.candidate_ids[0], "job_id": world.job_id},  # the same as rows[0]
    ]
    requests = fake.stats()["requests_by_key"]
    result = run_schedule(world, mode, rows)
    assert result.scheduled == 3 and result.failed == 7
    args = [r.error.argument for r in result.failures]  # type: ignore[union-attr]
    assert args == [
        "rows[3].candidate_id",
        "rows[4].at",
        "rows[5].time_zone",
        "rows[6].colour",
        "rows[7].candidate.email",
        "rows[8]",
        "rows[9]",
    ]
    assert sum(fake.stats()["requests_by_key"].values()) - sum(requests.values()) == 3


@pytest.mark.parametrize("mode", MODES)
def test_inline_candidate_and_local_wall_time_in_one_request(fake: FakeInstaView, mode: str) -> None:
    world = World(fake, 0)
    rows = [
        {
            "candidate": world.inline(i),
            "at": "2026-05-06 10:00",
            "time_zone": "America/Chicago",
            "metadata": {"ats": f"A-{i}"},
            "is_test": False,
        }
        for i in range(5)
    ]
    before = fake.stats()["status"].get("201", 0)
    result = run_schedule(world, mode, rows)
    assert result.scheduled == 5
    assert fake.stats()["status"]["201"] - before == 5  # one request per row
    for row in result:
        interview = fake.state.interviews[row.interview_id]  # type: ignore[index]
        assert interview.scheduled_at.utcoffset() == dt.timedelta(hours=-5)  # CDT, its own offset
        assert interview.scheduled_at.hour == 10
        assert interview.metadata["ats"].startswith("A-") and interview.metadata[MARKER]
        assert fake.state.candidates[interview.candidate_id].metadata[MARKER] == interview.metadata[MARKER]


@pytest.mark.parametrize("mode", MODES)
def test_inline_candidate_unknown_outcome_is_looked_up_by_candidate(fake: FakeInstaView, mode: str) -> None:
    world = World(fake, 0)
    rows = [{"candidate": world.inline(i)} for i in range(4)]
    fake.drop_response_after_commit(times=2, **POST)
    fake.commit_late(20, times=1, **POST)
    result = run_schedule(world, mode, rows, concurrency=2)
    assert result.scheduled == 4
    assert set(world.per_row().values()) == {1}
    assert Counter(c.last_name for c in fake.state.candidates.values()).most_common(1)[0][1] == 1


def test_fair_queue_round_robin() -> None:
    rows = prepare_rows([], None, None)
    assert rows == []
    from instaview_plus._plans.schedule_rows import SRow

    queue = FairQueue([SRow(i, company_id="A") for i in range(5)] + [SRow(9, company_id="B")])
    assert [queue.next().index for _ in range(3)] == [0, 9, 1]  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", MODES)
def test_small_company_is_not_starved(mode: str) -> None:
    """1,000 rows of company A first, then 10 of B: B's rows finish within the first 20 % of the run.

    (The async twin runs 200 rows of A: the same queue, a fifth of the time.)"""
    big = 1000 if mode == "sync" else 200
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=600, api_keys=[])
    fake.add_api_key(KEY, ats=True)
    a = fake.add_company("Big", ats_key=KEY)
    b = fake.add_company("Small", ats_key=KEY)
    world = World.__new__(World)
    world.fake = fake
    with iv.InstaView(api_key=KEY, http_client=fake.http_client(), company_id=a.id) as client:
        agent_a = client.agents.create(
            name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
        )
    with iv.InstaView(api_key=KEY, http_client=fake.http_client(), company_id=b.id) as client:
        agent_b = client.agents.create(
            name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
        )
    world.job_id, world.agent_id = None, None  # type: ignore[assignment]
    rows = [
        {"candidate_id": world.add_candidate(i, a.id), "company_id": a.id, "agent_id": agent_a.id}
        for i in range(big)
    ] + [
        {"candidate_id": world.add_candidate(2000 + i, b.id), "company_id": b.id, "agent_id": agent_b.id}
        for i in range(10)
    ]
    order: list[str | None] = []
    result = run_schedule(
        world, mode, rows, concurrency=4, on_progress=lambda p: order.append(p.last.company_id)
    )
    assert result.scheduled == big + 10
    last_b = max(i for i, company in enumerate(order) if company == b.id) + 1
    share = last_b / len(order)
    print(f"fairness: company B's last row finished at {last_b}/{len(order)} ({share:.1%} of the run)")
    assert share <= 0.2
    assert fake.stats()["status"].get("429", 0) == 0


def test_checkpoint_entries_are_json_lines(fake: FakeInstaView, tmp_path: Path) -> None:
    world = World(fake, 2)
    ckpt = tmp_path / "c.jsonl"
    run_schedule(world, "sync", world.rows(), checkpoint=ckpt)
    entries = [json.loads(line) for line in ckpt.read_text().splitlines()]
    assert [e["status"] for e in entries] == ["pending", "scheduled"] * 2 or sorted(
        e["status"] for e in entries
    ) == ["pending", "pending", "scheduled", "scheduled"]
    assert all(e["key"].startswith("interview/") for e in entries)


def test_checkpoint_entries_say_when_an_outcome_became_unknown(fake: FakeInstaView, tmp_path: Path) -> None:
    world = World(fake, 1)
    fake.drop_response_after_commit(times=1, **POST)
    ckpt = tmp_path / "c.jsonl"
    lost = fake.clock.timestamp()
    run_schedule(world, "sync", world.rows(), checkpoint=ckpt)
    entries = [json.loads(line) for line in ckpt.read_text().splitlines()]
    assert [e["status"] for e in entries] == ["pending", "unknown", "scheduled"]
    assert all(e["index"] == 0 for e in entries)
    assert lost <= entries[1]["since"] < lost + 60 and "since" not in entries[2]


@pytest.mark.parametrize("resume", ["sync (another CLI process)", "async (another process)"])
def test_worker_sigkilled_mid_run_then_resumed_elsewhere(tmp_path: Path, resume: str) -> None:
    """``instaview interviews import`` killed with SIGKILL (POSTs in flight), resumed from its checkpoint in
    another process: every row ends with exactly one interview."""
    import asyncio
    import csv
    import os
    import signal
    import subprocess
    import sys
    import time

    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=1_000_000, rate_limit_per_hour=10_000_000)
    world = World(fake, 120)
    rows = tmp_path / "rows.csv"
    with rows.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, ["candidate_id", "job_id", "at", "time_zone"])
        writer.writeheader()
        for cid in world.candidate_ids:
            writer.writerow(
                {
                    "candidate_id": cid,
                    "job_id": world.job_id,
                    "at": "2026-05-06 10:00",
                    "time_zone": "Europe/Bratislava",
                }
            )
    ckpt = tmp_path / "rows.checkpoint"
    fake.add_latency(0.02)  # requests in flight when the kill comes
    with fake.serve() as url:
        env = {**os.environ, "INSTAVIEW_API_KEY": KEY, "INSTAVIEW_BASE_URL": url}
        cmd = [sys.executable, "-m", "instaview_plus", "interviews", "import", str(rows)]
        cmd += ["--agent-id", world.agent_id, "--checkpoint", str(ckpt), "--concurrency", "4"]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if ckpt.exists() and ckpt.read_bytes().count(b'"scheduled"') >= 40:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the import finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        time.sleep(0.3)  # the server finishes what was in flight
        at_kill = len(fake.state.interviews)
        if resume.startswith("sync"):
            done = subprocess.run(
                [*cmd, "--settle-window", "0.5"], env=env, capture_output=True, text=True, timeout=300
            )
            assert done.returncode == 0, done.stderr + done.stdout
        else:

            async def go() -> iv.ScheduleResult:
                async with iv.AsyncInstaView(api_key=KEY, base_url=url) as client:
                    parsed = [{**r} for r in csv.DictReader(rows.open())]
                    return await client.bulk.schedule_interviews(
                        parsed, agent_id=world.agent_id, checkpoint=ckpt, settle_window=0.5
                    )

            result = asyncio.run(go())
            assert result.failed == 0
    counts = world.per_row()
    print(
        f"sigkill ({resume}): {at_kill} interviews at the kill, {len(counts)} rows, max {max(counts.values())} per row"
    )
    assert len(counts) == 120 and set(counts.values()) == {1}
