"""Jobs backend: the job records and their rules (stored fields, imports from a URL, delete cascade)."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._errors import BadRequest
from .._records import Job
from .._validate import check_metadata, fail

__all__ = ["delete_job", "import_job", "new_job", "update_job", "validate_job_fields"]

_STORED = (
    "requiredSkills",
    "niceToHaveSkills",
    "languageRequirements",
    "education",
    "experience",
    "contractType",
    "benefits",
    "salary",
)


def validate_job_fields(
    body: dict[str, Any], *, prefix: str = "", combined_skills: bool = False
) -> dict[str, Any]:
    """The optional fields of a job body to store (camelCase).

    The spec's limits (lengths, item counts, enums, formats, required fields) were checked before the handler
    ran; what is left are the documented rules a schema cannot say.
    """
    out = {name: body[name] for name in _STORED if body.get(name) is not None}
    if combined_skills and len(out.get("requiredSkills", [])) + len(out.get("niceToHaveSkills", [])) > 10:
        raise fail(prefix + "requiredSkills", "requiredSkills and niceToHaveSkills combined cannot exceed 10")
    for name in ("jobUrl", "descriptionUrl"):  # PATCH's descriptionUrl is stored as jobUrl
        if body.get(name) is not None:
            out["jobUrl"] = body[name]
    if body.get("location") is not None:
        out["location"] = dict(body["location"])
    if body.get("workMode") is not None:  # PATCH's top-level workMode -> location.workMode
        out.setdefault("location", {})["workMode"] = body["workMode"]
    metadata = check_metadata(body)
    if metadata is not None:
        out["metadata"] = metadata
    return out


def new_job(ctx: Ctx, company_id: str, body: dict[str, Any], fields: dict[str, Any]) -> Job:
    """Create and store a job from a validated body."""
    job = Job(
        id=ctx.new_id(),
        company_id=company_id,
        title=body["title"],
        description=body["description"],
        status=body.get("status", "OPEN"),
        created_at=ctx.now,
        updated_at=ctx.now,
        fields=fields,
    )
    ctx.state.jobs[job.id] = job
    return job


def import_job(ctx: Ctx, company_id: str, url: str, *, create: bool) -> Job:
    """A job extracted from the posting at ``url``: stored when ``create``, else a preview (empty id)."""
    slug = url.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").strip() or "job"
    title = f"{slug.title()} (imported)"[:200]
    if len(title) < 5:
        raise BadRequest("Invalid job title extracted from the posting", code="INVALID_JOB_TITLE")
    extracted = {
        "title": title,
        "status": "OPEN",
        "description": f"Job imported from {url}. Responsibilities and requirements as listed "
        f"in the original posting.",
    }
    fields: dict[str, Any] = {"jobUrl": url, "requiredSkills": [], "niceToHaveSkills": []}
    if create:
        return new_job(ctx, company_id, extracted, fields)
    return Job(
        id="",
        company_id=company_id,
        title=title,
        description=extracted["description"],
        status="OPEN",
        created_at=ctx.now,
        updated_at=ctx.now,
        fields=fields,
    )


def update_job(ctx: Ctx, job: Job, body: dict[str, Any]) -> Job:
    """Apply a partial update; ``location`` is merged, metadata replaced."""
    fields = validate_job_fields(body)
    for name in ("title", "description", "status"):
        if body.get(name) is not None:
            setattr(job, name, body[name])
    location = fields.pop("location", None)
    if location is not None:
        merged = dict(job.fields.get("location", {}))
        merged.update(location)
        job.fields["location"] = merged
    job.fields.update(fields)
    job.updated_at = ctx.now
    return job


def delete_job(ctx: Ctx, job: Job) -> None:
    """Delete the job and clear the candidates' assignments to it."""
    del ctx.state.jobs[job.id]
    for cand in ctx.state.candidates.values():
        if job.id in cand.job_ids:
            cand.job_ids.remove(job.id)
