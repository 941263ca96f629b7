"""Candidates over HTTP: list, create, get, patch, delete, and the analyses / interviews sub-lists."""

from __future__ import annotations

from typing import Any

from .._backends import candidates as backend
from .._context import Ctx
from .._fake_clock import iso
from .._records import Candidate
from .._shaping import FakeResponse
from ._one_record import OneRecord
from ._registry import handles

__all__ = [
    "CANDIDATE",
    "candidate_wire",
    "create_candidate",
    "list_candidate_analyses",
    "list_candidate_interviews",
    "list_candidates",
]


def candidate_wire(ctx: Ctx, cand: Candidate) -> dict[str, Any]:
    """The Candidate object with derived counts and links."""
    interviews = [i for i in ctx.state.interviews.values() if i.candidate_id == cand.id]
    analyses = [i for i in interviews if i.analysis is not None]
    out: dict[str, Any] = {
        "id": cand.id,
        "status": cand.status,
        "createdAt": iso(cand.created_at),
        "updatedAt": iso(cand.updated_at),
        "jobId": cand.job_ids[0] if cand.job_ids else None,
        "jobIds": list(cand.job_ids),
        "email": cand.email,
        "phoneNumber": cand.phone_number,
        "gdprExpiryDate": cand.gdpr_expiry_date,
        "overallRating": cand.overall_rating,
        "metadata": cand.metadata,
        "analysisCount": len(analyses),
        "interviewCount": len(interviews),
        "links": {
            "analyses": f"/v1/public/candidates/{cand.id}/analyses",
            "interviews": f"/v1/public/candidates/{cand.id}/interviews",
        },
    }
    for wire, value in (
        ("firstName", cand.first_name),
        ("lastName", cand.last_name),
        ("gender", cand.gender),
    ):
        if value is not None:
            out[wire] = value
    return out


@handles("listCandidates", "read:candidates")
def list_candidates(ctx: Ctx) -> FakeResponse:
    """GET /candidates (filters from the behaviour table; ``jobId`` also needs ``read:jobs``)."""
    cid = ctx.company_id()
    if ctx.query().get("jobId"):
        ctx.require_scope("read:jobs")
    items = ctx.filtered(c for c in ctx.state.candidates.values() if c.company_id == cid)
    return ctx.page(items, lambda c: candidate_wire(ctx, c))


@handles("createCandidate", "write:candidates")
def create_candidate(ctx: Ctx) -> FakeResponse:
    """POST /candidates -> 201; ``jobIds`` wins over the deprecated ``jobId``."""
    cid = ctx.company_id()
    body = ctx.body()
    backend.validate_candidate_fields(body, partial=False)
    job_ids: list[str] = []
    if body.get("jobIds") is not None:
        ctx.require_scope("read:jobs")
        job_ids = backend.check_job_ids(ctx, cid, body["jobIds"], "jobIds", min_items=1)
    elif body.get("jobId") is not None:
        ctx.require_scope("read:jobs")
        job_ids = backend.check_job_ids(ctx, cid, [body["jobId"]], "jobId", min_items=1)
    cand = backend.new_candidate(ctx, cid, body, job_ids)
    return ctx.ok(candidate_wire(ctx, cand), 201)


@handles("listCandidateInterviews", "read:candidates", "read:interviews")
def list_candidate_interviews(ctx: Ctx, id: str) -> FakeResponse:
    """GET /candidates/{id}/interviews (paginated Interview objects)."""
    cand = CANDIDATE.find(ctx, id)
    items = [i for i in ctx.state.interviews.values() if i.candidate_id == cand.id]
    return ctx.page(items, lambda i: i.to_wire())


@handles("listCandidateAnalyses", "read:candidates")
def list_candidate_analyses(ctx: Ctx, id: str) -> FakeResponse:
    """GET /candidates/{id}/analyses (paginated Analysis objects, with their interviewId)."""
    cand = CANDIDATE.find(ctx, id)
    items = [
        dict(i.analysis, interviewId=i.id)
        for i in ctx.state.interviews.values()
        if i.candidate_id == cand.id and i.analysis is not None
    ]
    return ctx.page(items, lambda a: a)


CANDIDATE = OneRecord(lambda ctx, id: ctx.owned(ctx.state.candidates, id, "Candidate"), candidate_wire)
CANDIDATE.get("getCandidate", "read:candidates")
CANDIDATE.update("updateCandidate", "write:candidates", apply=backend.update_candidate)
CANDIDATE.delete("deleteCandidate", "delete:candidates", remove=backend.delete_candidate)
