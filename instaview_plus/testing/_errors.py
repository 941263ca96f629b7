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
    """An error answered in the standard envelope ``{success:false, data:null, error:{...}, timestamp}``."""

    status = 500
    default_code = "INTERNAL_SERVER_ERROR"

    def __init__(self, message: str, *, code: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.details = details


class BadRequest(ApiError):
    """400 — validation failed (code ``VALIDATION_ERROR`` unless given)."""

    status = 400
    default_code = "VALIDATION_ERROR"


class Unauthorized(ApiError):
    """401 — missing, invalid, revoked or suspended key."""

    status = 401
    default_code = "INVALID_API_KEY"


class PaymentRequired(ApiError):
    """402 — a prepaid account has too few credits (code inferred)."""

    status = 402
    default_code = "INSUFFICIENT_CREDITS"


class Forbidden(ApiError):
    """403 in the envelope — the resource belongs to another company."""

    status = 403
    default_code = "RESOURCE_ACCESS_DENIED"


class NotFound(ApiError):
    """404 — ``RESOURCE_NOT_FOUND`` with ``details: {resourceType, resourceId}``."""

    status = 404
    default_code = "RESOURCE_NOT_FOUND"

    def __init__(
        self, resource_type: str, resource_id: str, *, code: str | None = None, message: str | None = None
    ) -> None:
        super().__init__(
            message or f"{resource_type} with ID {resource_id} not found",
            code=code,
            details={"resourceType": resource_type, "resourceId": resource_id},
        )


class Conflict(ApiError):
    """409 — state conflict (code inferred)."""

    status = 409
    default_code = "RESOURCE_CONFLICT"


class Unprocessable(ApiError):
    """422 — semantically invalid request (code inferred)."""

    status = 422
    default_code = "UNPROCESSABLE_ENTITY"


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
