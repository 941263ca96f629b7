"""Sourcing, preview, enrichment and render-html: the fake's declared behaviour for their operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Event, Status, Table, not_simulated, rule, stored

__all__ = ["TABLE"]

_POOL = "the fake's candidates are drawn from a fixed pool whatever the {} says"
_RUN = {
    "query": rule("the search; another pass (PATCH) may replace it"),
    "limit": rule("how many candidates the run finds (and the credits it costs)"),
    "title": not_simulated(_POOL.format("title")),
    "location": not_simulated(_POOL.format("location")),
    "jobDescription": not_simulated(_POOL.format("description")),
    "webhookId": stored(),
}
_402 = (Status(402, "company prepaid without credits", "INSUFFICIENT_CREDITS"),)
_422 = (Status(422, "webhook not subscribed", "WEBHOOK_NOT_SUBSCRIBED"),)
_RESULTS = {"200": (Status(200, "run completed"),), "202": (Status(202, "run processing"),)}
_ACCEPTED = dict.fromkeys(
    ("createdAt", "message", "requestId", "status", "success", "updatedAt", "webhookId"), ALWAYS
)
_COMMON_RESULTS = {
    **dict.fromkeys(("createdAt", "requestId", "status", "success"), ALWAYS),
    "message": "processing",
    "completedAt": "completed",
    "errorCode": "failed",
    "errorMessage": "failed",
}

TABLE = Table(
    request={
        "createSourcing": _RUN,
        "createSourcingPreview": _RUN,
        "createEnrichment": {
            "profileIds": rule("the profiles to enrich (one credit each)"),
            "webhookId": stored(),
        },
        "renderSourcingHtml": {
            "profileIds": rule("one card per profile"),
            "theme": rule("the cards' colours"),
        },
        "updateSourcing": {"query": _RUN["query"], "limit": _RUN["limit"]},
    },
    statuses={
        "createSourcing": {"202": (Status(202, "ok"),), "402": _402, "422": _422},
        "createSourcingPreview": {"202": (Status(202, "ok"),), "402": _402, "422": _422},
        "createEnrichment": {"202": (Status(202, "ok"),), "402": _402, "422": _422},
        "updateSourcing": {
            "202": (Status(202, "run completed"),),
            "402": _402,
            "409": (Status(409, "run processing", "RUN_IN_PROGRESS"),),
        },
        "getSourcingResults": _RESULTS,
        "getSourcingPreviewResults": {
            **_RESULTS,
            "429": (Status(429, "over the operation's own x-rate-limit", "RATE_LIMIT_EXCEEDED"),),
        },
        "getEnrichmentResults": _RESULTS,
        "renderSourcingHtml": {"200": (Status(200, "ok"),)},
    },
    fields={
        "SourcingAccepted": _ACCEPTED,
        "PreviewAccepted": _ACCEPTED,
        "EnrichmentAccepted": {k: v for k, v in _ACCEPTED.items() if k != "updatedAt"},
        "SourcingResults": {
            **_COMMON_RESULTS,
            "candidatesSourcedCount": "processing",
            **dict.fromkeys(("candidates", "foundCount", "scoredCount"), "completed"),
        },
        "PreviewResults": {
            **_COMMON_RESULTS,
            "candidatesSourcedCount": "processing",
            **dict.fromkeys(("candidates", "foundCount"), "completed"),
        },
        "EnrichmentResults": {
            **_COMMON_RESULTS,
            **dict.fromkeys(("creditsConsumed", "data", "enrichedCount", "failureCount"), "completed"),
        },
        "EnrichmentProfileResult": {
            "profileId": ALWAYS,
            "success": ALWAYS,
            **dict.fromkeys(("candidate", "errorCode", "errorMessage"), "completed"),
        },
        "SourcedCandidate": dict.fromkeys(
            (
                "aiDetailedRationale",
                "aiFitPoints",
                "aiRedFlags",
                "currentCompany",
                "currentRole",
                "detailedExperience",
                "emails",
                "headline",
                "linkedinUrl",
                "location",
                "matchScore",
                "name",
                "profileId",
                "rationale",
                "skills",
            ),
            ALWAYS,
        ),
        "PreviewCandidate": dict.fromkeys(
            (
                "companyName",
                "companyUrl",
                "country",
                "fullName",
                "headline",
                "location",
                "profileId",
                "profileUrl",
                "title",
            ),
            ALWAYS,
        ),
        "RenderHtmlResponse": dict.fromkeys(("data", "renderedCount", "success"), ALWAYS),
        "RenderHtmlCard": dict.fromkeys(("errorCode", "htmlContent", "name", "profileId", "success"), ALWAYS),
    },
    unsent={
        "EnrichmentAccepted": {"updatedAt": "an enrichment run is never updated"},
        "PreviewResults": {"scoredCount": "a preview lists candidates without scoring them"},
        "SourcedCandidateExperienceItem": dict.fromkeys(
            ("company", "duration", "highlights", "role"), "the fake's profiles list no experience items"
        ),
        "SourcedCandidateRationaleItem": dict.fromkeys(
            ("company", "duration", "relevanceExplanation", "title"),
            "the fake's profiles list no rationale items",
        ),
    },
    events={
        "SOURCING_COMPLETED": Event("completed"),
        "SOURCING_FAILED": Event("failed"),
        "ENRICH_COMPLETED": Event("completed"),
        "ENRICH_FAILED": Event("failed"),
    },
)
