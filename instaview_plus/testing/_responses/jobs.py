"""Jobs over HTTP: list, create, create-from-URL, get, patch, delete."""

from __future__ import annotations

from .._backends import jobs as backend
from .._context import Ctx
from .._records import Job
from .._shaping import FakeResponse, json_response
from .._validate import needed
from ._one_record import OneRecord, to_wire
from ._registry import handles

__all__ = ["JOB", "create_job", "create_job_from_url", "list_jobs"]


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


JOB = OneRecord(lambda ctx, id: ctx.owned(ctx.state.jobs, id, "Job"), to_wire)
JOB.get("getJob", "read:jobs")
JOB.update("updateJob", "write:jobs", apply=backend.update_job)
JOB.delete("deleteJob", "delete:jobs", remove=backend.delete_job)
