"""Interviews over HTTP: create, list, get, delete, the analysis PDF, and call attempts."""

from __future__ import annotations

import base64

from .._backends import interviews as backend
from .._context import Ctx
from .._errors import NotFound
from .._records import Interview
from .._shaping import FakeResponse, json_response
from ._one_record import OneRecord, to_wire
from ._registry import handles

__all__ = [
    "INTERVIEW",
    "create_call_attempt",
    "create_interview",
    "delete_call_attempt",
    "get_analysis_pdf",
    "list_interviews",
    "reschedule_call_attempt",
]


@handles("createInterview", "write:interviews", "read:candidates", "read:agents")
def create_interview(ctx: Ctx) -> FakeResponse:
    """POST /interviews -> 201 Interview."""
    return ctx.ok(backend.create_interview(ctx, ctx.company_id(), ctx.body()).to_wire(), 201)


@handles("listInterviews", "read:interviews", "read:candidates", "read:agents")
def list_interviews(ctx: Ctx) -> FakeResponse:
    """GET /interviews: ``candidateId`` required (MVP); filters from the behaviour table."""
    cid = ctx.company_id()
    items = ctx.filtered(i for i in ctx.state.interviews.values() if i.company_id == cid)
    return ctx.page(items, Interview.to_wire)


@handles("getInterviewAnalysisPdf", "read:interviews")
def get_analysis_pdf(ctx: Ctx, id: str) -> FakeResponse:
    """GET /interviews/{id}/analysis-pdf -> ``data.analysisPdfBase64`` (404 until analysed)."""
    interview = INTERVIEW.find(ctx, id)
    if interview.pdf is None:
        raise NotFound("Analysis", id, message=f"Analysis for interview {id} is not available yet")
    return ctx.ok({"analysisPdfBase64": base64.b64encode(interview.pdf).decode("ascii")})


@handles("createCallAttempt", "write:interviews")
def create_call_attempt(ctx: Ctx, id: str) -> FakeResponse:
    """POST /interviews/{id}/call-attempts: replaces scheduled attempts; refused while a call runs."""
    interview = backend.phone_interview(ctx, id)
    backend.schedule_attempt(ctx, interview, ctx.body().get("scheduledAt"))
    return json_response(201, {"success": True, "message": "Call attempt scheduled successfully"})


@handles("rescheduleCallAttempt", "write:interviews")
def reschedule_call_attempt(ctx: Ctx, id: str, attempt_id: str) -> FakeResponse:
    """PATCH /interviews/{id}/call-attempts/{attemptId} -> 204; only SCHEDULED attempts."""
    interview = backend.phone_interview(ctx, id)
    backend.reschedule_attempt(ctx, interview, attempt_id, ctx.body()["scheduledAt"])
    return FakeResponse(status=204)


@handles("deleteCallAttempt", "write:interviews")
def delete_call_attempt(ctx: Ctx, id: str, attempt_id: str) -> FakeResponse:
    """DELETE /interviews/{id}/call-attempts/{attemptId} -> 204; IN_PROGRESS refused."""
    backend.delete_attempt(ctx, backend.phone_interview(ctx, id), attempt_id)
    return FakeResponse(status=204)


INTERVIEW = OneRecord(lambda ctx, id: ctx.owned(ctx.state.interviews, id, "Interview"), to_wire)
INTERVIEW.get("getInterview", "read:interviews")
INTERVIEW.delete("deleteInterview", "delete:interviews", remove=backend.delete_interview)
