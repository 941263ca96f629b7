"""Candidates: list, create, get, patch, delete, and the analyses / interviews sub-lists."""

from __future__ import annotations

from typing import Any

from .._clock import iso
from .._context import Ctx
from .._errors import BadRequest, Forbidden
from .._records import Candidate
from .._validate import check_date, check_datetime, check_metadata, check_uuid, fail
from .._wire import FakeResponse, json_response

__all__ = [
    "candidate_wire",
    "check_job_ids",
    "create_candidate",
    "delete_candidate",
    "get_candidate",
    "list_candidate_analyses",
    "list_candidate_interviews",
    "list_candidates",
    "update_candidate",
    "validate_candidate_fields",
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


def check_job_ids(ctx: Ctx, company_id: str, ids: Any, field: str, *, min_items: int) -> list[str]:
    """Job ids that exist in ``company_id`` (400 unknown, 403 another company's)."""
    if not isinstance(ids, list) or not min_items <= len(ids) <= 50:
        raise fail(field, f"must be an array of {min_items} to 50 job IDs")
    out: list[str] = []
    for raw in ids:
        jid = check_uuid(raw, field)
        job = ctx.state.jobs.get(jid)
        if job is None:
            raise BadRequest(f"Job with ID {jid} does not exist", details={"field": field, "resourceId": jid})
        if job.company_id != company_id:
            raise Forbidden(f"Job {jid} belongs to another company", details={"resourceId": jid})
        if jid not in out:
            out.append(jid)
    return out


def validate_candidate_fields(body: dict[str, Any], *, partial: bool, prefix: str = "") -> None:
    """The documented rules a schema cannot say: email or phone, metadata size.

    Names, phone pattern, GDPR date format, status and required fields are the spec's, checked before. The
    e-mail's form is not checked: the spec has no ``format: email`` (the documented examples carry
    ``"[email protected]"``), so the fake, like the SDK and Prism, accepts any string (openapi/NOTES.md).
    """
    if not partial and body.get("email") is None and body.get("phoneNumber") is None:
        raise fail(prefix + "email", "at least one of email or phoneNumber is required")
    check_metadata(body)


def _gdpr(ctx: Ctx, body: dict[str, Any], field: str) -> str | None:
    """A date ``YYYY-MM-DD`` or an ISO 8601 timestamp with an offset (the quickstart's ``toISOString()``).

    Stored and returned as the date ("currently returned as a date (no time)"); it must be in the future.
    """
    raw = body.get("gdprExpiryDate")
    if raw is None:
        return None
    if isinstance(raw, str) and "T" in raw.upper():
        stamp = check_datetime(raw, field)
        if stamp.tzinfo is None:
            raise fail(field, f"a timestamp needs a UTC offset or Z (got {raw!r})")
        if stamp <= ctx.now:
            raise fail(field, f"must be in the future (got {raw})")
        return stamp.date().isoformat()
    value = check_date(raw, field)
    if value <= ctx.now.date():
        raise fail(field, f"must be a date in the future (got {value.isoformat()})")
    return value.isoformat()


def new_candidate(
    ctx: Ctx, company_id: str, body: dict[str, Any], job_ids: list[str], prefix: str = ""
) -> Candidate:
    """Store a candidate from a validated body."""
    cand = Candidate(
        id=ctx.new_id(),
        company_id=company_id,
        first_name=body.get("firstName"),
        last_name=body.get("lastName"),
        created_at=ctx.now,
        updated_at=ctx.now,
        email=body.get("email"),
        phone_number=body.get("phoneNumber"),
        gdpr_expiry_date=_gdpr(ctx, body, prefix + "gdprExpiryDate"),
        status=body.get("status") or "APPLIED",
        job_ids=job_ids,
        metadata=body.get("metadata") or {},
        gender=body.get("gender"),
    )
    ctx.state.candidates[cand.id] = cand
    return cand


def list_candidates(ctx: Ctx) -> FakeResponse:
    """GET /candidates with ``jobId``, ``status``, ``search`` filters."""
    cid = ctx.company_id()
    q = ctx.request.query
    if q.get("jobId"):
        ctx.require_scope("read:jobs")
    search = (q.get("search") or "").lower()
    items = [
        c
        for c in ctx.state.candidates.values()
        if c.company_id == cid
        and (not q.get("jobId") or q["jobId"] in c.job_ids)
        and (not q.get("status") or c.status == q["status"])
        and (not search or search in f"{c.first_name or ''} {c.last_name or ''} {c.email or ''}".lower())
    ]
    return ctx.page(items, lambda c: candidate_wire(ctx, c))


def create_candidate(ctx: Ctx) -> FakeResponse:
    """POST /candidates -> 201; ``jobIds`` wins over the deprecated ``jobId``."""
    cid = ctx.company_id()
    body = ctx.body()
    validate_candidate_fields(body, partial=False)
    job_ids: list[str] = []
    if body.get("jobIds") is not None:
        ctx.require_scope("read:jobs")
        job_ids = check_job_ids(ctx, cid, body["jobIds"], "jobIds", min_items=1)
    elif body.get("jobId") is not None:
        ctx.require_scope("read:jobs")
        job_ids = check_job_ids(ctx, cid, [body["jobId"]], "jobId", min_items=1)
    cand = new_candidate(ctx, cid, body, job_ids)
    return ctx.ok(candidate_wire(ctx, cand), 201)


def get_candidate(ctx: Ctx, id: str) -> FakeResponse:
    """GET /candidates/{id}."""
    return ctx.ok(candidate_wire(ctx, ctx.owned(ctx.state.candidates, id, "Candidate")))


def update_candidate(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /candidates/{id}: ``jobIds`` and ``metadata`` replace the stored values."""
    cand = ctx.owned(ctx.state.candidates, id, "Candidate")
    body = ctx.body()
    validate_candidate_fields(body, partial=True)
    gdpr = _gdpr(ctx, body, "gdprExpiryDate")
    if body.get("jobIds") is not None:
        cand.job_ids = check_job_ids(ctx, cand.company_id, body["jobIds"], "jobIds", min_items=0)
    if gdpr is not None:
        cand.gdpr_expiry_date = gdpr
    simple = {
        "firstName": "first_name",
        "lastName": "last_name",
        "email": "email",
        "phoneNumber": "phone_number",
        "status": "status",
        "gender": "gender",
    }
    for wire, attr in simple.items():
        if wire in body:
            setattr(cand, attr, body[wire])
    if body.get("metadata") is not None:
        cand.metadata = body["metadata"]
    cand.updated_at = ctx.now
    return ctx.ok(candidate_wire(ctx, cand))


def delete_candidate(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /candidates/{id} -> bare ``true``; existing interviews are kept."""
    cand = ctx.owned(ctx.state.candidates, id, "Candidate")
    del ctx.state.candidates[cand.id]
    return json_response(200, True)


def list_candidate_interviews(ctx: Ctx, id: str) -> FakeResponse:
    """GET /candidates/{id}/interviews (paginated Interview objects)."""
    cand = ctx.owned(ctx.state.candidates, id, "Candidate")
    items = [i for i in ctx.state.interviews.values() if i.candidate_id == cand.id]
    return ctx.page(items, lambda i: i.to_wire())


def list_candidate_analyses(ctx: Ctx, id: str) -> FakeResponse:
    """GET /candidates/{id}/analyses (paginated Analysis objects, with their interviewId)."""
    cand = ctx.owned(ctx.state.candidates, id, "Candidate")
    items = [
        dict(i.analysis, interviewId=i.id)
        for i in ctx.state.interviews.values()
        if i.candidate_id == cand.id and i.analysis is not None
    ]
    return ctx.page(items, lambda a: a)
