"""instaview-plus: the Python SDK for the InstaView API (sync and async, typed, retrying, paginating).

>>> import instaview_plus as iv
>>> client = iv.InstaView()  # INSTAVIEW_API_KEY (and INSTAVIEW_BASE_URL, if set) from the environment
>>> job = client.jobs.create(title="Backend engineer", description="Python and APIs.", status="OPEN")
>>> job.title
'Backend engineer'

Models (``iv.Job``, ``iv.Interview``, ...) are importable from here or ``instaview_plus.models``; they and the
resource modules are loaded on first use, so ``import instaview_plus`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InstaViewError,
    InternalServerError,
    InvalidRequestError,
    NaiveDatetimeError,
    NonexistentTimeError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    SourcingFailedError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookVerificationError,
    WorkflowError,
)
from ._types import NO_TIMEOUT, NOT_GIVEN, NotGiven, NoTimeout, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from instaview_plus._generated.client.types import UNSET, Unset

    from . import webhooks
    from ._client.client import AsyncInstaView, InstaView
    from ._pipeline.pacing import RateLimitInfo
    from ._pipeline.raw_response import RawResponse
    from ._pipeline.retry import RetryPolicy
    from ._plans.bulk_rows import BulkProgress, BulkResult, Checkpoint, FileCheckpoint, RowResult
    from ._plans.checkpoint import RedisCheckpoint
    from ._plans.export import ExportedInterview
    from ._plans.pagination import AsyncPage, AsyncPager, SyncPage
    from ._plans.schedule import ScheduleProgress, ScheduleResult, ScheduleRowResult
    from ._telemetry.hooks import HookEvent, Hooks
    from .models import *  # noqa: F403

__all__ = [
    "NOT_GIVEN",
    "NO_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncInstaView",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkResult",
    "Checkpoint",
    "ConflictError",
    "ExportedInterview",
    "FileCheckpoint",
    "HookEvent",
    "Hooks",
    "InstaView",
    "InstaViewError",
    "InternalServerError",
    "InvalidRequestError",
    "NaiveDatetimeError",
    "NonexistentTimeError",
    "NotFoundError",
    "NotGiven",
    "NoTimeout",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "RedisCheckpoint",
    "RequestOptions",
    "RetryPolicy",
    "RowResult",
    "ScheduleProgress",
    "ScheduleResult",
    "ScheduleRowResult",
    "SourcingFailedError",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "WaitTimeoutError",
    "webhooks",
    "WebhookVerificationError",
    "WorkflowError",
    "__version__",
]

# Loaded on first use (PEP 562), so ``import instaview_plus`` costs little more than ``import httpx``: the
# client (attrs, the request pipeline), pages, the webhooks module, and the sentinel of optional fields the
# server did not send (from the generated package). Models come from ``instaview_plus.models``.
_LAZY = {
    "BulkProgress": "._plans.bulk_rows",
    "BulkResult": "._plans.bulk_rows",
    "Checkpoint": "._plans.bulk_rows",
    "FileCheckpoint": "._plans.bulk_rows",
    "RowResult": "._plans.bulk_rows",
    "AsyncInstaView": "._client.client",
    "InstaView": "._client.client",
    "AsyncPage": "._plans.pagination",
    "AsyncPager": "._plans.pagination",
    "SyncPage": "._plans.pagination",
    "RedisCheckpoint": "._plans.checkpoint",
    "ExportedInterview": "._plans.export",
    "ScheduleProgress": "._plans.schedule",
    "ScheduleResult": "._plans.schedule",
    "ScheduleRowResult": "._plans.schedule",
    "RateLimitInfo": "._pipeline.pacing",
    "RetryPolicy": "._pipeline.retry",
    "HookEvent": "._telemetry.hooks",
    "Hooks": "._telemetry.hooks",
    "RawResponse": "._pipeline.raw_response",
    "webhooks": ".webhooks",
    "UNSET": "instaview_plus._generated.client.types",
    "Unset": "instaview_plus._generated.client.types",
}


def _public(value: Any) -> Any:
    if isinstance(value, type) and value.__module__.startswith("instaview_plus."):
        value.__module__ = __name__
    return value


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])


def __getattr__(name: str) -> Any:
    """Load a name on first use: ``instaview_plus.InstaView``, ``instaview_plus.Job`` (a model) ..."""
    if name.startswith("_"):
        raise AttributeError(name)
    import importlib

    if name in _LAZY and name not in ("UNSET", "Unset"):
        module = importlib.import_module(_LAZY[name], __name__)
        value = module if name == "webhooks" else _public(getattr(module, name))
        globals()[name] = value
        return value
    models = importlib.import_module("instaview_plus.models")
    if name in _LAZY:
        value = models.public(getattr(importlib.import_module(_LAZY[name]), name), __name__)
        globals()[name] = value
        return value
    if name == "models":
        return models
    if name in models.__all__:
        return getattr(models, name)
    raise AttributeError(f"module 'instaview_plus' has no attribute {name!r}")
