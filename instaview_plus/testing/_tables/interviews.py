"""Interviews and call attempts: the fake's declared behaviour for the spec's interview operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Event, Filter, Status, Table, never, rule, stored

__all__ = ["TABLE"]

_STATE = "INVALID_STATE_TRANSITION"
_CREATED = "the fake answers 201 Created"

TABLE = Table(
    filters={
        "listInterviews": {
            "candidateId": Filter(("candidate_id",)),
            "agentId": Filter(("agent_id",)),
            "status": Filter(("status",)),
        },
    },
    request={
        "createInterview": {
            "candidateId": stored(),
            "agentId": stored(),
            "jobId": stored(),
            "metadata": stored(),
            "isTest": stored(),
            "scheduleTime": stored("scheduledAt"),
            "candidate": rule("creates the candidate inline, with createCandidate's fields and rules"),
            "agent": rule("creates the agent inline, with createAgent's fields and rules"),
            "job": rule("creates the job inline, with createJob's fields and rules"),
        },
        "createCallAttempt": {"scheduledAt": rule("when the new call attempt dials")},
        "rescheduleCallAttempt": {"scheduledAt": rule("the attempt's new dial time")},
    },
    statuses={
        "createInterview": {"200": (never(200, _CREATED),), "201": (Status(201, "ok"),)},
        "listInterviews": {"200": (Status(200, "ok"),)},
        "getInterview": {"200": (Status(200, "ok"),)},
        "deleteInterview": {"200": (Status(200, "ok"),)},
        "getInterviewAnalysisPdf": {
            "200": (Status(200, "interview COMPLETED"),),
            "404": (Status(404, "interview SCHEDULED", "RESOURCE_NOT_FOUND"),),
        },
        "createCallAttempt": {
            "200": (never(200, _CREATED),),
            "201": (Status(201, "ok"),),
            "400": (
                Status(400, "interview IN_PROGRESS", _STATE),
                Status(400, "interview COMPLETED", _STATE),
                Status(400, "interview ONLINE", "ONLINE_INTERVIEW"),
            ),
        },
        "rescheduleCallAttempt": {
            "204": (Status(204, "ok"),),
            "400": (Status(400, "attempt IN_PROGRESS", _STATE),),
        },
        "deleteCallAttempt": {
            "204": (Status(204, "ok"),),
            "400": (Status(400, "attempt IN_PROGRESS", _STATE),),
        },
    },
    fields={
        "Interview": {
            **dict.fromkeys(
                (
                    "agentId",
                    "callAttempts",
                    "candidateId",
                    "createdAt",
                    "id",
                    "isTest",
                    "jobId",
                    "metadata",
                    "scheduledAt",
                    "status",
                    "updatedAt",
                ),
                ALWAYS,
            ),
            **dict.fromkeys(("analysis", "durationMinutes", "finishedDate", "transcript"), "COMPLETED"),
        },
        "CallAttempt": {
            **dict.fromkeys(("direction", "id", "retryNumber", "scheduledAt", "status"), ALWAYS),
            "calledAt": "IN_PROGRESS",
            "duration": "COMPLETED",
            "recordingUrl": "COMPLETED",
            "reasonCode": "NO_ANSWER",
            "notes": "NO_ANSWER",
        },
        "CallAttemptInvokeResult": {"message": ALWAYS, "success": ALWAYS},
        "Analysis": dict.fromkeys(("general", "id", "overallScore", "specific"), ALWAYS),
        "AnalysisGeneral": dict.fromkeys(
            (
                "companyFitRating",
                "createdAt",
                "education",
                "evaluation",
                "experience",
                "overallRating",
                "status",
                "strongPoints",
                "updatedAt",
                "weakPoints",
            ),
            ALWAYS,
        ),
        "AnalysisPdf": {"analysisPdfBase64": ALWAYS},
    },
    unsent={"AnalysisSpecific": {"pronunciationScores": "the fake's analyses carry no language-test part"}},
    events={
        "INTERVIEW_STARTED": Event("IN_PROGRESS"),
        "INTERVIEW_COMPLETED": Event("COMPLETED"),
        "INTERVIEW_FAILED": Event("FAILED"),
        "ANALYSIS_COMPLETED": Event("COMPLETED"),
        "ANALYSIS_FAILED": Event(
            "analysis failed"
        ),  # fake.trigger("analysis.failed"): the next analysis fails
    },
)
