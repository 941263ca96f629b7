"""Time-driven progression: interviews SCHEDULED -> IN_PROGRESS -> COMPLETED, phone attempts, runs."""

from __future__ import annotations

import base64
from collections import deque
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ._enums import label
from ._fake_clock import iso
from ._pdf import make_pdf
from ._records import CallAttempt, Candidate, Interview, UsageEvent

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["Lifecycle"]

_STRONG = [
    "Clear communication",
    "Strong technical skills",
    "Relevant domain experience",
    "Structured problem solving",
]
_WEAK = ["Limited leadership experience", "Needs improvement in system design"]


class Lifecycle:
    """Moves records forward to the fake clock's ``now``; emits the matching webhook events."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        self.call_outcomes: deque[str] = deque()
        self.auto_retries = 2
        self.retry_delay: timedelta = timedelta(minutes=60)
        self.analysis_failures: int = 0  # the next N completed interviews' analyses fail (fake.trigger)

    def reset(self) -> None:
        """Forget queued phone outcomes and analysis failures."""
        self.call_outcomes.clear()
        self.analysis_failures = 0

    # -- interviews ---------------------------------------------------------------------------
    def tick(self, now: datetime) -> None:
        """Apply every transition due at ``now`` (called before each request and on advance)."""
        for interview in list(self.fake.state.interviews.values()):
            for _ in range(10):  # several steps may be due at once
                if not self._step(interview, now):
                    break
        self.fake.sourcing.tick(now)

    def _step(self, iv: Interview, now: datetime) -> bool:
        if iv.status == "SCHEDULED":
            due = [a for a in iv.call_attempts if a.status == "SCHEDULED"]
            if iv.agent_type == "PHONE":
                if not due or min(a.scheduled_at for a in due) > now:
                    return False
                attempt = min(due, key=lambda a: a.scheduled_at)
                return self._dial(iv, attempt, now)
            if iv.scheduled_at > now:
                return False
            self._start(iv, max(iv.scheduled_at, iv.created_at))
            return True
        if iv.status == "IN_PROGRESS" and iv.started_at is not None:
            end = iv.started_at + timedelta(minutes=iv.duration)
            if end <= now:
                self._complete(iv, end)
                return True
        return False

    def _start(self, iv: Interview, at: datetime) -> None:
        iv.status, iv.started_at, iv.updated_at = "IN_PROGRESS", at, at
        self._emit_interview(iv, label("INTERVIEW_STARTED"), None)

    def _dial(self, iv: Interview, attempt: CallAttempt, now: datetime) -> bool:
        at = attempt.scheduled_at
        attempt.called_at = at
        outcome = self.call_outcomes.popleft() if self.call_outcomes else "ANSWERED"
        if outcome == "ANSWERED":
            attempt.status = "IN_PROGRESS"
            self._start(iv, at)
            return True
        attempt.status, attempt.reason_code = "FAILED", outcome
        attempt.notes, attempt.duration = "Candidate did not pick up", 0
        iv.updated_at = at
        if attempt.retry_number < self.auto_retries:
            iv.call_attempts.append(
                CallAttempt(
                    id=self.fake.ids.uuid(),
                    status="SCHEDULED",
                    scheduled_at=at + self.retry_delay,
                    retry_number=attempt.retry_number + 1,
                )
            )
        else:
            iv.status = "FAILED"
            self._emit_interview(
                iv, label("INTERVIEW_FAILED"), attempt.id, error=f"All call attempts failed ({outcome})"
            )
        return True

    def complete_now(self, iv: Interview) -> None:
        """Finish a test interview at once (isTest=true)."""
        now = self.fake.clock.now()
        iv.started_at = now
        self._complete(iv, now)

    def _complete(self, iv: Interview, at: datetime) -> None:
        cand = self.fake.state.candidates.get(iv.candidate_id)
        rating = self.fake.ids.randint(55, 95)
        minutes = iv.duration if not iv.is_test else 0
        iv.status, iv.finished_at, iv.updated_at = "COMPLETED", at, at
        iv.duration_minutes = minutes
        attempt_id = None
        for attempt in iv.call_attempts:
            if attempt.status == "IN_PROGRESS":
                attempt.status, attempt.duration = "COMPLETED", minutes * 60
                attempt.recording_url = f"https://storage.instaview.test/recordings/{iv.id}.mp3"
                attempt_id = attempt.id
        pdf = self._analyse(iv, at, cand, rating)
        if cand is not None:
            cand.overall_rating = rating
        if not iv.is_test and minutes:
            self._bill(iv, at, minutes)
        self._emit_interview(iv, label("INTERVIEW_COMPLETED"), attempt_id)
        self._emit_analysis(iv, pdf)

    def _analyse(self, iv: Interview, at: datetime, cand: Candidate | None, rating: int) -> bytes:
        """The completed interview's analysis, transcript and analysis PDF (returned too)."""
        name = " ".join(n for n in (cand.first_name, cand.last_name) if n) if cand else "Unknown candidate"
        general = {
            "createdAt": iso(at),
            "updatedAt": iso(at),
            "overallRating": rating,
            "companyFitRating": "HIGH" if rating >= 80 else "MEDIUM" if rating >= 65 else "LOW",
            "education": "MASTER_LEVEL",
            "experience": "THREE_TO_5_YEARS",
            "strongPoints": _STRONG[: 2 + rating % 3],
            "weakPoints": _WEAK[: 1 + rating % 2],
            "evaluation": [f"Overall rating {rating}/100"],
            "status": 3,
        }
        iv.analysis = {
            "id": self.fake.ids.uuid(),
            "general": general,
            "specific": None,
            "overallScore": rating,
        }
        iv.transcript = (
            f"Agent: Hello {name}, thank you for joining this interview.\n"
            f"Candidate: Thank you, happy to be here.\n"
            f"Agent: Tell me about your most relevant experience.\n"
            f"Candidate: I have worked on similar projects for several years."
        )
        iv.pdf = make_pdf(
            [
                "InstaView interview analysis",
                f"Candidate: {name}",
                f"Interview: {iv.id}",
                f"Overall score: {rating}/100",
                f"Finished: {iso(at)}",
            ]
        )
        return iv.pdf

    def _bill(self, iv: Interview, at: datetime, minutes: int) -> None:
        """The interview's minutes (and credits, for a company billed in credits) in the usage log."""
        company = self.fake.state.companies.get(iv.company_id)
        credits = minutes * self.fake.credits_per_minute
        self.fake.state.usage.append(
            UsageEvent(
                company_id=iv.company_id,
                at=at,
                cost_key="interview_minutes",
                minutes=minutes,
                credits=credits if company and company.billing_system == "credits" else 0.0,
                interview=True,
            )
        )

    def _emit_analysis(self, iv: Interview, pdf: bytes) -> None:
        """ANALYSIS_COMPLETED with the analysis and its PDF, or ANALYSIS_FAILED (one queued failure used)."""
        if self.analysis_failures > 0:
            self.analysis_failures -= 1
            iv.analysis, iv.pdf = None, None
            self.fake.webhooks.emit(
                iv.company_id,
                label("ANALYSIS_FAILED"),
                {
                    "interviewId": iv.id,
                    "candidateId": iv.candidate_id,
                    "jobId": iv.job_id,
                    "error": "Analysis processing failed",
                },
            )
            return
        self.fake.webhooks.emit(
            iv.company_id,
            label("ANALYSIS_COMPLETED"),
            {
                "interviewId": iv.id,
                "candidateId": iv.candidate_id,
                "jobId": iv.job_id,
                "analysis": iv.analysis,
                "analysisPdfBase64": base64.b64encode(pdf).decode("ascii"),
            },
        )

    def _emit_interview(
        self, iv: Interview, event: str, attempt_id: str | None, error: str | None = None
    ) -> None:
        data: dict[str, Any] = {
            "interviewId": iv.id,
            "callAttemptId": attempt_id,
            "candidateId": iv.candidate_id,
            "jobId": iv.job_id,
            "status": iv.status,
        }
        if error is not None:
            data["error"] = error
        self.fake.webhooks.emit(iv.company_id, event, data)
