"""The wire shape of a sourcing, preview or enrichment run's results (answers and webhook payloads)."""

from __future__ import annotations

from typing import Any

from .._fake_clock import iso
from .._records import SourcingRun

__all__ = ["accepted_body", "results_body"]


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


def accepted_body(run: SourcingRun) -> dict[str, Any]:
    """The 202 answer of a started run."""
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
    return body
