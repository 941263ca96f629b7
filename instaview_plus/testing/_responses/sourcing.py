"""Sourcing, enrichment, preview (202 -> 200 polling, credits, 402) and synchronous render-html over HTTP."""

from __future__ import annotations

import math

from .._backends import sourcing as backend
from .._context import Ctx
from .._shaping import FakeResponse, json_response
from .._validate import needed
from ._registry import handles
from .sourcing_results import accepted_body, results_body

__all__ = [
    "enrich",
    "enrich_results",
    "patch_sourcing",
    "preview",
    "preview_results",
    "render_html",
    "sourcing",
    "sourcing_results",
]


def _start(ctx: Ctx, kind: str, prefix: str) -> FakeResponse:
    """Start a run of ``kind``: the webhook checked, the credits pre-checked, 202 with its request id."""
    cid = ctx.company_id()
    body = ctx.body()
    if kind == "enrich":
        ids = list(needed(body, "profileIds"))
        params, pending, cost = {"profileIds": ids}, 0, float(len(ids))
    else:
        limit = body.get("limit") or 20
        params, pending = body, limit
        cost = math.ceil(limit / 20) if kind == "preview" else limit
    wid = backend.webhook_for(ctx, cid, body, kind)
    backend.preflight(ctx, cid, cost)
    run = backend.start_run(ctx, kind, prefix, params, pending, wid, cid)
    return json_response(202, accepted_body(run))


@handles("createSourcing", "sourcing:write")
def sourcing(ctx: Ctx) -> FakeResponse:
    """POST /sourcing -> 202 ``req_...``."""
    return _start(ctx, "sourcing", "req_")


@handles("createSourcingPreview", "sourcing:write")
def preview(ctx: Ctx) -> FakeResponse:
    """POST /sourcing/preview -> 202 ``req_prev_...``; costs ceil(limit/20) credits."""
    return _start(ctx, "preview", "req_prev_")


@handles("createEnrichment", "enrich:write")
def enrich(ctx: Ctx) -> FakeResponse:
    """POST /sourcing/enrich -> 202 ``enr_...`` (1..10 profileIds)."""
    return _start(ctx, "enrich", "enr_")


def _results(ctx: Ctx, id: str, kind: str) -> FakeResponse:
    run = backend.run_of(ctx, id, kind)
    if run.status == "processing":
        run.polls += 1
        ctx.fake.sourcing.tick(ctx.now)
    return json_response(202 if run.status == "processing" else 200, results_body(run))


@handles("getSourcingResults", "sourcing:read")
def sourcing_results(ctx: Ctx, id: str) -> FakeResponse:
    """GET /sourcing/{id}/results -> 202 while processing, 200 when completed or failed."""
    return _results(ctx, id, "sourcing")


@handles("getEnrichmentResults", "enrich:write")
def enrich_results(ctx: Ctx, id: str) -> FakeResponse:
    """GET /sourcing/enrich/{id}/results."""
    return _results(ctx, id, "enrich")


@handles("getSourcingPreviewResults", "sourcing:read")
def preview_results(ctx: Ctx, id: str) -> FakeResponse:
    """GET /sourcing/preview/{id}/results (its own limit, the spec's x-rate-limit, is applied before)."""
    return _results(ctx, id, "preview")


@handles("updateSourcing", "sourcing:write")
def patch_sourcing(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /sourcing/{id} -> 202 new pass; 409 while processing; 400 without query and limit."""
    run = backend.another_pass(ctx, backend.run_of(ctx, id, "sourcing"), ctx.body())
    return json_response(202, accepted_body(run))


@handles("renderSourcingHtml", "enrich:write")
def render_html(ctx: Ctx) -> FakeResponse:
    """POST /sourcing/render-html -> 200 ``{success, renderedCount, data}`` (synchronous)."""
    cid = ctx.company_id()
    body = ctx.body()
    ids = list(needed(body, "profileIds"))
    data = backend.render_cards(ctx, cid, ids, body.get("theme") or "dark")
    return json_response(
        200, {"success": True, "renderedCount": sum(1 for d in data if d["success"]), "data": data}
    )
