"""``python -m instaview_plus.testing --forward-to URL`` + ``instaview trigger EVENT`` against a real uvicorn
receiver, all three as subprocesses. Run with ``-s`` to see the session's transcript."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import instaview_plus as iv
from instaview_plus.testing._keys import FAKE_API_KEY

from ..redis_server import free_port
from ._harness import ROOT, receiver, runs


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "instaview_plus.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_forward_to_and_trigger_reach_a_local_receiver(tmp_path: Path) -> None:
    port = free_port()
    target = f"http://127.0.0.1:{port}/hooks"
    fake = subprocess.Popen(
        [sys.executable, "-m", "instaview_plus.testing", "--forward-to", target],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
    )
    transcript: list[str] = [f"$ python -m instaview_plus.testing --forward-to {target}"]
    try:
        assert fake.stdout is not None
        lines = []
        deadline = time.monotonic() + 30
        while not lines or not lines[-1].startswith("Ctrl-C"):
            line = fake.stdout.readline()
            assert line and time.monotonic() < deadline, f"the fake stopped: {lines}"
            lines.append(line.rstrip("\n"))
        transcript += lines
        url = next(li for li in lines if li.startswith("InstaView fake listening on ")).rsplit(" ", 1)[1]
        secret = next(li for li in lines if li.startswith("Signing secret: ")).rsplit(" ", 1)[1]
        assert len(secret) == 64
        log = tmp_path / "runs.jsonl"
        with receiver("asgi", secret=secret, log=log, fake_url=url, port=port):
            done = _cli("trigger", "interview.completed", "--base-url", url)
            transcript += [
                f"$ instaview trigger interview.completed --base-url {url}",
                *done.stdout.splitlines(),
            ]
            assert done.returncode == 0, done.stderr
            failed = _cli("trigger", "interview.failed", "--base-url", url)
            transcript += [
                f"$ instaview trigger interview.failed --base-url {url}",
                *failed.stdout.splitlines(),
            ]
            assert failed.returncode == 0, failed.stderr
            ran = runs(log)
            assert [r["type"] for r in ran] == [
                "INTERVIEW_STARTED",
                "INTERVIEW_COMPLETED",
                "ANALYSIS_COMPLETED",
                "INTERVIEW_FAILED",
            ]
            assert all(r["ok"] for r in ran)
            with iv.InstaView(api_key=FAKE_API_KEY, base_url=url) as client:
                completed = client.interviews.get(ran[1]["interviewId"])
                assert completed.status == iv.InterviewStatus.COMPLETED
                assert client.interviews.analysis_pdf(completed.id).startswith(b"%PDF")
                failed_one = client.interviews.get(ran[3]["interviewId"])
                assert failed_one.status == iv.InterviewStatus.FAILED
                assert [a.reason_code for a in failed_one.call_attempts] == ["NO_ANSWER"] * 3  # type: ignore[union-attr]
            transcript.append(f"(receiver handled: {', '.join(r['type'] for r in ran)})")
        bad = _cli("trigger", "interview.completed", "--base-url", "https://api.instaview.sk")
        assert bad.returncode == 2 and "--base-url" in bad.stderr
    finally:
        os.kill(fake.pid, signal.SIGTERM)
        fake.wait(timeout=10)
    print("\n" + "\n".join(transcript))
