"""The typed models the API returns (attrs classes with snake_case attributes).

Unknown fields are kept in ``.additional_properties``; an enum value the SDK does not know yet is kept as a
plain string. Every name here is also importable from ``instaview_plus``; the module loads its models on first
use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import attrs

from ._pipeline.readers import type_hints

if TYPE_CHECKING:
    from instaview_client.models import (
        Agent,
        AgentFocus,
        AgentType,
        Analysis,
        AnalysisCompletedEventData,
        AnalysisFailedEventData,
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
        InterviewEventData,
        InterviewStatus,
        Job,
        JobFromUrlPreview,
        JobFromUrlResult,
        JobStatus,
        PingEventData,
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

    from ._plans.workflows import ScheduledInterview

__all__ = [
    "Agent",
    "AgentFocus",
    "AgentType",
    "Analysis",
    "AnalysisCompletedEventData",
    "AnalysisFailedEventData",
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
    "InterviewEventData",
    "InterviewStatus",
    "Job",
    "JobFromUrlPreview",
    "JobFromUrlResult",
    "JobStatus",
    "PingEventData",
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
_OWN = {"ScheduledInterview": "instaview_plus._plans.workflows"}


def public(value: Any, module: str) -> Any:
    """Give a class its public module name, its annotations evaluated first.

    ``typing.get_type_hints`` (cattrs, pydantic's ``TypeAdapter``, FastAPI) evaluates string annotations in
    the globals of ``__module__``; once that names this lazy module, they could no longer be found. So the
    hints are resolved while the class still names its real module, and stored as its annotations (attrs
    fields too), before it is renamed.
    """
    if isinstance(value, type) and value.__module__ != module:
        hints = type_hints(value)
        if attrs.has(value):
            attrs.resolve_types(value, globalns=getattr(getattr(value, "to_dict", None), "__globals__", None))
        if "__annotations__" in vars(value):
            value.__annotations__ = {k: v for k, v in hints.items() if k in value.__annotations__}
        value.__module__ = module
    return value


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'instaview_plus.models' has no attribute {name!r}")
    value = public(
        getattr(importlib.import_module(_OWN.get(name, "instaview_client.models")), name), __name__
    )
    globals()[name] = value
    return value
