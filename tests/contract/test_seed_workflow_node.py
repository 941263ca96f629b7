"""The vendor's quickstart workflow (axios, Node), as the docs print it, against the fake server and Prism.

``tests/fixtures/seed/quickstart_workflow.js`` is the seed's code with only the base URL changed (it reads
``INSTAVIEW_BASE_URL``); ``record_preload.js`` (``node --require``) records each request and answer. The
workflow runs against ``python -m instaview_plus.testing`` (a subprocess, the way users of any language start
it) and against Prism (``PRISM_MOCK_URL``). Both run in ``nox -s contract``, the session that installs Node
tooling (``npm ci``: Prism and axios); without ``PRISM_MOCK_URL`` the module is skipped with that reason and
the ``pytest`` sessions do not collect it. The same workflow through the SDK: tests/workflows/test_seed_workflow.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.docs._served import served_fake

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed"
PRISM_URL = os.environ.get("PRISM_MOCK_URL", "")
if not PRISM_URL:
    pytest.skip(
        "PRISM_MOCK_URL is not set: the seed workflow's Node run is part of `nox -s contract`",
        allow_module_level=True,
    )

STEPS = [("POST", "/jobs"), ("POST", "/candidates"), ("POST", "/agents"), ("POST", "/interviews")]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _node(
    base_url: str, tmp_path: Path, *, wrap_bare: bool
) -> tuple[subprocess.CompletedProcess[str], list[Any]]:
    node = shutil.which("node")
    assert node is not None, "the seed workflow needs Node.js on PATH (nox -s contract installs axios)"
    assert (ROOT / "node_modules" / "axios").is_dir(), (
        "axios is not installed: run `npm ci` (nox -s contract)"
    )
    record = tmp_path / "record.json"
    env = {
        **os.environ,
        "INSTAVIEW_BASE_URL": base_url,
        "INSTAVIEW_API_KEY": "sk_test_fake",
        "SEED_RECORD": str(record),
        "SEED_WRAP_BARE": "1" if wrap_bare else "0",
    }
    done = subprocess.run(
        [node, "--require", str(SEED / "record_preload.js"), str(SEED / "quickstart_workflow.js")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    return done, json.loads(record.read_text(encoding="utf-8"))


@pytest.fixture
def fake_server() -> Iterator[str]:
    """``python -m instaview_plus.testing`` on a free port; stopped with SIGTERM."""
    with served_fake() as (url, _key):
        yield url


def _requests(record: list[Any]) -> list[tuple[str, str]]:
    return [(r["method"], r["path"]) for r in record]


def test_seed_workflow_runs_against_the_fake_server(fake_server: str, tmp_path: Path) -> None:
    done, record = _node(fake_server, tmp_path, wrap_bare=False)
    assert done.stderr == "", done.stderr  # the seed's .catch(console.error) writes any failure there
    interview_id = record[3]["response"]["data"]["id"]
    assert _requests(record) == [*STEPS, ("GET", f"/interviews/{interview_id}")]
    assert [r["status"] for r in record] == [201, 201, 201, 201, 200]
    assert all(r["response"]["success"] is True for r in record)  # the quickstart's envelope
    job, candidate, agent, interview, result = (r["response"]["data"] for r in record)
    assert "language" not in record[2]["request"]  # the quickstart's agent has none
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", record[1]["request"]["gdprExpiryDate"])
    assert candidate["gdprExpiryDate"] == record[1]["request"]["gdprExpiryDate"][:10]  # returned as a date
    assert candidate["jobIds"] == [job["id"]]
    assert (interview["candidateId"], interview["agentId"], interview["jobId"]) == (
        candidate["id"],
        agent["id"],
        job["id"],  # resolved: the candidate's one job (changelog 2026-04-02)
    )
    assert result["status"] == "SCHEDULED"
    assert done.stdout.splitlines() == [
        f"Job created: {job['id']}",
        f"Candidate created: {candidate['id']}",
        f"Agent created: {agent['id']}",
        f"Interview scheduled: {interview['id']}",
        "Interview status: SCHEDULED",
    ]


def test_seed_workflow_is_accepted_by_prism(tmp_path: Path) -> None:
    """Prism validates every request against the spec (``--errors``: a violation is a 4xx, never a 2xx)."""
    done, record = _node(PRISM_URL, tmp_path, wrap_bare=True)
    assert done.stderr == "", done.stderr
    assert _requests(record)[:4] == STEPS and record[4]["method"] == "GET"
    assert record[4]["path"].startswith("/interviews/")
    assert all(200 <= r["status"] < 300 for r in record), [(r["path"], r["status"]) for r in record]
    assert len(done.stdout.splitlines()) >= 5
