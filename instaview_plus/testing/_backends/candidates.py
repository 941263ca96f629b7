"""Candidates backend: candidate records, their job assignments and the rules a schema cannot say."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._errors import BadRequest, Forbidden
from .._records import Candidate
from .._validate import check_date, check_datetime, check_metadata, check_uuid, fail

__all__ = [
    "check_job_ids",
    "delete_candidate",
    "new_candidate",
    "update_candidate",
    "validate_candidate_fields",
]

_SIMPLE = {
    "firstName": "first_name",
    "lastName": "last_name",
    "email": "email",
    "phoneNumber": "phone_number",
    "status": "status",
    "gender": "gender",
}


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


def update_candidate(ctx: Ctx, cand: Candidate, body: dict[str, Any]) -> Candidate:
    """Apply a partial update: ``jobIds`` and ``metadata`` replace the stored values."""
    validate_candidate_fields(body, partial=True)
    gdpr = _gdpr(ctx, body, "gdprExpiryDate")
    if body.get("jobIds") is not None:
        cand.job_ids = check_job_ids(ctx, cand.company_id, body["jobIds"], "jobIds", min_items=0)
    if gdpr is not None:
        cand.gdpr_expiry_date = gdpr
    for wire, attr in _SIMPLE.items():
        if wire in body:
            setattr(cand, attr, body[wire])
    if body.get("metadata") is not None:
        cand.metadata = body["metadata"]
    cand.updated_at = ctx.now
    return cand


def delete_candidate(ctx: Ctx, cand: Candidate) -> None:
    """Delete the candidate; existing interviews are kept."""
    del ctx.state.candidates[cand.id]
