"""``fake.trigger(event)``: make the fake reach a state in which ``event`` happens, through its own API.

Each trigger creates what the event needs with real API requests (job, candidate, agent, interview; a
sourcing or enrichment run), queues call outcomes where needed and advances the fake's clock until the event
fires, so every id in the delivered event resolves through the API (and ``analysis-pdf`` exists):

===================== =====================================================================================
event                 what happens
===================== =====================================================================================
interview.started     an ONLINE interview scheduled a minute ahead; the clock advances to its start
interview.completed   the same, advanced past its duration (analysis.completed follows)
analysis.completed    as interview.completed
analysis.failed       as interview.completed, with the interview's analysis failing
interview.failed      a PHONE interview tomorrow 10:00 UTC; every call attempt (and retry) goes unanswered
ping                  a test ping to every webhook subscribed to ping
sourcing.completed    a sourcing run for a webhook subscribed to it; the clock advances until it completes
sourcing.failed       the same run, failing
enrich.completed      an enrichment of a sourced profile (enrich.failed: failing)
===================== =====================================================================================
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ._enums import label, normalize_event
from ._shaping import FakeRequest

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["TRIGGER_KEY", "trigger"]

TRIGGER_KEY = "sk_test_instaview_trigger"
_ONE_YEAR = timedelta(days=365)


class _Api:
    """Requests to the fake under the trigger's own key (on the default company, no rate limit)."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        if TRIGGER_KEY not in fake.state.api_keys:
            fake.add_api_key(TRIGGER_KEY, rate_limit_per_minute=10**9, rate_limit_per_hour=10**9)

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = FakeRequest(
            method=method,
            path=path,
            query={},
            headers={"authorization": f"Bearer {TRIGGER_KEY}", "content-type": "application/json"},
            body=json.dumps(body).encode("utf-8") if body is not None else b"",
        )
        response = self.fake.handle(request)
        decoded = json.loads(response.body) if response.body else None
        if not 200 <= response.status < 300:
            raise RuntimeError(f"trigger: {method} {path} answered {response.status}: {decoded}")
        if isinstance(decoded, dict) and "data" in decoded:
            return decoded["data"]
        return decoded


def _interview(api: _Api, *, phone: bool, at: datetime) -> dict[str, Any]:
    now = api.fake.clock.now()
    job = api.call(
        "POST",
        "/jobs",
        {
            "title": "Backend Engineer",
            "description": "Builds the results pipeline (created by instaview trigger).",
            "requiredSkills": ["Python"],
            "location": {"workMode": "REMOTE", "city": "Bratislava", "countryCode": "SK"},
            "status": "OPEN",
        },
    )
    candidate = api.call(
        "POST",
        "/candidates",
        {
            "jobId": job["id"],
            "firstName": "Jana",
            "lastName": "Trigger",
            "email": f"jana.trigger+{api.fake.ids.hex(6)}@example.com",
            "phoneNumber": "+421900123456",
            "gdprExpiryDate": (now + _ONE_YEAR).date().isoformat(),
        },
    )
    agent = api.call(
        "POST",
        "/agents",
        {
            "name": "Trigger screening",
            "voiceId": "ALEX",
            "type": "PHONE" if phone else "ONLINE",
            **({"companyPhoneNumberId": api.fake.ids.uuid()} if phone else {}),
            "focus": "SCREENING",
            "questions": ["Tell me about your most relevant experience."],
            "duration": 30,
        },
    )
    interview = api.call(
        "POST",
        "/interviews",
        {
            "candidateId": candidate["id"],
            "agentId": agent["id"],
            "jobId": job["id"],
            "scheduleTime": at.isoformat().replace("+00:00", "Z"),
        },
    )
    return {
        "jobId": job["id"],
        "candidateId": candidate["id"],
        "agentId": agent["id"],
        "interviewId": interview["id"],
    }


def _advance_to(fake: FakeInstaView, when: datetime) -> None:
    delta = (when - fake.clock.now()).total_seconds()
    if delta > 0:
        fake.advance(seconds=delta)


def _sourcing_webhook(fake: FakeInstaView, event: str) -> str:
    owner = fake.default_company.id
    for hook in fake.state.webhooks.values():
        if event in hook.events and hook.is_active and hook.owner == owner:
            return hook.id
    raise RuntimeError(f"trigger {event}: register a webhook subscribed to {event} first")


def _sourcing(fake: FakeInstaView, api: _Api, name: str) -> dict[str, Any]:
    """A sourcing or enrichment run that completes or fails as ``name`` says (enrichment of a sourced profile)."""
    enrich = name in (label("ENRICH_COMPLETED"), label("ENRICH_FAILED"))
    failing = name in (label("SOURCING_FAILED"), label("ENRICH_FAILED"))
    webhook_id = _sourcing_webhook(fake, name)
    run_body = {
        "title": "Backend Engineer",
        "jobDescription": "Python, APIs",
        "location": "Bratislava",
    }
    if enrich:
        run = api.call("POST", "/sourcing", run_body)
        _advance_to(fake, fake.clock.now() + timedelta(seconds=fake.sourcing.seconds))
        results = api.call("GET", f"/sourcing/{run['requestId']}/results")
        profile = results["candidates"][0]["profileId"]
        fake.sourcing.fail_next += 1 if failing else 0
        run = api.call("POST", "/sourcing/enrich", {"profileIds": [profile], "webhookId": webhook_id})
    else:
        fake.sourcing.fail_next += 1 if failing else 0
        run = api.call("POST", "/sourcing", {**run_body, "webhookId": webhook_id})
    _advance_to(fake, fake.clock.now() + timedelta(seconds=fake.sourcing.seconds))
    return {"requestId": run["requestId"]}


def trigger(fake: FakeInstaView, event: str | int) -> dict[str, Any]:
    """Make ``event`` happen (see the module table); returns the ids involved and the deliveries made."""
    name = normalize_event(event) if isinstance(event, str | int) else None
    if name is None:
        raise ValueError(f"unknown webhook event {event!r}")
    api = _Api(fake)
    with fake.lock:
        before = len(fake.state.deliveries)
        now = fake.clock.now()
        ids: dict[str, Any] = {}
        if name in (
            label("INTERVIEW_STARTED"),
            label("INTERVIEW_COMPLETED"),
            label("ANALYSIS_COMPLETED"),
            label("ANALYSIS_FAILED"),
        ):
            start = now + timedelta(minutes=1)
            ids = _interview(api, phone=False, at=start)
            if name == label("INTERVIEW_STARTED"):
                _advance_to(fake, start)
            else:
                if name == label("ANALYSIS_FAILED"):
                    fake.lifecycle.analysis_failures += 1
                _advance_to(fake, start + timedelta(minutes=30))
        elif name == label("INTERVIEW_FAILED"):
            day = (now + timedelta(days=1)).astimezone(UTC)
            start = day.replace(hour=10, minute=0, second=0, microsecond=0)
            ids = _interview(api, phone=True, at=start)
            fake.queue_call_outcomes(*["NO_ANSWER"] * (fake.lifecycle.auto_retries + 1))
            _advance_to(fake, start + fake.lifecycle.retry_delay * fake.lifecycle.auto_retries)
        elif name == label("PING"):
            for hook in list(fake.state.webhooks.values()):
                if name in hook.events:
                    fake.webhooks.test(hook)
        else:  # sourcing / enrich
            ids = _sourcing(fake, api, name)
        made = fake.state.deliveries[before:]
        deliveries = [
            {"deliveryId": json.loads(d.body)["deliveryId"], "event": d.event, "webhookId": d.webhook_id}
            for d in made
        ]
    return {"event": name, **ids, "now": fake.clock.now().isoformat(), "deliveries": deliveries}
