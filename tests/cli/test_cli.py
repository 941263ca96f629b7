"""``instaview`` against the fake served on 127.0.0.1: JSON and tables, exit statuses, the hand-written jobs."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pypdf
import pytest

from instaview_plus.cli import main
from instaview_plus.testing import FakeInstaView
from instaview_plus.testing.pytest_plugin import FAKE_API_KEY
from instaview_plus.webhooks._signature import signature_header

JOB = ["--title", "Backend engineer", "--description", "Builds the API in Python", "--status", "OPEN"]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeInstaView]:
    fake = FakeInstaView(seed=3)
    with fake.serve() as url:
        monkeypatch.setenv("INSTAVIEW_BASE_URL", url)
        monkeypatch.setenv("INSTAVIEW_API_KEY", FAKE_API_KEY)
        yield fake


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    status, out, err = run(capsys, *argv, "--json")
    assert status == 0, err
    return json.loads(out)


def test_jobs_create_and_list_json(fake: FakeInstaView, capsys: pytest.CaptureFixture[str]) -> None:
    job = run_json(capsys, "jobs", "create", *JOB, "--required-skills", "Python", "--required-skills", "APIs")
    assert job["title"] == "Backend engineer" and job["requiredSkills"] == ["Python", "APIs"]
    assert list(fake.state.jobs) == [job["id"]]
    listed = run_json(capsys, "jobs", "list")
    assert [j["id"] for j in listed] == [job["id"]]
    status, out, _ = run(capsys, "jobs", "list")  # a table for people
    assert status == 0 and out.split()[:3] == ["id", "title", "status"] and job["id"] in out


def test_every_page_of_a_list_unless_one_is_asked_for(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        run_json(
            capsys,
            "jobs",
            "create",
            "--title",
            f"Engineer {i}",
            "--description",
            "Builds the API",
            "--status",
            "OPEN",
        )
    assert len(run_json(capsys, "jobs", "list", "--limit", "2")) == 3
    assert len(run_json(capsys, "jobs", "list", "--limit", "2", "--page", "2")) == 1


def test_a_bad_option_exits_2_with_one_line_naming_it(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, named in [
        (["jobs", "list", "--bogus"], "--bogus"),
        (["jobs", "create", *JOB[:4], "--status", "OPN"], "--status"),
        (["jobs", "create", *JOB[2:]], "--title"),  # required by the spec
        (
            [
                "agents",
                "create",
                "--name",
                "A",
                "--type",
                "ONLINE",
                "--focus",
                "GENERIC",
                "--language",
                "EN",
                "--duration",
                "x",
            ],
            "--duration",
        ),
        (["jobs", "create", *JOB[2:], "--title", "x"], "--title"),  # the SDK's check: 5-200 characters
        (
            [
                "interviews",
                "create",
                "--candidate-id",
                "00000000-0000-4000-8000-000000000001",
                "--agent-id",
                "00000000-0000-4000-8000-000000000002",
                "--schedule-time",
                "2026-04-02T07:00:00",
            ],
            "--schedule-time",
        ),
        (["jobs", "create", *JOB, "--metadata", "{not json"], "--metadata"),
    ]:
        status, out, err = run(capsys, *argv)
        assert status == 2, argv
        assert err.count("\n") == 1 and err.startswith("instaview: error:") and named in err, err
        assert out == "" and "Traceback" not in err
    assert not fake.state.jobs and not fake.state.interviews  # nothing was sent


def test_an_api_error_exits_1_with_the_sdks_one_line(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "jobs", "get", "00000000-0000-4000-8000-000000000000")
    assert status == 1 and out == ""
    assert err.startswith("instaview: error: [404 ") and err.count("\n") == 1
    with pytest.raises(Exception, match="404"):  # --debug: the exception itself, for a traceback
        main(["jobs", "get", "00000000-0000-4000-8000-000000000000", "--debug"])


def test_no_key_is_one_line_too(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INSTAVIEW_API_KEY")
    status, _, err = run(capsys, "jobs", "list")
    assert status in (1, 2) and "INSTAVIEW_API_KEY" in err and err.count("\n") == 1


def _interview(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    tomorrow = dt.datetime.now(ZoneInfo("Australia/Adelaide")) + dt.timedelta(days=1)  # sent as +10:30/+09:30
    job = run_json(capsys, "jobs", "create", *JOB)
    candidate = run_json(
        capsys, "candidates", "create", "--first-name", "Jana", "--last-name", "Novak",
        "--gdpr-expiry-date", "2027-12-31", "--email", "jana@example.com", "--job-id", job["id"],
    )  # fmt: skip
    agent = run_json(
        capsys, "agents", "create", "--name", "Screener", "--type", "ONLINE", "--focus", "SCREENING",
        "--language", "EN", "--duration", "30", "--questions", "Tell me about a system you built.",
    )  # fmt: skip
    result: dict[str, Any] = run_json(
        capsys, "interviews", "create", "--candidate-id", candidate["id"], "--agent-id", agent["id"],
        "--job-id", job["id"], "--schedule-time", tomorrow.isoformat(timespec="seconds"),
    )  # fmt: skip
    return result


def test_interviews_wait_and_pdf(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    interview = _interview(capsys)
    fake.advance(days=400)  # past the slot: COMPLETED on the next read
    status, out, err = run(capsys, "interviews", "wait", interview["id"], "--interval", "0.01")
    assert status == 0, err
    assert "COMPLETED" in out and f"interview {interview['id']}: COMPLETED" in err  # progress on stderr
    pdf = tmp_path / "analysis.pdf"
    status, _, err = run(capsys, "interviews", "pdf", interview["id"], "-o", str(pdf))
    assert status == 0, err
    assert len(pypdf.PdfReader(pdf).pages) >= 1


def test_interviews_wait_times_out_with_exit_1(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str]
) -> None:
    interview = _interview(capsys)
    status, _, err = run(
        capsys, "interviews", "wait", interview["id"], "--timeout", "0.05", "--interval", "0.01"
    )
    assert status == 1 and "still SCHEDULED" in err.splitlines()[-1]


def test_candidates_import_twice_creates_nothing_twice(
    fake: FakeInstaView, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    job = run_json(capsys, "jobs", "create", *JOB)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "firstName,last_name,email,gdpr_expiry_date,metadata\n"
        'Jana,Novak,jana@example.com,2030-01-01,"{""source"": ""fair""}"\n'
        "Petr,Kral,petr@example.com,2030-01-01,\n"
        "Eva,Mala,,2030-01-01,\n",  # neither e-mail nor phone: this row fails alone
        encoding="utf-8",
    )
    status, out, err = run(
        capsys, "candidates", "import", str(csv_file), "--job-id", job["id"], "--concurrency", "2"
    )
    assert status == 1  # a row failed
    assert out.startswith("3 rows: 2 created, 0 already there, 1 failed")
    assert (
        "importing people.csv [" in err and "3/3 created 2, already there 0, failed 1" in err
    )  # the progress bar, on stderr
    assert "row 3:" in err
    emails = sorted(c.email for c in fake.state.candidates.values())
    assert emails == ["jana@example.com", "petr@example.com"]
    status, out, _ = run(capsys, "candidates", "import", str(csv_file), "--job-id", job["id"], "--json")
    again = json.loads(out)
    assert status == 1 and again["errors"][0]["row"] == 3
    assert (again["created"], again["existed"], again["failed"]) == (0, 2, 1)
    assert len(fake.state.candidates) == 2  # nothing created twice
    (tmp_path / "people.csv.checkpoint").unlink()  # without the checkpoint: --lookup-first finds them
    _, out, _ = run(
        capsys, "candidates", "import", str(csv_file), "--job-id", job["id"], "--lookup-first", "--json"
    )
    third = json.loads(out)
    assert (third["created"], third["existed"]) == (0, 2)
    assert len(fake.state.candidates) == 2


def test_candidates_import_refuses_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "candidates", "import", str(tmp_path / "nope.csv"), "--job-id", "j")
    assert status == 2 and "no such file" in err and err.count("\n") == 1


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_webhooks_verify_reads_the_payload_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps({"event": "interview.completed", "data": {"interviewId": "i-1"}}).encode()
    header = signature_header("whsec_1", int(time.time()), body)
    monkeypatch.setattr(sys, "stdin", _Stdin(body))
    status, out, err = run(
        capsys, "webhooks", "verify", "--secret", "whsec_1", "--signature", header, "--json"
    )
    assert status == 0, err
    assert json.loads(out)["type"] == "INTERVIEW_COMPLETED"
    monkeypatch.setattr(sys, "stdin", _Stdin(body + b" "))
    status, out, err = run(capsys, "webhooks", "verify", "--secret", "whsec_1", "--signature", header)
    assert status == 1 and out == "" and "signature mismatch" in err and err.count("\n") == 1


def test_quickstart_runs_offline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = run(capsys, "quickstart", "--pdf", str(tmp_path / "a.pdf"))
    assert status == 0 and "COMPLETED" in out and (tmp_path / "a.pdf").exists()


def _python(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, check=False, **kwargs
    )


def test_python_m_is_the_same_command_and_never_shows_a_traceback(fake: FakeInstaView) -> None:
    ok = _python("-m", "instaview_plus", "--help")
    assert ok.returncode == 0 and "candidates" in ok.stdout
    bad = _python("-m", "instaview_plus", "jobs", "list", "--bogus")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--bogus" in bad.stderr
    missing = _python("-m", "instaview_plus", "jobs", "get", "00000000-0000-4000-8000-000000000000")
    assert missing.returncode == 1 and missing.stderr.startswith("instaview: error: [404")
    assert "Traceback" not in missing.stderr


def test_import_instaview_plus_never_loads_the_cli() -> None:
    probe = _python(
        "-c",
        "import sys, instaview_plus, instaview_plus.testing; print(sorted(m for m in sys.modules if m == 'argparse' or m.startswith('instaview_plus.cli')))",
    )
    assert probe.returncode == 0 and probe.stdout.strip() == "[]", probe.stderr
