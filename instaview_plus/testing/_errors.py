"""Errors raised inside the fake and the documented wire body each one turns into."""

from __future__ import annotations

from typing import Any

__all__ = [
    "ApiError",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "NotFound",
    "PaymentRequired",
    "RateLimited",
    "ScopeMissing",
    "Unauthorized",
    "Unprocessable",
]


class ApiError(Exception):
    """An error answered in the standard envelope ``{success:false, data:null, error:{...}, timestamp}``.

    A subclass names its HTTP status and the code it answers with unless one is given:
    ``class Conflict(ApiError, status=409, code="RESOURCE_CONFLICT")``.
    """

    status = 500
    default_code = "INTERNAL_SERVER_ERROR"

    def __init_subclass__(cls, *, status: int, code: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.status, cls.default_code = status, code

    def __init__(self, message: str, *, code: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.details = details


# each documented error: its status and the code it answers with unless one is given
# 400: validation failed
class BadRequest(ApiError, status=400, code="VALIDATION_ERROR"): ...


# 401: missing, invalid, revoked or suspended key
class Unauthorized(ApiError, status=401, code="INVALID_API_KEY"): ...


# 402: a prepaid account has too few credits
class PaymentRequired(ApiError, status=402, code="INSUFFICIENT_CREDITS"): ...


# 403 in the envelope: the resource belongs to another company
class Forbidden(ApiError, status=403, code="RESOURCE_ACCESS_DENIED"): ...


# 409: state conflict
class Conflict(ApiError, status=409, code="RESOURCE_CONFLICT"): ...


# 422: semantically invalid request
class Unprocessable(ApiError, status=422, code="UNPROCESSABLE_ENTITY"): ...


class NotFound(ApiError, status=404, code="RESOURCE_NOT_FOUND"):
    """404 — ``RESOURCE_NOT_FOUND`` with ``details: {resourceType, resourceId}``."""

    def __init__(
        self, resource_type: str, resource_id: str, *, code: str | None = None, message: str | None = None
    ) -> None:
        super().__init__(
            message or f"{resource_type} with ID {resource_id} not found",
            code=code,
            details={"resourceType": resource_type, "resourceId": resource_id},
        )


class ScopeMissing(Exception):
    """403 in the NestJS shape ``{message, error:"Forbidden", statusCode:403}`` (scope guard)."""

    def __init__(self, scope: str) -> None:
        super().__init__(scope)
        self.scope = scope
        self.message = f"Insufficient permissions: Required scope {scope} not found"


class RateLimited(Exception):
    """429 in the throttler shape; carries the exceeded limit and its reset time."""

    def __init__(self, limit: int, reset: int, retry_after: int, code: str | None = None) -> None:
        super().__init__("Rate limit exceeded")
        self.limit = limit
        self.reset = reset
        self.retry_after = retry_after
        self.code = code
