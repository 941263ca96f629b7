"""The typed models the API returns (attrs classes with snake_case attributes).

Unknown fields are kept in ``.additional_properties``; an enum value the SDK does not know yet is kept as a
plain string. Every name here is also importable from ``instaview_plus``; the module loads its models on first
use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from instaview_client.models import (
        Agent,
        AgentFocus,
        AgentType,
        Analysis,
        ApiKey,
        BillingUsage,
        CallAttempt,
        CallAttemptInvokeResult,
        Candidate,
        CandidateStatus,
        Company,
        EnrichmentAccepted,
        EnrichmentResults,
        Interview,
        InterviewStatus,
        Job,
        JobFromUrlPreview,
        JobFromUrlResult,
        JobStatus,
        PreviewAccepted,
        PreviewResults,
        RenderHtmlResponse,
        SourcingAccepted,
        SourcingResults,
        SourcingRunStatus,
        WebhookConfig,
        WebhookTestResult,
        WorkMode,
    )

    from ._workflows import ScheduledInterview

__all__ = [
    "Agent",
    "AgentFocus",
    "AgentType",
    "Analysis",
    "ApiKey",
    "BillingUsage",
    "CallAttempt",
    "CallAttemptInvokeResult",
    "Candidate",
    "CandidateStatus",
    "Company",
    "EnrichmentAccepted",
    "EnrichmentResults",
    "Interview",
    "InterviewStatus",
    "Job",
    "JobFromUrlPreview",
    "JobFromUrlResult",
    "JobStatus",
    "PreviewAccepted",
    "PreviewResults",
    "RenderHtmlResponse",
    "ScheduledInterview",
    "SourcingAccepted",
    "SourcingResults",
    "SourcingRunStatus",
    "WebhookConfig",
    "WebhookTestResult",
    "WorkMode",
]


# Result types the layer defines itself (the rest come from the generated models).
_OWN = {"ScheduledInterview": "instaview_plus._workflows"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'instaview_plus.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(_OWN.get(name, "instaview_client.models")), name)
    value.__module__ = __name__
    globals()[name] = value
    return value
