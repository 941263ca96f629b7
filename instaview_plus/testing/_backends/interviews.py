"""Interviews backend: creation (XOR of inline and id, the candidate's job resolution, schedule rules),
deletion and the call-attempt rules of phone interviews."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .._context import Ctx
from .._errors import BadRequest, NotFound
from .._records import Agent, CallAttempt, Candidate, Interview
from .._validate import check_datetime, check_metadata, fail
from .agents import new_agent, validate_agent_fields
from .candidates import check_job_ids, new_candidate, validate_candidate_fields
from .jobs import new_job, validate_job_fields

__all__ = [
    "STATE_ERROR",
    "create_interview",
    "delete_attempt",
    "delete_interview",
    "parse_schedule",
    "phone_interview",
    "reschedule_attempt",
    "schedule_attempt",
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


class _Plan:
    """What a create-interview body resolves to, before anything is stored."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.agent: Agent | None = None
        self.agent_fields: dict[str, Any] = {}
        self.agent_type = self.focus = ""
        self.candidate: Candidate | None = None
        self.candidate_jobs: list[str] = []
        self.phone_number: str | None = None
        self.job_fields: dict[str, Any] | None = None
        self.job_id: str | None = None


def _own_jobs_field(body: dict[str, Any]) -> str | None:
    """The inline candidate's own assignment: ``jobIds`` wins over the deprecated ``jobId``."""
    inline = body.get("candidate")
    field = next((f for f in ("jobIds", "jobId") if inline and inline.get(f) is not None), None)
    if field and (body.get("jobId") is not None or body.get("job") is not None):
        raise fail(f"candidate.{field}", "cannot be combined with jobId or job")
    return field


def _resolve_agent(ctx: Ctx, plan: _Plan) -> None:
    body = plan.body
    if body.get("agent") is not None:
        plan.agent_fields = validate_agent_fields(body["agent"], prefix="agent.")
        plan.agent_type, plan.focus = plan.agent_fields["type"], plan.agent_fields["focus"]
    else:
        plan.agent = ctx.owned(ctx.state.agents, body["agentId"], "Agent")
        plan.agent_type, plan.focus = plan.agent.type, plan.agent.focus


def _resolve_candidate(ctx: Ctx, plan: _Plan, cid: str, own_field: str | None) -> None:
    inline = plan.body.get("candidate")
    if inline is None:
        plan.candidate = ctx.owned(ctx.state.candidates, plan.body["candidateId"], "Candidate")
        plan.candidate_jobs = list(plan.candidate.job_ids)
        plan.phone_number = plan.candidate.phone_number
        return
    validate_candidate_fields(inline, partial=False, prefix="candidate.")
    if own_field is not None:
        ids = inline["jobIds"] if own_field == "jobIds" else [inline["jobId"]]
        plan.candidate_jobs = check_job_ids(ctx, cid, ids, f"candidate.{own_field}", min_items=1)
    plan.phone_number = inline.get("phoneNumber")


def _resolve_job(ctx: Ctx, plan: _Plan, cid: str) -> None:
    body, jobs = plan.body, plan.candidate_jobs
    if body.get("job") is not None:
        plan.job_fields = validate_job_fields(body["job"], prefix="job.", combined_skills=True)
    elif body.get("jobId") is not None:
        plan.job_id = check_job_ids(ctx, cid, [body["jobId"]], "jobId", min_items=1)[0]
        if plan.candidate is not None and plan.job_id not in jobs:
            raise fail("jobId", "must be one of the candidate's jobIds")
    elif jobs:
        if len(jobs) > 1 and plan.focus != "GENERIC":
            raise BadRequest(
                "The candidate is assigned to several jobs; specify jobId to choose one",
                code="JOB_ID_REQUIRED",
                details={"field": "jobId", "jobIds": jobs},
            )
        plan.job_id = jobs[0] if len(jobs) == 1 else None
    elif plan.focus != "GENERIC":
        raise BadRequest(
            f"jobId is required for {plan.focus} interviews (the candidate has no job "
            f"assignment); only GENERIC agents allow interviews without a job",
            code="JOB_ID_REQUIRED",
            details={"field": "jobId"},
        )


def _store(ctx: Ctx, plan: _Plan, cid: str, when: datetime) -> Interview:
    body = plan.body
    agent = plan.agent or new_agent(ctx, cid, plan.agent_fields)
    if plan.job_fields is not None:
        plan.job_id = new_job(ctx, cid, body["job"], plan.job_fields).id
    cand = plan.candidate or new_candidate(
        ctx, cid, body["candidate"], plan.candidate_jobs, prefix="candidate."
    )
    if plan.job_id is not None and plan.job_id not in cand.job_ids:
        cand.job_ids.append(plan.job_id)
    interview = Interview(
        id=ctx.new_id(),
        company_id=cid,
        candidate_id=cand.id,
        agent_id=agent.id,
        job_id=plan.job_id,
        status="SCHEDULED",
        scheduled_at=when,
        created_at=ctx.now,
        updated_at=ctx.now,
        agent_type=plan.agent_type,
        duration=int(agent.fields.get("duration", 30)),
        is_test=bool(body.get("isTest", False)),
        metadata=body.get("metadata") or {},
    )
    if plan.agent_type == "PHONE":
        interview.call_attempts.append(CallAttempt(id=ctx.new_id(), status="SCHEDULED", scheduled_at=when))
    ctx.state.interviews[interview.id] = interview
    return interview


def create_interview(ctx: Ctx, cid: str, body: dict[str, Any]) -> Interview:
    """Validate every rule first, then store what the body creates inline and the interview."""
    _xor(body, "candidateId", "candidate", required=True)
    _xor(body, "agentId", "agent", required=True)
    _xor(body, "jobId", "job", required=False)
    own_field = _own_jobs_field(body)
    check_metadata(body)
    plan = _Plan(body)
    _resolve_agent(ctx, plan)
    _resolve_candidate(ctx, plan, cid, own_field)
    _resolve_job(ctx, plan, cid)
    phone = plan.agent_type == "PHONE"
    if phone and not plan.phone_number:
        raise fail("candidate.phoneNumber", "is required for PHONE interviews")
    raw = body.get("scheduleTime")
    when = parse_schedule(ctx, raw, "scheduleTime", cid, phone=phone) if raw is not None else ctx.now
    interview = _store(ctx, plan, cid, when)
    if interview.is_test:
        ctx.fake.lifecycle.complete_now(interview)
    return interview


def delete_interview(ctx: Ctx, interview: Interview) -> None:
    """Delete; scheduled attempts are cancelled, so no more webhooks."""
    for attempt in interview.call_attempts:
        if attempt.status == "SCHEDULED":
            attempt.status = "CANCELLED"
    del ctx.state.interviews[interview.id]


def phone_interview(ctx: Ctx, id: str) -> Interview:
    """The interview ``id``; call attempts exist for PHONE interviews only."""
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


def schedule_attempt(ctx: Ctx, interview: Interview, raw: Any) -> CallAttempt:
    """A new attempt replacing the scheduled ones; refused while a call runs or once completed."""
    if any(a.status == "IN_PROGRESS" for a in interview.call_attempts):
        raise BadRequest("A call is already in progress for this interview", code=STATE_ERROR)
    if interview.status in ("COMPLETED", "IN_PROGRESS"):
        raise BadRequest(
            f"Interview is {interview.status}; no new call attempt can be made", code=STATE_ERROR
        )
    when = (
        parse_schedule(ctx, raw, "scheduledAt", interview.company_id, phone=True)
        if raw is not None
        else ctx.now
    )
    for attempt in interview.call_attempts:
        if attempt.status == "SCHEDULED":
            attempt.status = "CANCELLED"
    retry = max((a.retry_number for a in interview.call_attempts), default=-1) + 1
    attempt = CallAttempt(id=ctx.new_id(), status="SCHEDULED", scheduled_at=when, retry_number=retry)
    interview.call_attempts.append(attempt)
    interview.status, interview.scheduled_at, interview.updated_at = "SCHEDULED", when, ctx.now
    return attempt


def reschedule_attempt(ctx: Ctx, interview: Interview, attempt_id: str, raw: Any) -> None:
    """Move a SCHEDULED attempt (any other status is refused)."""
    attempt = _attempt(interview, attempt_id)
    if attempt.status != "SCHEDULED":
        raise BadRequest(
            f"Only SCHEDULED call attempts can be rescheduled (this one is {attempt.status})",
            code=STATE_ERROR,
        )
    attempt.scheduled_at = parse_schedule(ctx, raw, "scheduledAt", interview.company_id, phone=True)
    interview.scheduled_at, interview.updated_at = attempt.scheduled_at, ctx.now


def delete_attempt(ctx: Ctx, interview: Interview, attempt_id: str) -> None:
    """Remove an attempt; one IN_PROGRESS is refused."""
    attempt = _attempt(interview, attempt_id)
    if attempt.status == "IN_PROGRESS":
        raise BadRequest("A call attempt that is IN_PROGRESS cannot be deleted", code=STATE_ERROR)
    interview.call_attempts.remove(attempt)
    interview.updated_at = ctx.now
