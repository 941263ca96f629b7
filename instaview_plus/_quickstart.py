"""The seed workflow: job → candidate → agent → interview tomorrow 10:00 in the candidate's zone → result.

Offline (no ``INSTAVIEW_API_KEY``) it runs against the embedded fake, advances the fake's clock and saves the
analysis PDF; with a key it runs the same steps against the real API with ``is_test=True`` and never deletes
anything it did not create.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from ._client import InstaView
from ._constants import ENV_API_KEY

__all__ = ["run"]

CANDIDATE_ZONE = "America/Los_Angeles"
FINAL = {"COMPLETED", "FAILED", "CANCELLED", "NO_SHOW"}


def _status(interview: Any) -> str:
    status = getattr(interview, "status", None)
    return str(getattr(status, "value", status))


class _Out:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.n = 0

    def step(self, text: str) -> None:
        self.n += 1
        print(f"[{self.n}] {text}", file=self.stream, flush=True)

    def line(self, text: str) -> None:
        print(f"    {text}", file=self.stream, flush=True)


def _score(interview: Any) -> str:
    """``analysis.general.overall_rating`` (the documented score), else a top-level ``overallScore``."""
    general = getattr(getattr(interview, "analysis", None), "general", None)
    if isinstance(general, dict):
        rating = general.get("overallRating")
    else:
        rating = getattr(general, "overall_rating", None)
    if isinstance(rating, int | float) and not isinstance(rating, bool):
        return f"{rating}"
    extra = getattr(interview, "additional_properties", {}) or {}
    return str(extra.get("overallScore", "n/a"))


def _transcript(interview: Any) -> str:
    extra = getattr(interview, "additional_properties", {}) or {}
    transcript = extra.get("transcript")
    if isinstance(transcript, list):
        text = " ".join(str(t.get("text", t)) if isinstance(t, dict) else str(t) for t in transcript)
    else:
        text = str(transcript or "")
    text = " / ".join(line.strip() for line in text.splitlines() if line.strip())
    return (text[:160] + "…") if len(text) > 160 else (text or "(no transcript sent)")


def _workflow(client: InstaView, out: _Out, *, is_test: bool) -> Any:
    zone = ZoneInfo(CANDIDATE_ZONE)
    job = client.jobs.create(
        title="Senior Software Engineer",
        description="We are looking for an experienced software engineer to design and build our APIs.",
        required_skills=["Python", "APIs", "PostgreSQL"],
        location={"work_mode": "HYBRID", "city": "San Francisco", "country_code": "US"},
        status="OPEN",
    )
    out.step(f"created job          {job.id}  {job.title!r}")
    candidate = client.candidates.create(
        job_id=job.id,
        first_name="Jana",
        last_name="Novak",
        email="jana.novak@example.com",
        phone_number="+14155550123",
        gdpr_expiry_date=dt.date.today() + dt.timedelta(days=365),
    )
    out.step(f"created candidate    {candidate.id}  Jana Novak ({CANDIDATE_ZONE})")
    agent = client.agents.create(
        name="Screening agent",
        language="EN",
        voice_id="ALEX",
        type="ONLINE",
        focus="SCREENING",
        questions=["Tell me about a system you designed.", "How do you test an API client?"],
        duration=30,
    )
    out.step(f"created agent        {agent.id}  voice ALEX, 30 min, SCREENING")
    local_now = dt.datetime.now(zone)
    at = dt.datetime.combine(local_now.date() + dt.timedelta(days=1), dt.time(10, 0), tzinfo=zone)
    interview = client.interviews.create(
        candidate_id=candidate.id, agent_id=agent.id, job_id=job.id, schedule_time=at, is_test=is_test
    )
    out.step(f"scheduled interview  {interview.id}  at {at.isoformat()} (the offset goes on the wire)")
    return interview


def _offline(out: _Out, pdf_path: Path) -> int:
    from .testing import FakeInstaView

    fake = FakeInstaView(seed=7)
    out.step("no INSTAVIEW_API_KEY: running against the embedded fake (in-process, offline)")
    with InstaView(
        api_key="sk_test_quickstart", http_client=fake.http_client(), sleep=lambda s: None
    ) as client:
        interview = _workflow(client, out, is_test=False)
        out.step("advancing the fake's clock until the interview is over")
        last = _status(interview)
        out.line(f"status: {last}")
        for hours in range(1, 24 * 3):
            fake.advance(minutes=30)
            interview = client.interviews.get(interview.id)
            if _status(interview) != last:
                last = _status(interview)
                out.line(f"status: {last}  (fake clock +{hours / 2:.1f} h)")
            if last in FINAL:
                break
        out.step(f"interview {_status(interview)}: score {_score(interview)}")
        out.line(f"transcript: {_transcript(interview)}")
        pdf = client.interviews.analysis_pdf(interview.id)
        pdf_path.write_bytes(pdf)
        out.step(f"saved the analysis PDF ({len(pdf)} bytes) to {pdf_path}")
    return 0 if _status(interview) == "COMPLETED" else 1


def _online(out: _Out) -> int:
    out.step("INSTAVIEW_API_KEY is set: running against the real API with is_test=True (nothing is deleted)")
    with InstaView() as client:
        interview = _workflow(client, out, is_test=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _status(interview) not in FINAL:
            time.sleep(10)
            interview = client.interviews.get(interview.id)
            out.line(f"status: {_status(interview)}")
        out.step(f"interview status {_status(interview)}; score {_score(interview)}")
    return 0


def run(argv: list[str] | None = None, stream: TextIO = sys.stdout) -> int:
    """Run the quickstart; ``--pdf PATH`` chooses where the analysis PDF goes (offline mode)."""
    args = list(argv or [])
    pdf_path = Path(args[args.index("--pdf") + 1]) if "--pdf" in args else Path("quickstart-analysis.pdf")
    out = _Out(stream)
    if os.environ.get(ENV_API_KEY):
        return _online(out)
    return _offline(out, pdf_path)
