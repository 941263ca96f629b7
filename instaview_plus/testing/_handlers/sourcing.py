"""Sourcing, enrichment, preview (202 -> 200 polling, credits, 402) and synchronous render-html."""

from __future__ import annotations

import html
import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .._clock import iso
from .._context import Ctx
from .._enums import label
from .._errors import Conflict, Forbidden, NotFound, PaymentRequired, Unprocessable
from .._records import SourcingRun, UsageEvent
from .._validate import fail, needed
from .._wire import FakeResponse, json_response

if TYPE_CHECKING:
    from .._fake import FakeInstaView

__all__ = [
    "SourcingEngine",
    "enrich",
    "enrich_results",
    "patch_sourcing",
    "preview",
    "preview_results",
    "render_html",
    "sourcing",
    "sourcing_results",
]

_NAMES = ["Jane Smith", "Marek Novak", "Aiko Tanaka", "Luis Garcia", "Eva Horvath", "Sam Okafor"]
_EVENTS = {
    "sourcing": (label("SOURCING_COMPLETED"), label("SOURCING_FAILED")),
    "preview": (label("SOURCING_COMPLETED"), label("SOURCING_FAILED")),
    "enrich": (label("ENRICH_COMPLETED"), label("ENRICH_FAILED")),
}


class SourcingEngine:
    """Completes runs after ``seconds`` of fake time or ``polls`` result polls, whichever first."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        self.seconds = 60
        self.polls = 3
        self.fail_next: int = 0

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
            charged = float(sum(1 for r in run.results if r["success"]))
            run.status = "completed"
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
        event = _EVENTS[run.kind][0 if run.status == "completed" else 1]
        hook = state.webhooks.get(run.webhook_id or "")
        if hook is not None and event in hook.events:
            self.fake.webhooks.emit(run.company_id, event, results_body(run), only=hook)


def results_body(run: SourcingRun) -> dict[str, Any]:
    """The flat results body of a run."""
    out: dict[str, Any] = {
        "success": True,
        "requestId": run.id,
        "status": run.status,
        "createdAt": iso(run.created_at, ms=True),
    }
    if run.status == "processing":
        out["message"] = (
            "Enrichment is in progress. Please poll again in a few seconds."
            if run.kind == "enrich"
            else "The sourcing agent is actively analyzing candidates. Please poll again in 10 seconds."
        )
        if run.kind != "enrich":
            out["candidatesSourcedCount"] = len(run.candidates)
        return out
    out["completedAt"] = iso(run.completed_at, ms=True)
    if run.status == "failed":
        out["errorCode"], out["errorMessage"] = run.error_code, run.error_message
    if run.kind == "enrich":
        ok = sum(1 for r in run.results if r["success"])
        out.update(
            enrichedCount=ok,
            failureCount=len(run.results) - ok,
            creditsConsumed=run.credits_consumed,
            data=run.results,
        )
    elif run.kind == "preview":
        out.update(foundCount=len(run.candidates), candidates=[_preview(p) for p in run.candidates])
    else:
        out.update(foundCount=len(run.candidates), scoredCount=len(run.candidates), candidates=run.candidates)
    return out


def _preview(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "profileId": p["profileId"],
        "fullName": p["name"],
        "profileUrl": p["linkedinUrl"],
        "title": p["currentRole"],
        "headline": p["headline"],
        "location": p["location"],
        "country": "United States",
        "companyName": p["currentCompany"],
        "companyUrl": "https://www.linkedin.com/company/stripe",
    }


def _webhook(ctx: Ctx, company_id: str, body: dict[str, Any], kind: str) -> str | None:
    if body.get("webhookId") is None:
        return None
    wid = str(body["webhookId"])
    hook = ctx.state.webhooks.get(wid)
    if hook is None:
        raise NotFound("WebhookConfig", wid, message="Webhook configuration not found")
    if hook.company_id not in (company_id, None) or (
        hook.api_key_id != ctx.key.id and hook.owner not in (company_id, ctx.key.id)
    ):
        raise Forbidden("Webhook configuration belongs to another company", code="WEBHOOK_OWNERSHIP_MISMATCH")
    if not set(_EVENTS[kind]) & set(hook.events):
        raise Unprocessable(
            f"Webhook is not subscribed to {'enrichment' if kind == 'enrich' else 'sourcing'} events",
            code="WEBHOOK_NOT_SUBSCRIBED",
        )
    return wid


def _preflight(ctx: Ctx, company_id: str, cost: float) -> None:
    company = ctx.state.companies[company_id]
    if company.prepaid and company.credits < cost:
        raise PaymentRequired(
            f"Insufficient credits: {cost:g} required, {company.credits:g} available",
            details={"required": cost, "available": company.credits},
        )


def _start(
    ctx: Ctx,
    kind: str,
    prefix: str,
    params: dict[str, Any],
    pending: int,
    webhook_id: str | None,
    company_id: str,
) -> FakeResponse:
    run = SourcingRun(
        id=prefix + ctx.new_id(),
        kind=kind,
        company_id=company_id,
        status="processing",
        created_at=ctx.now,
        updated_at=ctx.now,
        started_at=ctx.now,
        params=params,
        webhook_id=webhook_id,
        pending=pending,
    )
    ctx.state.sourcing_runs[run.id] = run
    return _accepted(run)


def _accepted(run: SourcingRun) -> FakeResponse:
    body: dict[str, Any] = {
        "success": True,
        "requestId": run.id,
        "status": "processing",
        "message": (
            "Enrichment run accepted and queued for processing."
            if run.kind == "enrich"
            else "Sourcing run accepted and queued for processing."
        ),
        "webhookId": run.webhook_id,
        "createdAt": iso(run.created_at, ms=True),
    }
    if run.kind != "enrich":
        body["updatedAt"] = iso(run.updated_at, ms=True)
    return json_response(202, body)


def sourcing(ctx: Ctx) -> FakeResponse:
    """POST /sourcing -> 202 ``req_...``."""
    cid = ctx.company_id()
    body = ctx.body()
    limit = body.get("limit") or 20
    wid = _webhook(ctx, cid, body, "sourcing")
    _preflight(ctx, cid, limit)
    return _start(ctx, "sourcing", "req_", body, limit, wid, cid)


def preview(ctx: Ctx) -> FakeResponse:
    """POST /sourcing/preview -> 202 ``req_prev_...``; costs ceil(limit/20) credits."""
    cid = ctx.company_id()
    body = ctx.body()
    limit = body.get("limit") or 20
    wid = _webhook(ctx, cid, body, "preview")
    _preflight(ctx, cid, math.ceil(limit / 20))
    return _start(ctx, "preview", "req_prev_", body, limit, wid, cid)


def enrich(ctx: Ctx) -> FakeResponse:
    """POST /sourcing/enrich -> 202 ``enr_...`` (1..10 profileIds)."""
    cid = ctx.company_id()
    body = ctx.body()
    ids = list(needed(body, "profileIds"))
    wid = _webhook(ctx, cid, body, "enrich")
    _preflight(ctx, cid, len(ids))
    return _start(ctx, "enrich", "enr_", {"profileIds": ids}, 0, wid, cid)


def _run(ctx: Ctx, id: str, kind: str) -> SourcingRun:
    run = ctx.state.sourcing_runs.get(id)
    if run is None or run.kind != kind or run.company_id != ctx.company_id():
        raise NotFound("SourcingRequest", id, code="REQUEST_NOT_FOUND", message=f"Request {id} not found")
    return run


def _results(ctx: Ctx, id: str, kind: str) -> FakeResponse:
    run = _run(ctx, id, kind)
    if run.status == "processing":
        run.polls += 1
        ctx.fake.sourcing.tick(ctx.now)
    return json_response(202 if run.status == "processing" else 200, results_body(run))


def sourcing_results(ctx: Ctx, id: str) -> FakeResponse:
    """GET /sourcing/{id}/results -> 202 while processing, 200 when completed or failed."""
    return _results(ctx, id, "sourcing")


def enrich_results(ctx: Ctx, id: str) -> FakeResponse:
    """GET /sourcing/enrich/{id}/results."""
    return _results(ctx, id, "enrich")


def preview_results(ctx: Ctx, id: str) -> FakeResponse:
    """GET /sourcing/preview/{id}/results (its own limit, the spec's x-rate-limit, is applied before)."""
    return _results(ctx, id, "preview")


def patch_sourcing(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /sourcing/{id} -> 202 new pass; 409 while processing; 400 without query and limit."""
    run = _run(ctx, id, "sourcing")
    body = ctx.body()
    if body.get("query") is None and body.get("limit") is None:
        raise fail("query", "at least one of query or limit is required")
    limit = body.get("limit") or 10
    if run.status == "processing":
        raise Conflict("The sourcing run is still processing; wait for it to finish", code="RUN_IN_PROGRESS")
    _preflight(ctx, run.company_id, limit)
    if body.get("query") is not None:
        run.params["query"] = body["query"]
    run.status, run.pending, run.started_at, run.updated_at = "processing", limit, ctx.now, ctx.now
    run.completed_at, run.polls = None, 0
    return _accepted(run)


def render_html(ctx: Ctx) -> FakeResponse:
    """POST /sourcing/render-html -> 200 ``{success, renderedCount, data}`` (synchronous)."""
    cid = ctx.company_id()
    body = ctx.body()
    ids = list(needed(body, "profileIds"))
    theme = body.get("theme") or "dark"
    bg, fg = ("#0f172a", "#f8fafc") if theme == "dark" else ("#ffffff", "#0f172a")
    data = []
    for pid in ids:
        prof = ctx.state.profiles.get(pid)
        if prof is None or ctx.state.profile_owner.get(pid) != cid:
            data.append({"profileId": pid, "success": False, "errorCode": "PROFILE_NOT_FOUND"})
            continue
        name = html.escape(str(prof["name"]))
        card = (
            f'<div style="background:{bg};color:{fg};font-family:Inter,system-ui,sans-serif;'
            f'padding:16px;border-radius:12px"><h3 style="margin:0">{name}</h3>'
            f"<p>{html.escape(str(prof['currentRole']))} at {html.escape(str(prof['currentCompany']))}"
            f"</p><span>Match {prof['matchScore']}</span></div>"
        )
        data.append({"profileId": pid, "success": True, "name": prof["name"], "htmlContent": card})
    return json_response(
        200, {"success": True, "renderedCount": sum(1 for d in data if d["success"]), "data": data}
    )
