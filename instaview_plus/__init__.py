"""instaview-plus: the Python SDK for the InstaView API (sync and async, typed, retrying, paginating).

>>> import instaview_plus as iv
>>> client = iv.InstaView()  # INSTAVIEW_API_KEY from the environment  # doctest: +SKIP
>>> job = client.jobs.create(title="Backend engineer", description="...", status="OPEN")  # doctest: +SKIP

Models (``iv.Job``, ``iv.Interview``, ...) are importable from here or ``instaview_plus.models``; they and the
resource modules are loaded on first use, so ``import instaview_plus`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import webhooks
from ._client import AsyncInstaView, InstaView
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
    WebhookVerificationError,
    WorkflowError,
)
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._ratelimit import RateLimitInfo
from ._retry import RetryPolicy
from ._transport import RawResponse
from ._types import NO_TIMEOUT, NOT_GIVEN, NotGiven, NoTimeout, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from instaview_client.types import UNSET, Unset

    from .models import *  # noqa: F403

__all__ = [
    "NOT_GIVEN",
    "NO_TIMEOUT",
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
    "ConflictError",
    "InstaView",
    "InstaViewError",
    "InternalServerError",
    "InvalidRequestError",
    "NaiveDatetimeError",
    "NoTimeout",
    "NonexistentTimeError",
    "NotFoundError",
    "NotGiven",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "RequestOptions",
    "RetryPolicy",
    "SourcingFailedError",
    "SyncPage",
    "UNSET",
    "UnprocessableEntityError",
    "Unset",
    "WebhookVerificationError",
    "WorkflowError",
    "__version__",
    "webhooks",
]

# the sentinel of optional fields the server did not send, loaded with the models (from the generated package)
_LAZY = {"UNSET", "Unset"}

for _name in __all__:
    if _name in _LAZY:
        continue
    _obj = globals()[_name]
    if isinstance(_obj, type) and _obj.__module__.startswith("instaview_plus."):
        _obj.__module__ = "instaview_plus"


def __getattr__(name: str) -> Any:
    """Models are loaded on first use: ``instaview_plus.Job`` is ``instaview_plus.models.Job``."""
    if name.startswith("_"):
        raise AttributeError(name)
    import importlib

    models = importlib.import_module("instaview_plus.models")
    if name in _LAZY:
        value = models.public(getattr(importlib.import_module("instaview_client.types"), name), __name__)
        globals()[name] = value
        return value
    if name == "models":
        return models
    if name in models.__all__:
        return getattr(models, name)
    raise AttributeError(f"module 'instaview_plus' has no attribute {name!r}")
