"""What every operation shares: the company, pagination and answer statuses, and the envelope shapes."""

from __future__ import annotations

from ._kinds import ALWAYS, Status, Table, rule

__all__ = ["COMMON"]

_ENVELOPE = {"data": ALWAYS, "error": ALWAYS, "success": ALWAYS, "timestamp": ALWAYS}
_BARE = "the fake answers a delete with the bare JSON true"
_FLAT_URL = "the fake answers the flat {data, sourceUrl} form"
_FLAT = "lists are answered in the guide's {items, pagination} page shape, not the flat list form"

COMMON = Table(
    request={
        "*": {
            "?companyId": rule("the company an ATS key acts on (ignored for regular keys)"),
            "?page": rule("pagination: the page of the list"),
            "?limit": rule("pagination: items per page"),
        }
    },
    statuses={
        "*": {
            "400": (Status(400, "invalid request", "VALIDATION_ERROR"),),
            "401": (Status(401, "no API key", "INVALID_API_KEY"),),
            "403": (Status(403, "missing scope"),),
            "404": (Status(404, "unknown id", "RESOURCE_NOT_FOUND"),),
            "429": (Status(429, "over the rate limit"),),
            "5XX": (Status(503, "injected fault (fail_next)"),),
        }
    },
    fields={
        "Pagination": dict.fromkeys(
            ("hasNextPage", "hasPreviousPage", "limit", "page", "total", "totalPages"), ALWAYS
        ),
        **{
            f"{name}Envelope": _ENVELOPE
            for name in (
                "Agent",
                "AgentList",
                "AnalysisPdf",
                "ApiKey",
                "BillingUsage",
                "Candidate",
                "CandidateAnalysisList",
                "CandidateInterviewList",
                "CandidateList",
                "Company",
                "CompanyList",
                "Interview",
                "InterviewList",
                "Job",
                "JobList",
                "Webhook",
                "WebhookCreated",
                "WebhookList",
                "WebhookTestResult",
            )
        },
        **{
            f"{name}ListEnvelope": {**_ENVELOPE, "data.items": ALWAYS, "data.pagination": ALWAYS}
            for name in ("Company", "Interview")
        },
        "JobFromUrlEnvelope": {"data": ALWAYS},
        "JobFromUrlPreviewEnvelope": {"data": ALWAYS},
        **{
            f"{name}ListPage": {"items": ALWAYS, "pagination": ALWAYS}
            for name in ("Agent", "Candidate", "CandidateAnalysis", "CandidateInterview", "Job")
        },
    },
    unsent={
        "JobFromUrlEnvelope": dict.fromkeys(("error", "success", "timestamp"), _FLAT_URL),
        "JobFromUrlPreviewEnvelope": dict.fromkeys(("error", "success", "timestamp"), _FLAT_URL),
        **{
            f"{name}DeleteEnvelope": dict.fromkeys(("data", "error", "success", "timestamp"), _BARE)
            for name in ("Agent", "Candidate", "Job")
        },
        "ApiError": dict.fromkeys(("code", "details", "message"), "only in error answers (null on success)"),
        **{
            f"{name}FlatList": dict.fromkeys(("data", "limit", "page", "total", "totalPages"), _FLAT)
            for name in (
                "Agent",
                "Candidate",
                "CandidateAnalysis",
                "CandidateInterview",
                "Company",
                "Interview",
                "Job",
            )
        },
    },
)
