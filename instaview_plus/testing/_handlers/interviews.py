"""Interviews (create with XOR/job-resolution rules, list, get, delete, PDF) and call attempts."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .._context import Ctx
from .._errors import BadRequest, NotFound
from .._records import CallAttempt, Interview
from .._validate import check_datetime, check_metadata, fail
from .._wire import FakeResponse, json_response
from .agents import new_agent, validate_agent_fields
from .candidates import check_job_ids, new_candidate, validate_candidate_fields
from .jobs import new_job, validate_job_fields

__all__ = [
    "create_call_attempt",
    "create_interview",
    "delete_call_attempt",
    "delete_interview",
    "get_analysis_pdf",
    "get_interview",
    "list_interviews",
    "parse_schedule",
    "reschedule_call_attempt",
]

STATE_ERROR = "INVALID_STATE_TRANSITION"


def parse_schedule(ctx: Ctx, value: Any, field: str, company_id: str, *, phone: bool) -> datetime:
    """Parse a schedule time: offset honoured, else the company time zone; future, <= 30 days,
    and inside the call-time window for phone interviews."""
    dt = check_datetime(value, field)
    if dt.tzinfo is None:
        company = ctx.state.companies.get(company_id)
        dt = dt.replace(tzinfo=ZoneInfo(company.timezone if company else "UTC"))
    if dt < ctx.now - timedelta(minutes=1):
        raise fail(field, "must be in the future")
    if dt > ctx.now + timedelta(days=30):
        raise fail(field, "must be at most 30 days in the future")
    window = ctx.fake.call_window
    if phone and window is not None:
        start, end = window
        if not start <= dt.hour + dt.minute / 60 < end:
            raise BadRequest(
                f"{field} {value} is outside the allowed call time window "
                f"({start:02d}:00-{end:02d}:00 local time of the given offset)",
                code="OUTSIDE_CALL_WINDOW",
                details={"field": field},
            )
    return dt


def _xor(body: dict[str, Any], a: str, b: str, *, required: bool) -> None:
    if body.get(a) is not None and body.get(b) is not None:
        raise fail(a, f"provide either {a} or {b}, not both")
    if required and body.get(a) is None and body.get(b) is None:
        raise fail(a, f"one of {a} or {b} is required")


def create_interview(ctx: Ctx) -> FakeResponse:
    """POST /interviews -> 201 Interview."""
    cid = ctx.company_id()
    body = ctx.body()
    _xor(body, "candidateId", "candidate", required=True)
    _xor(body, "agentId", "agent", required=True)
    _xor(body, "jobId", "job", required=False)
    inline_cand = body.get("candidate")
    # the inline candidate's own assignment: ``jobIds`` wins over the deprecated ``jobId`` (as on POST /candidates)
    own_jobs_field = next(
        (f for f in ("jobIds", "jobId") if inline_cand and inline_cand.get(f) is not None), None
    )
    if own_jobs_field and (body.get("jobId") is not None or body.get("job") is not None):
        raise fail(f"candidate.{own_jobs_field}", "cannot be combined with jobId or job")
    check_metadata(body)
    is_test = bool(body.get("isTest", False))
    # -- agent
    if body.get("agent") is not None:
        agent_fields = validate_agent_fields(body["agent"], prefix="agent.")
        agent_type, focus = agent_fields["type"], agent_fields["focus"]
        agent_obj = None
    else:
        agent_obj = ctx.owned(ctx.state.agents, body["agentId"], "Agent")
        agent_type, focus, agent_fields = agent_obj.type, agent_obj.focus, {}
    # -- candidate
    if inline_cand is not None:
        validate_candidate_fields(inline_cand, partial=False, prefix="candidate.")
        if own_jobs_field == "jobIds":
            cand_jobs = check_job_ids(ctx, cid, inline_cand["jobIds"], "candidate.jobIds", min_items=1)
        elif own_jobs_field == "jobId":
            cand_jobs = check_job_ids(ctx, cid, [inline_cand["jobId"]], "candidate.jobId", min_items=1)
        else:
            cand_jobs = []
        cand_obj = None
        phone_number = inline_cand.get("phoneNumber")
    else:
        cand_obj = ctx.owned(ctx.state.candidates, body["candidateId"], "Candidate")
        cand_jobs = list(cand_obj.job_ids)
        phone_number = cand_obj.phone_number
    # -- job resolution
    job_fields = None
    job_id: str | None = None
    if body.get("job") is not None:
        job_fields = validate_job_fields(body["job"], prefix="job.", combined_skills=True)
    elif body.get("jobId") is not None:
        job_id = check_job_ids(ctx, cid, [body["jobId"]], "jobId", min_items=1)[0]
        if cand_obj is not None and job_id not in cand_jobs:
            raise fail("jobId", "must be one of the candidate's jobIds")
    elif cand_jobs:
        if len(cand_jobs) == 1 or focus == "GENERIC":
            job_id = cand_jobs[0] if len(cand_jobs) == 1 else None
        else:
            raise BadRequest(
                "The candidate is assigned to several jobs; specify jobId to choose one",
                code="JOB_ID_REQUIRED",
                details={"field": "jobId", "jobIds": cand_jobs},
            )
    elif focus != "GENERIC":
        raise BadRequest(
            f"jobId is required for {focus} interviews (the candidate has no job "
            f"assignment); only GENERIC agents allow interviews without a job",
            code="JOB_ID_REQUIRED",
            details={"field": "jobId"},
        )
    phone = agent_type == "PHONE"
    if phone and not phone_number:
        raise fail("candidate.phoneNumber", "is required for PHONE interviews")
    raw_time = body.get("scheduleTime", body.get("scheduledAt"))
    when = (
        parse_schedule(ctx, raw_time, "scheduleTime", cid, phone=phone) if raw_time is not None else ctx.now
    )
    # -- everything valid: create
    if agent_obj is None:
        agent_obj = new_agent(ctx, cid, agent_fields)
    if job_fields is not None:
        job_id = new_job(ctx, cid, body["job"], job_fields).id
    if cand_obj is None:
        assert inline_cand is not None
        cand_obj = new_candidate(ctx, cid, inline_cand, cand_jobs, prefix="candidate.")
    if job_id is not None and job_id not in cand_obj.job_ids:
        cand_obj.job_ids.append(job_id)
    interview = Interview(
        id=ctx.new_id(),
        company_id=cid,
        candidate_id=cand_obj.id,
        agent_id=agent_obj.id,
        job_id=job_id,
        status="SCHEDULED",
        scheduled_at=when,
        created_at=ctx.now,
        updated_at=ctx.now,
        agent_type=agent_type,
        duration=int(agent_obj.fields.get("duration", 30)),
        is_test=is_test,
        metadata=body.get("metadata") or {},
    )
    if phone:
        interview.call_attempts.append(CallAttempt(id=ctx.new_id(), status="SCHEDULED", scheduled_at=when))
    ctx.state.interviews[interview.id] = interview
    if is_test:
        ctx.fake.lifecycle.complete_now(interview)
    return ctx.ok(interview.to_wire(), 201)


def list_interviews(ctx: Ctx) -> FakeResponse:
    """GET /interviews: ``candidateId`` required (MVP), ``agentId`` and ``status`` filters."""
    cid = ctx.company_id()
    q = ctx.request.query
    items = [
        i
        for i in ctx.state.interviews.values()
        if i.company_id == cid
        and i.candidate_id == q["candidateId"]
        and (not q.get("agentId") or i.agent_id == q["agentId"])
        and (not q.get("status") or i.status == q["status"])
    ]
    return ctx.page(items, Interview.to_wire)


def get_interview(ctx: Ctx, id: str) -> FakeResponse:
    """GET /interviews/{id}."""
    return ctx.ok(ctx.owned(ctx.state.interviews, id, "Interview").to_wire())


def delete_interview(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /interviews/{id} -> bare ``true``; scheduled attempts cancelled, no more webhooks."""
    interview = ctx.owned(ctx.state.interviews, id, "Interview")
    for attempt in interview.call_attempts:
        if attempt.status == "SCHEDULED":
            attempt.status = "CANCELLED"
    del ctx.state.interviews[interview.id]
    return json_response(200, True)


def get_analysis_pdf(ctx: Ctx, id: str) -> FakeResponse:
    """GET /interviews/{id}/analysis-pdf -> ``data.analysisPdfBase64`` (404 until analysed)."""
    interview = ctx.owned(ctx.state.interviews, id, "Interview")
    if interview.pdf is None:
        raise NotFound("Analysis", id, message=f"Analysis for interview {id} is not available yet")
    return ctx.ok({"analysisPdfBase64": base64.b64encode(interview.pdf).decode("ascii")})


def _phone_interview(ctx: Ctx, id: str) -> Interview:
    interview = ctx.owned(ctx.state.interviews, id, "Interview")
    if interview.agent_type != "PHONE":
        raise BadRequest(
            "Call attempt management is not available for ONLINE interviews; "
            "use DELETE /interviews/{id} instead",
            code="ONLINE_INTERVIEW",
        )
    return interview


def _attempt(interview: Interview, attempt_id: str) -> CallAttempt:
    for attempt in interview.call_attempts:
        if attempt.id == attempt_id:
            return attempt
    raise NotFound("CallAttempt", attempt_id)


def create_call_attempt(ctx: Ctx, id: str) -> FakeResponse:
    """POST /interviews/{id}/call-attempts: replaces scheduled attempts; refused while a call runs."""
    interview = _phone_interview(ctx, id)
    body = ctx.body()
    if any(a.status == "IN_PROGRESS" for a in interview.call_attempts):
        raise BadRequest("A call is already in progress for this interview", code=STATE_ERROR)
    if interview.status in ("COMPLETED", "IN_PROGRESS"):
        raise BadRequest(
            f"Interview is {interview.status}; no new call attempt can be made", code=STATE_ERROR
        )
    raw = body.get("scheduledAt")
    when = (
        parse_schedule(ctx, raw, "scheduledAt", interview.company_id, phone=True)
        if raw is not None
        else ctx.now
    )
    for attempt in interview.call_attempts:
        if attempt.status == "SCHEDULED":
            attempt.status = "CANCELLED"
    retry = max((a.retry_number for a in interview.call_attempts), default=-1) + 1
    interview.call_attempts.append(
        CallAttempt(id=ctx.new_id(), status="SCHEDULED", scheduled_at=when, retry_number=retry)
    )
    interview.status, interview.scheduled_at, interview.updated_at = "SCHEDULED", when, ctx.now
    return json_response(201, {"success": True, "message": "Call attempt scheduled successfully"})


def reschedule_call_attempt(ctx: Ctx, id: str, attempt_id: str) -> FakeResponse:
    """PATCH /interviews/{id}/call-attempts/{attemptId} -> 204; only SCHEDULED attempts."""
    interview = _phone_interview(ctx, id)
    attempt = _attempt(interview, attempt_id)
    body = ctx.body()
    if attempt.status != "SCHEDULED":
        raise BadRequest(
            f"Only SCHEDULED call attempts can be rescheduled (this one is {attempt.status})",
            code=STATE_ERROR,
        )
    attempt.scheduled_at = parse_schedule(
        ctx, body["scheduledAt"], "scheduledAt", interview.company_id, phone=True
    )
    interview.scheduled_at, interview.updated_at = attempt.scheduled_at, ctx.now
    return _no_content()


def delete_call_attempt(ctx: Ctx, id: str, attempt_id: str) -> FakeResponse:
    """DELETE /interviews/{id}/call-attempts/{attemptId} -> 204; IN_PROGRESS refused."""
    interview = _phone_interview(ctx, id)
    attempt = _attempt(interview, attempt_id)
    if attempt.status == "IN_PROGRESS":
        raise BadRequest("A call attempt that is IN_PROGRESS cannot be deleted", code=STATE_ERROR)
    interview.call_attempts.remove(attempt)
    interview.updated_at = ctx.now
    return _no_content()


def _no_content() -> FakeResponse:
    return FakeResponse(status=204)
