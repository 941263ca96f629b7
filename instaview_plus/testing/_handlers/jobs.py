"""Jobs: list, create, create-from-URL, get, patch, delete."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._errors import BadRequest
from .._records import Job
from .._validate import check_metadata, fail, needed
from .._wire import FakeResponse, json_response

__all__ = [
    "create_job",
    "create_job_from_url",
    "delete_job",
    "get_job",
    "list_jobs",
    "new_job",
    "update_job",
    "validate_job_fields",
]


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


def list_jobs(ctx: Ctx) -> FakeResponse:
    """GET /jobs (filters ``status`` and ``search`` are inferred)."""
    cid = ctx.company_id()
    status = ctx.request.query.get("status")
    search = (ctx.request.query.get("search") or "").lower()
    jobs = [
        j
        for j in ctx.state.jobs.values()
        if j.company_id == cid
        and (not status or j.status == status)
        and (not search or search in j.title.lower())
    ]
    return ctx.page(jobs, Job.to_wire)


def create_job(ctx: Ctx) -> FakeResponse:
    """POST /jobs -> 201 Job."""
    cid = ctx.company_id()
    body = ctx.body()
    fields = validate_job_fields(body)
    return ctx.ok(new_job(ctx, cid, body, fields).to_wire(), 201)


def create_job_from_url(ctx: Ctx) -> FakeResponse:
    """POST /jobs/url -> 201 ``{data: Job, sourceUrl}`` (200 preview with createJob=false)."""
    cid = ctx.company_id()
    body = ctx.body()
    url = needed(body, "jobUrl")
    create = body.get("createJob", True)
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
    fields = {"jobUrl": url, "requiredSkills": [], "niceToHaveSkills": []}
    if create:
        job = new_job(ctx, cid, extracted, fields)
        return json_response(201, {"data": job.to_wire(), "sourceUrl": url})
    preview = Job(
        id="",
        company_id=cid,
        title=title,
        description=extracted["description"],
        status="OPEN",
        created_at=ctx.now,
        updated_at=ctx.now,
        fields=fields,
    ).to_wire()
    preview["createdAt"] = preview["updatedAt"] = ""
    return json_response(200, {"data": preview, "sourceUrl": url})


def get_job(ctx: Ctx, id: str) -> FakeResponse:
    """GET /jobs/{id}."""
    return ctx.ok(ctx.owned(ctx.state.jobs, id, "Job").to_wire())


def update_job(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /jobs/{id}: partial; metadata is replaced (inferred)."""
    job = ctx.owned(ctx.state.jobs, id, "Job")
    body = ctx.body()
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
    return ctx.ok(job.to_wire())


def delete_job(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /jobs/{id} -> bare ``true``; clears the job's candidate assignments."""
    job = ctx.owned(ctx.state.jobs, id, "Job")
    del ctx.state.jobs[job.id]
    for cand in ctx.state.candidates.values():
        if job.id in cand.job_ids:
            cand.job_ids.remove(job.id)
    return json_response(200, True)
