"""The sourcing engine: completes sourcing, preview and enrichment runs in the fake's time and charges them."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .._enums import label
from .._records import SourcingRun, UsageEvent

if TYPE_CHECKING:
    from .._fake import FakeInstaView

__all__ = ["EVENTS", "SourcingEngine"]

_NAMES = ["Jane Smith", "Marek Novak", "Aiko Tanaka", "Luis Garcia", "Eva Horvath", "Sam Okafor"]
EVENTS = {
    "sourcing": (label("SOURCING_COMPLETED"), label("SOURCING_FAILED")),
    "preview": (label("SOURCING_COMPLETED"), label("SOURCING_FAILED")),
    "enrich": (label("ENRICH_COMPLETED"), label("ENRICH_FAILED")),
}


class SourcingEngine:
    """Completes runs after ``seconds`` of fake time or ``polls`` result polls, whichever first."""

    def __init__(self, fake: FakeInstaView, payload: Callable[[SourcingRun], dict[str, Any]]) -> None:
        self.fake = fake
        self.payload = payload  # a finished run's webhook payload (the shaping of its results answer)
        self.seconds: float = 60
        self.polls: int = 3
        self.fail_next: int = 0  # the next runs that fail (AGENT_ERROR)

    def tick(self, now: datetime) -> None:
        """Finish every run that is due."""
        for run in list(self.fake.state.sourcing_runs.values()):
            if run.status == "processing" and (
                now >= run.started_at + timedelta(seconds=self.seconds) or run.polls >= self.polls
            ):
                self.finish(run, now)

    def _profile(self, company_id: str) -> dict[str, Any]:
        ids = self.fake.ids
        pid = ids.hex(12)
        name = ids.choice(_NAMES)
        slug = name.lower().replace(" ", "")
        profile = {
            "profileId": pid,
            "name": name,
            "linkedinUrl": f"https://www.linkedin.com/in/{slug}",
            "matchScore": ids.randint(60, 98),
            "rationale": "Strong match for the role.",
            "skills": ["Node.js", "TypeScript", "PostgreSQL"],
            "headline": "Senior Software Engineer at Stripe",
            "location": "San Francisco, CA",
            "currentCompany": "Stripe",
            "currentRole": "Senior Software Engineer",
            "aiFitPoints": ["5+ years Node.js"],
            "aiRedFlags": [],
            "aiDetailedRationale": [],
            "detailedExperience": [],
            "emails": [],
        }
        self.fake.state.profiles[pid] = profile
        self.fake.state.profile_owner[pid] = company_id
        return profile

    def _enrich(self, run: SourcingRun) -> float:
        """Enrich the run's profiles of its company; the credits to charge (one per success)."""
        state = self.fake.state
        run.results = []
        for pid in run.params["profileIds"]:
            prof = state.profiles.get(pid)
            if prof is not None and state.profile_owner.get(pid) == run.company_id:
                prof["emails"] = prof["emails"] or [f"{prof['name'].split()[0].lower()}@example.com"]
                run.results.append({"profileId": pid, "success": True, "candidate": prof})
            else:
                run.results.append(
                    {
                        "profileId": pid,
                        "success": False,
                        "errorCode": "PROFILE_NOT_FOUND",
                        "errorMessage": "Profile could not be enriched",
                    }
                )
        run.status = "completed"
        return float(sum(1 for r in run.results if r["success"]))

    def finish(self, run: SourcingRun, now: datetime) -> None:
        """Complete (or fail) ``run`` now, charge credits and emit its webhook."""
        state = self.fake.state
        run.completed_at = run.updated_at = now
        run.polls = 0
        if self.fail_next > 0:
            self.fail_next -= 1
            run.status, run.error_code = "failed", "AGENT_ERROR"
            run.error_message = "The sourcing agent encountered an unexpected error."
            charged = 0.0
        elif run.kind == "enrich":
            charged = self._enrich(run)
        else:
            new = [self._profile(run.company_id) for _ in range(run.pending)]
            run.candidates = sorted(run.candidates + new, key=lambda p: -int(p["matchScore"]))
            charged = float(math.ceil(run.pending / 20)) if run.kind == "preview" else float(len(new))
            run.status = "completed"
        run.credits_consumed += charged
        company = state.companies.get(run.company_id)
        if charged and company is not None:
            if company.prepaid:
                company.credits = max(0.0, company.credits - charged)
            minutes = charged * 0.4 if run.kind == "preview" and company.billing_system == "minutes" else 0
            state.usage.append(
                UsageEvent(
                    company_id=run.company_id,
                    at=now,
                    cost_key={"sourcing": "sourcing", "preview": "sourcing_preview", "enrich": "enrichment"}[
                        run.kind
                    ],
                    minutes=minutes,
                    credits=charged,
                )
            )
        event = EVENTS[run.kind][0 if run.status == "completed" else 1]
        hook = state.webhooks.get(run.webhook_id or "")
        if hook is not None and event in hook.events:
            self.fake.webhooks.emit(run.company_id, event, self.payload(run), only=hook)
