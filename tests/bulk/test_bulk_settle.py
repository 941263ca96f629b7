"""The bulk helper waits out the settle window before looking up a row whose create outcome is unknown
(issue 20.5): the fake commits the candidate 5 fake seconds after the client gave up, and the row is
found, not created twice, within the run and when a checkpoint resumes it at once."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus import FileCheckpoint
from instaview_plus._plans.bulk_rows import MARKER, marker_for, natural_key
from instaview_plus.testing import FakeInstaView

from .test_bulk import KEY, NOW, rows


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW)


def _clients(fake: FakeInstaView) -> tuple[iv.InstaView, iv.AsyncInstaView]:
    """Clients on the fake's own http clients: every wait happens in the fake's time."""
    return (
        iv.InstaView(api_key=KEY, http_client=fake.http_client()),
        iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client()),
    )


def _bulk(mode: str, fake: FakeInstaView, *args: Any, **kwargs: Any) -> iv.BulkResult:
    client, aclient = _clients(fake)
    if mode == "sync":
        return client.bulk.create_candidates(*args, **kwargs)
    return asyncio.run(aclient.bulk.create_candidates(*args, **kwargs))


def _job(fake: FakeInstaView) -> str:
    client = _clients(fake)[0]
    return str(client.jobs.create(title="Importer", description="Bulk import target", status="OPEN").id)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_late_commit_within_the_run_is_found_not_created_twice(
    fake: FakeInstaView, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = _job(fake)
    fake.commit_late(seconds=5, path="*/candidates", method="POST")
    before = fake.clock.now()
    with caplog.at_level(logging.INFO, logger="instaview_plus"):
        result = _bulk(mode, fake, rows(1), job_id=job_id)
    fake.advance(seconds=120)  # anything still held would commit now
    assert [r.status for r in result] == ["created"]
    assert len(fake.state.candidates) == 1
    assert fake.clock.now() - before >= dt.timedelta(seconds=60)
    assert any("settle_window" in r.getMessage() for r in caplog.records if r.levelno == logging.INFO)


def test_a_checkpoint_resumed_at_once_waits_from_the_recorded_moment(
    fake: FakeInstaView, tmp_path: Path
) -> None:
    """A process died with a row's POST in flight; the server commits it 5 s later; a resume at once."""
    job_id = _job(fake)
    row = rows(1)[0]
    key = natural_key(row)
    assert key is not None
    fake.commit_late(seconds=5, path="*/candidates", method="POST")
    with pytest.raises(iv.APITimeoutError):  # the crashed run's POST, as it was sent (with the row's marker)
        _clients(fake)[0].candidates.create(
            **row, job_ids=[job_id], metadata={MARKER: marker_for(job_id, key)}
        )
    ckpt = tmp_path / "import.ckpt"
    FileCheckpoint(ckpt).record(
        f"{job_id}/{key}", {"status": "pending", "id": None, "unknown_since": fake.clock.timestamp()}
    )
    resumed = _bulk("sync", fake, [row], job_id=job_id, checkpoint=ckpt)  # at once
    fake.advance(seconds=120)
    assert [r.status for r in resumed] == ["existed"]
    assert len(fake.state.candidates) == 1


def test_the_checkpoint_records_when_an_outcome_became_unknown(fake: FakeInstaView, tmp_path: Path) -> None:
    """The moment a row's answer was lost is in its checkpoint entry: a resume waits from it, not anew."""
    job_id = _job(fake)
    fake.drop_response_after_commit(times=1, path="*/candidates", method="POST")
    ckpt = tmp_path / "import.ckpt"
    lost = fake.clock.timestamp()
    result = _bulk("sync", fake, rows(1), job_id=job_id, checkpoint=ckpt)
    assert [r.status for r in result] == ["created"]
    entries = [json.loads(line) for line in ckpt.read_text().splitlines()]
    assert [e["status"] for e in entries] == ["pending", "pending", "created"]
    assert "unknown_since" not in entries[0] and lost <= entries[1]["unknown_since"] < lost + 60


def test_the_bulk_settle_window_is_configurable_and_checked(fake: FakeInstaView) -> None:
    job_id = _job(fake)
    fake.commit_late(seconds=5, path="*/candidates", method="POST")
    before = fake.clock.now()
    result = _bulk("sync", fake, rows(1), job_id=job_id, settle_window=10)
    assert [r.status for r in result] == ["created"] and len(fake.state.candidates) == 1
    assert dt.timedelta(seconds=10) <= fake.clock.now() - before < dt.timedelta(seconds=30)
    with pytest.raises(iv.InvalidRequestError) as refused:
        _bulk("sync", fake, rows(1), job_id=job_id, settle_window=-5)
    assert refused.value.argument == "settle_window"
