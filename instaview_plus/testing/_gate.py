"""The gate every request passes before its handler: authentication, and the 429 / injected-status answers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._errors import RateLimited, ScopeMissing, Unauthorized
from ._fake_clock import iso
from ._records import ApiKey
from ._shaping import FakeRequest, FakeResponse, error_body, json_response

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["authenticate", "forced_response", "throttled"]

_STATUS_CODES = {
    400: "VALIDATION_ERROR",
    401: "INVALID_API_KEY",
    402: "INSUFFICIENT_CREDITS",
    403: "INSUFFICIENT_PERMISSIONS",
    404: "RESOURCE_NOT_FOUND",
    408: "REQUEST_TIMEOUT",
    409: "RESOURCE_CONFLICT",
    422: "UNPROCESSABLE_ENTITY",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}


def forced_response(per_minute: int, status: int, now: datetime) -> FakeResponse:
    """The answer of an injected ``status`` fault (a 429 in the throttle's own shape)."""
    if status == 429:
        return throttled(RateLimited(per_minute, int(now.timestamp()) + 1, 1), {})
    code = _STATUS_CODES.get(status, "ERROR")
    return json_response(status, error_body(code, f"Injected failure ({status})", None, iso(now)))


def throttled(exc: RateLimited, headers: dict[str, str]) -> FakeResponse:
    """A 429 with the documented body and ``Retry-After``."""
    body: dict[str, Any] = {
        "statusCode": 429,
        "message": "Rate limit exceeded",
        "error": "Too Many Requests",
        "retryAfter": exc.retry_after,
        "limit": exc.limit,
        "remaining": 0,
        "reset": exc.reset,
    }
    if exc.code:
        body["code"] = exc.code
    return json_response(429, body, {**headers, "Retry-After": str(exc.retry_after)})


def authenticate(fake: FakeInstaView, request: FakeRequest, admin: bool) -> ApiKey | None:
    """The key a request authenticates with (None for an admin token), or the 401/403 it gets."""
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("Missing or malformed Authorization header; use 'Bearer sk_...'")
    if admin:
        if not token.startswith("admin_"):
            raise ScopeMissing("admin")
        return None
    key = fake.state.api_keys.get(token)
    if key is None and fake.accept_any_key and token.startswith(("sk_test_", "sk_live_")):
        key = fake.add_api_key(token)
    if key is None or key.revoked:
        raise Unauthorized("The provided API key is invalid or has been revoked")
    if key.suspended:
        raise Unauthorized(
            "This API key has been suspended",
            code="API_KEY_SUSPENDED",
            details={"suspendedAt": iso(key.created_at), "reason": "suspended"},
        )
    if not key.ats and key.company_id not in fake.state.companies:
        raise Unauthorized("The provided API key is invalid or has been revoked")
    return key
