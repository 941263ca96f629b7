"""The seed workflow: job → candidate → agent → interview tomorrow 10:00 in the candidate's zone → result.

Offline (no ``INSTAVIEW_API_KEY``) it runs against the embedded fake, advances the fake's clock and saves the
analysis PDF; with a key it runs the same steps against the real API with ``is_test=True`` and never deletes
anything it did not create.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from .._client.client import InstaView
from .._constants import ENV_API_KEY
from .._exceptions import WaitTimeoutError, WorkflowError
from ..resources.interviews import status_text

if TYPE_CHECKING:
    from .._plans.workflows import ScheduledInterview

__all__ = ["run"]

CANDIDATE_ZONE = "America/Los_Angeles"
DEFAULT_PDF = Path("quickstart-output") / "analysis.pdf"  # git-ignored


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
    """``analysis.general.overall_rating`` (the documented score), else ``analysis.overall_score``."""
    analysis = getattr(interview, "analysis", None)
    general = getattr(analysis, "general", None)
    if isinstance(general, dict):
        rating = general.get("overallRating")
    else:
        rating = getattr(general, "overall_rating", None)
    if not isinstance(rating, int | float) or isinstance(rating, bool):
        rating = getattr(analysis, "overall_score", None)  # the quickstart's `analysis.overallScore`
    return f"{rating}" if isinstance(rating, int | float) and not isinstance(rating, bool) else "n/a"


def _transcript(interview: Any) -> str:
    transcript: Any = getattr(interview, "transcript", None)  # kept as sent: a string, or turns
    if isinstance(transcript, list):
        text = " ".join(str(t.get("text", t)) if isinstance(t, dict) else str(t) for t in transcript)
    else:
        text = str(transcript or "")
    text = " / ".join(line.strip() for line in text.splitlines() if line.strip())
    return (text[:160] + "…") if len(text) > 160 else (text or "(no transcript sent)")


def _tomorrow_at_ten(now: dt.datetime) -> dt.datetime:
    """Tomorrow 10:00 in the candidate's own zone (an aware datetime: its offset goes on the wire)."""
    zone = ZoneInfo(CANDIDATE_ZONE)
    local_today = now.astimezone(zone).date()
    return dt.datetime.combine(local_today + dt.timedelta(days=1), dt.time(10, 0), tzinfo=zone)


def _schedule(client: InstaView, out: _Out, at: dt.datetime, *, is_test: bool) -> ScheduledInterview:
    """The seed workflow in one call: job → candidate → agent → interview (resumable if a step fails)."""
    try:
        result = client.workflows.schedule_interview(
            job={
                "title": "Senior Software Engineer",
                "description": "We are looking for an experienced software engineer to design and build our APIs.",
                "required_skills": ["Python", "APIs", "PostgreSQL"],
                "location": {"work_mode": "HYBRID", "city": "San Francisco", "country_code": "US"},
                "status": "OPEN",
            },
            candidate={
                "first_name": "Jana",
                "last_name": "Novak",
                "email": "jana.novak@example.com",
                "phone_number": "+14155550123",
                "gdpr_expiry_date": at.date() + dt.timedelta(days=365),
            },
            agent={
                "name": "Screening agent",
                "voice_id": "ALEX",
                "type": "ONLINE",
                "focus": "SCREENING",
                "questions": ["Tell me about a system you designed.", "How do you test an API client?"],
                "duration": 30,
            },
            at=at,
            is_test=is_test,
        )
    except WorkflowError as error:
        out.step(f"stopped: {error}")
        out.line(f"created so far: {error.created}; resume with client.workflows.resume(state)")
        raise
    out.step(f"created job          {result.job.id}  {result.job.title!r}")
    out.step(f"created candidate    {result.candidate.id}  Jana Novak ({CANDIDATE_ZONE})")
    out.step(f"created agent        {result.agent.id}  voice ALEX, 30 min, SCREENING")
    out.step(f"scheduled interview  {result.interview.id}  at {at.isoformat()} (the offset goes on the wire)")
    return result


class _Progress:
    """``on_poll`` for ``interviews.wait``: a line at each status change, with the time waited so far."""

    def __init__(self, out: _Out, clock: Callable[[], dt.datetime]) -> None:
        self.out, self.clock = out, clock
        self.start = clock()
        self.last = ""
        self.polls = 0

    def __call__(self, interview: Any) -> None:
        self.polls += 1
        status = status_text(interview)
        if status != self.last:
            waited = (self.clock() - self.start).total_seconds() / 60
            self.out.line(f"status: {status:<12} after {waited:4.1f} min ({self.polls} polls)")
            self.last = status


def _offline(out: _Out, pdf_path: Path) -> int:
    from ..testing import FakeInstaView

    fake = FakeInstaView(seed=7)
    out.step("no INSTAVIEW_API_KEY: running against the embedded fake (in-process, offline)")
    # a client on the fake's http client waits in fake time: polls and retries move the fake's clock
    with InstaView(api_key="sk_test_quickstart", http_client=fake.http_client()) as client:
        at = _tomorrow_at_ten(fake.clock.now())
        result = _schedule(client, out, at, is_test=False)
        ahead = (at - fake.clock.now()).total_seconds()
        fake.advance(seconds=ahead)
        out.step(f"advanced the fake's clock {ahead / 3600:.1f} h to the interview; waiting for it to finish")
        interview = client.interviews.wait(result.interview.id, on_poll=_Progress(out, fake.clock.now))
        out.step(f"interview {status_text(interview)}: score {_score(interview)}")
        out.line(f"transcript: {_transcript(interview)}")
        pdf = client.interviews.analysis_pdf(interview.id)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        pdf_path.write_bytes(pdf)
        out.step(f"saved the analysis PDF ({len(pdf)} bytes) to {pdf_path}")
    return 0 if status_text(interview) == "COMPLETED" else 1


def _online(out: _Out) -> int:
    with InstaView() as client:
        out.step(
            f"INSTAVIEW_API_KEY is set: running against {client.base_url} with is_test=True (nothing is deleted)"
        )
        at = _tomorrow_at_ten(dt.datetime.now(dt.UTC))
        result = _schedule(client, out, at, is_test=True)
        out.step("polling the interview for two minutes (it is scheduled for tomorrow)")
        try:
            interview = client.interviews.wait(
                result.interview.id,
                timeout=120,
                interval=10,
                on_poll=_Progress(out, lambda: dt.datetime.now(dt.UTC)),
            )
        except WaitTimeoutError:
            out.line(f"still scheduled; later: client.interviews.wait({str(result.interview.id)!r})")
            return 0
        out.step(f"interview status {status_text(interview)}; score {_score(interview)}")
    return 0


def run(pdf: Path | None = None, stream: TextIO = sys.stdout) -> int:
    """Run the quickstart; ``pdf`` is where the analysis PDF goes (offline mode; default ``DEFAULT_PDF``)."""
    pdf_path = DEFAULT_PDF if pdf is None else pdf
    out = _Out(stream)
    if os.environ.get(ENV_API_KEY):
        return _online(out)
    return _offline(out, pdf_path)
