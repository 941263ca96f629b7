"""``client.bulk.create_candidates``: a result per row, paced, resumable, nothing created twice.

Sync and async twins run every test against the in-process fake (its clock moves on the clients' sleeps).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus._plans.bulk_rows import MARKER, FileCheckpoint, marker_for, natural_key
from instaview_plus.testing import FakeInstaView

FROZEN = dt.datetime(2026, 5, 4, 9, 0, 30, tzinfo=dt.UTC)  # the fake's clock, frozen

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
KEY = "sk_test_bulk"


def rows(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "first_name": f"Row{i}",
            "last_name": f"Person{i}",
            "email": f"row{i}@example.com",
            "gdpr_expiry_date": "2027-12-31",
        }
        for i in range(start, start + n)
    ]


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW)


@pytest.fixture
def job_id(fake: FakeInstaView) -> str:
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        return client.jobs.create(title="Importer", description="Bulk import target", status="OPEN").id


@pytest.fixture(params=["sync", "async"])
def bulk(request: pytest.FixtureRequest, fake: FakeInstaView) -> Iterator[Callable[..., iv.BulkResult]]:
    """``bulk(rows, job_id=..., ...)`` with the sync or the async client; sleeps move the fake's clock."""

    def sleep(seconds: float) -> None:
        fake.advance(seconds=seconds)

    async def asleep(seconds: float) -> None:
        sleep(seconds)

    client = iv.InstaView(api_key=KEY, http_client=fake.http_client(), sleep=sleep)
    aclient = iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client(), sleep=asleep)

    def call(*args: Any, **kwargs: Any) -> iv.BulkResult:
        if request.param == "sync":
            return client.bulk.create_candidates(*args, **kwargs)

        async def go() -> iv.BulkResult:
            return await aclient.bulk.create_candidates(*args, **kwargs)

        return asyncio.run(go())

    yield call
    client.close()
    asyncio.run(aclient.close())


def in_job(fake: FakeInstaView, job_id: str) -> list[Any]:
    return [c for c in fake.state.candidates.values() if job_id in c.job_ids]


def emails(fake: FakeInstaView, job_id: str) -> list[str]:
    return sorted(c.email for c in in_job(fake, job_id))


def test_creates_one_per_row_with_marker_and_progress(bulk: Any, fake: FakeInstaView, job_id: str) -> None:
    seen: list[iv.BulkProgress] = []
    result = bulk(rows(12), job_id=job_id, concurrency=3, on_progress=seen.append)
    assert (result.created, result.existed, result.failed) == (12, 0, 0)
    assert [r.index for r in result] == list(range(12))
    assert emails(fake, job_id) == sorted(r["email"] for r in rows(12))
    for cand in in_job(fake, job_id):
        assert cand.metadata[MARKER] == marker_for(job_id, f"email:{cand.email}")
    assert [p.done for p in seen] == list(range(1, 13))
    assert seen[-1].created == 12 and seen[-1].total == 12


def test_bad_rows_fail_alone_before_anything_is_sent(bulk: Any, fake: FakeInstaView, job_id: str) -> None:
    batch: list[Any] = [
        *rows(2),
        {"first_name": "No", "last_name": "Key", "gdpr_expiry_date": "2027-12-31"},
        {**rows(1)[0]},  # the same e-mail as row 0
        {"first_name": "X", "last_name": "Y", "email": "x@example.com", "gdpr_expiry_date": 5},
        "not a mapping",
    ]
    result = bulk(batch, job_id=job_id)
    assert [r.status for r in result] == ["created", "created", "failed", "failed", "failed", "failed"]
    assert all(isinstance(r.error, iv.InvalidRequestError) for r in result.failures)
    assert "rows[2]" in str(result[2].error) and "rows[0]" in str(result[3].error)
    assert "rows[4].gdpr_expiry_date" in str(result[4].error)
    assert len(in_job(fake, job_id)) == 2


def test_server_error_is_reported_per_row(bulk: Any, fake: FakeInstaView, job_id: str) -> None:
    fake.fail_next(400, times=1, path="*/candidates", method="POST")
    result = bulk(rows(3), job_id=job_id, concurrency=1)
    assert (result.created, result.failed) == (2, 1)
    assert isinstance(result.failures[0].error, iv.BadRequestError)


@pytest.mark.parametrize("fault", ["drop", "500"])
def test_unknown_outcome_is_looked_up_not_replayed(
    bulk: Any, fake: FakeInstaView, job_id: str, fault: str
) -> None:
    if fault == "drop":  # the POST landed, its answer was lost
        fake.drop_response_after_commit(times=2, path="*/candidates", method="POST")
    else:  # 500: unknown outcome (the fake applied nothing)
        fake.fail_next(500, times=2, path="*/candidates", method="POST")
    result = bulk(rows(5), job_id=job_id, concurrency=1)
    assert (result.created, result.failed) == (5, 0)
    assert emails(fake, job_id) == sorted(r["email"] for r in rows(5))  # each exactly once


def test_resume_from_checkpoint_creates_nothing_twice(
    bulk: Any, fake: FakeInstaView, job_id: str, tmp_path: Path
) -> None:
    ckpt = tmp_path / "import.ckpt"
    first = bulk(rows(4), job_id=job_id, checkpoint=ckpt)
    assert first.created == 4
    # a crash with a POST in flight: it landed, the checkpoint says pending, its answer never came
    fake.drop_response_after_commit(times=1, path="*/candidates", method="POST")
    fake.fail_next(401, times=1, path="*/candidates", method="POST")  # then the process "dies"
    crashed = bulk(rows(8), job_id=job_id, checkpoint=ckpt, concurrency=1)
    assert crashed.failed >= 1
    resumed = bulk(rows(8), job_id=job_id, checkpoint=str(ckpt), concurrency=2)
    assert resumed.failed == 0
    assert sum(r.resumed for r in resumed) >= 4
    assert emails(fake, job_id) == sorted(r["email"] for r in rows(8))  # 8 candidates, none twice
    entries = FileCheckpoint(ckpt).load()
    assert {e["status"] for e in entries.values()} <= {"created", "existed"}
    assert len(entries) == 8


def test_pending_row_found_by_marker_is_existed(
    bulk: Any, fake: FakeInstaView, job_id: str, tmp_path: Path
) -> None:
    ckpt = tmp_path / "c.jsonl"
    bulk(rows(1), job_id=job_id)  # created with no checkpoint
    key = natural_key(rows(1)[0])
    FileCheckpoint(ckpt).record(f"{job_id}/{key}", {"status": "pending", "id": None})
    with ckpt.open("a") as fh:
        fh.write('{"torn line')  # a crash mid-write is ignored
    result = bulk(rows(1), job_id=job_id, checkpoint=ckpt)
    assert [r.status for r in result] == ["existed"]
    assert len(in_job(fake, job_id)) == 1


def test_lookup_first_rerun_without_checkpoint(bulk: Any, fake: FakeInstaView, job_id: str) -> None:
    bulk(rows(3), job_id=job_id)
    again = bulk(rows(5), job_id=job_id, lookup_first=True)
    assert (again.existed, again.created) == (3, 2)
    assert len(in_job(fake, job_id)) == 5


def test_phone_rows_and_same_person_in_two_jobs(bulk: Any, fake: FakeInstaView, job_id: str) -> None:
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        other = client.jobs.create(title="Other", description="Another job", status="OPEN").id
    row = {
        "first_name": "Tel",
        "last_name": "Only",
        "phone_number": "+421900123456",
        "gdpr_expiry_date": "2027-12-31",
    }
    assert natural_key({"phone_number": "+421 (900) 123-456"}) == natural_key(row) == "phone:+421900123456"
    assert bulk([row], job_id=job_id).created == 1
    assert bulk([row], job_id=other).created == 1  # the natural key is per job
    assert bulk([row], job_id=job_id, lookup_first=True).existed == 1


def test_paced_by_the_servers_rate_limit() -> None:
    """5 requests per 1-second window, 12 rows, no 429 (fake time: the pacer's waits advance the clock)."""
    fake = FakeInstaView(seed=0, rate_limit_per_minute=5, rate_limit_window=1, now=FROZEN)
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        job_id = client.jobs.create(title="Paced", description="Paced import", status="OPEN").id
        result = client.bulk.create_candidates(rows(12), job_id=job_id, concurrency=1)
    assert result.created == 12
    assert fake.served[429] == 0  # the pacer waited for each reset instead
    assert fake.stats()["throttled_by_key"] == {}
    assert fake.served[201] == 12 + 1


def test_bad_options_are_refused(bulk: Any, job_id: str) -> None:
    with pytest.raises(iv.InvalidRequestError, match="job_id"):
        bulk(rows(1), job_id="")
    with pytest.raises(iv.InvalidRequestError, match="concurrency"):
        bulk(rows(1), job_id=job_id, concurrency=0)
    with pytest.raises(iv.InvalidRequestError, match="checkpoint"):
        bulk(rows(1), job_id=job_id, checkpoint=42)
    with pytest.raises(iv.InvalidRequestError, match="rows"):
        bulk({"email": "a@b.c"}, job_id=job_id)


def test_checkpoint_file_is_json_lines(tmp_path: Path) -> None:
    ckpt = FileCheckpoint(tmp_path / "x")
    ckpt.record("j/email:a@b.c", {"status": "pending", "id": None})
    ckpt.record("j/email:a@b.c", {"status": "created", "id": "c1"})
    lines = (tmp_path / "x").read_text().splitlines()
    assert [json.loads(line)["status"] for line in lines] == ["pending", "created"]
    assert ckpt.load()["j/email:a@b.c"]["id"] == "c1"
