"""Jobs: list, create, create-from-URL, get, patch, delete."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._enums import CEFR, EDUCATION, EXPERIENCE, JOB_STATUSES, WORK_MODES
from .._errors import BadRequest
from .._records import Job
from .._validate import check_enum, check_metadata, check_str, check_str_list, check_url, fail
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


def _location(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(field, "must be an object")
    check_enum(value, "workMode", WORK_MODES, label=f"{field}.workMode")
    for key in ("street", "city", "postalCode"):
        check_str(value, key, 1, 200, label=f"{field}.{key}")
    cc = check_str(value, "countryCode", 2, 2, label=f"{field}.countryCode")
    if cc is not None and not cc.isalpha():
        raise fail(f"{field}.countryCode", "must be an ISO 3166-1 alpha-2 code")
    return value


def _salary(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(field, "must be an object")
    for key in ("min", "max"):
        v = value.get(key)
        if key in value and (isinstance(v, bool) or not isinstance(v, int | float) or v < 0):
            raise fail(f"{field}.{key}", "must be a non-negative number")
    low, high = value.get("min"), value.get("max")
    if isinstance(low, int | float) and isinstance(high, int | float) and high < low:
        raise fail(f"{field}.max", "must be greater than or equal to salary.min")
    check_str(value, "currency", 3, 3, label=f"{field}.currency")
    check_str(value, "period", 1, 50, label=f"{field}.period")
    return value


def validate_job_fields(
    body: dict[str, Any], *, partial: bool, prefix: str = "", combined_skills: bool = False
) -> dict[str, Any]:
    """Check a job create/update body; return the optional fields to store (camelCase)."""
    p = prefix
    check_str(body, "title", 5, 200, required=not partial, label=p + "title")
    check_str(body, "description", 10, 5000, required=not partial, label=p + "description")
    check_enum(body, "status", JOB_STATUSES, required=not partial, label=p + "status")
    out: dict[str, Any] = {}
    for name in ("requiredSkills", "niceToHaveSkills"):
        skills = check_str_list(body, name, max_items=10, item_max=128, label=p + name)
        if skills is not None:
            out[name] = skills
    if combined_skills and len(out.get("requiredSkills", [])) + len(out.get("niceToHaveSkills", [])) > 10:
        raise fail(p + "requiredSkills", "requiredSkills and niceToHaveSkills combined cannot exceed 10")
    langs = body.get("languageRequirements")
    if langs is not None:
        if not isinstance(langs, list) or len(langs) > 5:
            raise fail(p + "languageRequirements", "must be an array of at most 5 items")
        for item in langs:
            if not isinstance(item, dict):
                raise fail(p + "languageRequirements", "items must be objects")
            check_str(item, "language", 2, 3, required=True, label=p + "languageRequirements.language")
            check_enum(item, "proficiency", CEFR, label=p + "languageRequirements.proficiency")
        out["languageRequirements"] = langs
    education = check_str_list(
        body, "education", max_items=len(EDUCATION), allowed=EDUCATION, label=p + "education"
    )
    if education is not None:
        out["education"] = education
    for name, allowed in (("experience", EXPERIENCE),):
        value = check_enum(body, name, allowed, label=p + name)
        if value is not None:
            out[name] = value
    for name in ("contractType", "benefits"):
        value = check_str(body, name, 1, 5000, label=p + name)
        if value is not None:
            out[name] = value
    for name in ("jobUrl", "descriptionUrl"):
        if body.get(name) is not None:
            out["jobUrl"] = check_url(body[name], p + name)
    if body.get("location") is not None:
        out["location"] = dict(_location(body["location"], p + "location"))
    if body.get("workMode") is not None:  # PATCH's top-level workMode -> location.workMode
        mode = check_enum(body, "workMode", WORK_MODES, label=p + "workMode")
        out.setdefault("location", {})["workMode"] = mode
    if body.get("salary") is not None:
        out["salary"] = _salary(body["salary"], p + "salary")
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
    fields = validate_job_fields(body, partial=False)
    return ctx.ok(new_job(ctx, cid, body, fields).to_wire(), 201)


def create_job_from_url(ctx: Ctx) -> FakeResponse:
    """POST /jobs/url -> 201 ``{data: Job, sourceUrl}`` (200 preview with createJob=false)."""
    cid = ctx.company_id()
    body = ctx.body()
    if "jobUrl" not in body:
        raise fail("jobUrl", "is required")
    url = check_url(body["jobUrl"], "jobUrl")
    create = body.get("createJob", True)
    if not isinstance(create, bool):
        raise fail("createJob", "must be a boolean")
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
    fields = validate_job_fields(body, partial=True)
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
