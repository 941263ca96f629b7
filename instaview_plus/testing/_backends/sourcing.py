"""Sourcing backend: starting runs (webhook ownership and subscription, prepaid credits), another pass,
and the profile cards of render-html."""

from __future__ import annotations

import html
from typing import Any

from .._context import Ctx
from .._errors import Conflict, Forbidden, NotFound, PaymentRequired, Unprocessable
from .._records import SourcingRun
from .._validate import fail
from .sourcing_engine import EVENTS

__all__ = ["another_pass", "preflight", "render_cards", "run_of", "start_run", "webhook_for"]


def webhook_for(ctx: Ctx, company_id: str, body: dict[str, Any], kind: str) -> str | None:
    """The run's ``webhookId``: the company's (403 otherwise) and subscribed to the run's events (422)."""
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
    if not set(EVENTS[kind]) & set(hook.events):
        raise Unprocessable(
            f"Webhook is not subscribed to {'enrichment' if kind == 'enrich' else 'sourcing'} events",
            code="WEBHOOK_NOT_SUBSCRIBED",
        )
    return wid


def preflight(ctx: Ctx, company_id: str, cost: float) -> None:
    """402 when a prepaid company has fewer credits than ``cost``."""
    company = ctx.state.companies[company_id]
    if company.prepaid and company.credits < cost:
        raise PaymentRequired(
            f"Insufficient credits: {cost:g} required, {company.credits:g} available",
            details={"required": cost, "available": company.credits},
        )


def start_run(
    ctx: Ctx,
    kind: str,
    prefix: str,
    params: dict[str, Any],
    pending: int,
    webhook_id: str | None,
    company_id: str,
) -> SourcingRun:
    """Store a new processing run (the engine completes it)."""
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
    return run


def run_of(ctx: Ctx, id: str, kind: str) -> SourcingRun:
    """The run ``id`` of this kind and company (404 otherwise)."""
    run = ctx.state.sourcing_runs.get(id)
    if run is None or run.kind != kind or run.company_id != ctx.company_id():
        raise NotFound("SourcingRequest", id, code="REQUEST_NOT_FOUND", message=f"Request {id} not found")
    return run


def another_pass(ctx: Ctx, run: SourcingRun, body: dict[str, Any]) -> SourcingRun:
    """Start another pass of a finished run (409 while processing; 400 without query and limit)."""
    if body.get("query") is None and body.get("limit") is None:
        raise fail("query", "at least one of query or limit is required")
    limit = body.get("limit") or 10
    if run.status == "processing":
        raise Conflict("The sourcing run is still processing; wait for it to finish", code="RUN_IN_PROGRESS")
    preflight(ctx, run.company_id, limit)
    if body.get("query") is not None:
        run.params["query"] = body["query"]
    run.status, run.pending, run.started_at, run.updated_at = "processing", limit, ctx.now, ctx.now
    run.completed_at, run.polls = None, 0
    return run


def render_cards(ctx: Ctx, company_id: str, ids: list[str], theme: str) -> list[dict[str, Any]]:
    """One HTML card per profile of the company (``PROFILE_NOT_FOUND`` otherwise)."""
    bg, fg = ("#0f172a", "#f8fafc") if theme == "dark" else ("#ffffff", "#0f172a")
    data: list[dict[str, Any]] = []
    for pid in ids:
        prof = ctx.state.profiles.get(pid)
        if prof is None or ctx.state.profile_owner.get(pid) != company_id:
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
    return data
