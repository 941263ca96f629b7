"""Jobs over HTTP: list, create, create-from-URL, get, patch, delete."""

from __future__ import annotations

from .._backends import jobs as backend
from .._context import Ctx
from .._records import Job
from .._shaping import FakeResponse, json_response
from .._validate import needed
from ._registry import handles

__all__ = ["create_job", "create_job_from_url", "delete_job", "get_job", "list_jobs", "update_job"]


@handles("listJobs", "read:jobs")
def list_jobs(ctx: Ctx) -> FakeResponse:
    """GET /jobs (filters from the behaviour table)."""
    cid = ctx.company_id()
    return ctx.page(ctx.filtered(j for j in ctx.state.jobs.values() if j.company_id == cid), Job.to_wire)


@handles("createJob", "write:jobs")
def create_job(ctx: Ctx) -> FakeResponse:
    """POST /jobs -> 201 Job."""
    cid = ctx.company_id()
    body = ctx.body()
    fields = backend.validate_job_fields(body)
    return ctx.ok(backend.new_job(ctx, cid, body, fields).to_wire(), 201)


@handles("createJobFromUrl", "write:jobs")
def create_job_from_url(ctx: Ctx) -> FakeResponse:
    """POST /jobs/url -> 201 ``{data: Job, sourceUrl}`` (200 preview with createJob=false)."""
    cid = ctx.company_id()
    body = ctx.body()
    url = needed(body, "jobUrl")
    create = body.get("createJob", True)
    job = backend.import_job(ctx, cid, url, create=bool(create))
    if create:
        return json_response(201, {"data": job.to_wire(), "sourceUrl": url})
    preview = job.to_wire()
    preview["createdAt"] = preview["updatedAt"] = ""
    return json_response(200, {"data": preview, "sourceUrl": url})


@handles("getJob", "read:jobs")
def get_job(ctx: Ctx, id: str) -> FakeResponse:
    """GET /jobs/{id}."""
    return ctx.ok(ctx.owned(ctx.state.jobs, id, "Job").to_wire())


@handles("updateJob", "write:jobs")
def update_job(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /jobs/{id}: partial; metadata is replaced."""
    job = ctx.owned(ctx.state.jobs, id, "Job")
    return ctx.ok(backend.update_job(ctx, job, ctx.body()).to_wire())


@handles("deleteJob", "delete:jobs")
def delete_job(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /jobs/{id} -> bare ``true``; clears the job's candidate assignments."""
    backend.delete_job(ctx, ctx.owned(ctx.state.jobs, id, "Job"))
    return json_response(200, True)
