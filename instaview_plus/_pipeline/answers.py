"""Reading response bodies: unwrap every success shape the docs show, and map every error shape to an error.

Success shapes: the envelope ``{success, data, error, timestamp}``, the ``{statusCode, message, data,
traceId}`` wrapper, and bare bodies (objects, lists, ``true``, sourcing's top-level shapes). Error shapes:
the envelope's ``error`` object or string, NestJS ``{statusCode, message: str | list, error}`` (403 scope,
429 throttler, validation), and sourcing's ``{errorCode, errorMessage}``.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from .._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from .auth import ApiKey
from .retry import parse_retry_after

__all__ = ["error_from_response", "invalid_answer", "read_json", "redacted_response", "unwrap"]

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_EXCERPT = 200
_NOT_CODE = re.compile(r"[^A-Z0-9]+")


def excerpt(response: httpx.Response) -> str:
    """The first characters of a body, for error messages."""
    text = response.content[:_EXCERPT].decode("utf-8", "replace")
    return text + ("…" if len(response.content) > _EXCERPT else "")


def _loads(content: bytes) -> Any:
    """``json.loads``, whose every failure on hostile input is a ``ValueError``.

    Besides malformed JSON (``JSONDecodeError``) and bad UTF-8 (``UnicodeDecodeError``), both ValueErrors,
    it refuses integers of more than 4,300 digits (``ValueError``) and runs out of stack on deep nesting.
    """
    try:
        return json.loads(content)
    except RecursionError as exc:
        raise ValueError("the JSON body is nested too deeply") from exc


def read_json(response: httpx.Response, key: ApiKey | None = None) -> Any:
    """The JSON body, or ``APIResponseValidationError`` naming the status and a short excerpt.

    With ``key``, the excerpt and the content type are shown with the key redacted (``ApiKey.redact``).
    """
    try:
        return _loads(response.content)
    except ValueError as exc:
        shown = key.redact if key is not None else str
        content_type = shown(response.headers.get("content-type", "no content type"))
        raise invalid_answer(response, f"Expected a JSON body, got {content_type}", key) from exc


def invalid_answer(
    response: httpx.Response, message: str, key: ApiKey | None = None
) -> APIResponseValidationError:
    """The error for an answer that is not what the docs say (with its status, request and an excerpt).

    With ``key``, the message and the excerpt are shown with the key redacted (``ApiKey.redact``).
    """
    shown = key.redact if key is not None else str
    return APIResponseValidationError(
        shown(message),
        status_code=response.status_code,
        body_excerpt=shown(excerpt(response)),
        method=response.request.method,
        url=str(response.request.url),
    )


_RECODED = frozenset({"content-length", "content-encoding", "transfer-encoding"})


def redacted_response(response: httpx.Response, key: ApiKey) -> httpx.Response:
    """``response`` itself, or a copy whose body and headers show the key redacted when the server echoed it.

    A JSON body is also checked after decoding (a key spelled with ``\\u`` escapes); when decoding reveals
    one, the copy holds the redacted JSON.
    """
    text = response.content.decode("utf-8", "replace")
    headers = list(response.headers.items())
    clean = [(k, key.redact(v)) for k, v in headers]
    redacted = key.redact(text)
    try:
        parsed = _loads(redacted.encode("utf-8"))
        scrubbed = key.scrub(parsed)
        if scrubbed != parsed:
            redacted = json.dumps(scrubbed, ensure_ascii=False)
    except (ValueError, RecursionError):  # not JSON (the text is redacted), or nested beyond scrubbing
        pass
    if redacted == text and clean == headers:
        return response
    return httpx.Response(
        response.status_code,
        headers=[(k.encode("ascii"), v.encode("utf-8")) for k, v in clean if k.lower() not in _RECODED],
        content=redacted.encode("utf-8"),
        request=response.request,
    )


def unwrap(body: Any) -> Any:
    """The payload of a success body, whatever wrapper it came in."""
    if isinstance(body, dict):
        if "success" in body and "data" in body and ("error" in body or "timestamp" in body):
            return body["data"]
        if "statusCode" in body and "data" in body and ("traceId" in body or "message" in body):
            return body["data"]
        if "data" in body and set(body) <= {"success", "data"} and body.get("success", True) is True:
            # webhook pages show {success, data} with no error/timestamp; list-companies/billing show {data}
            return body["data"]
    return body


def _code_from(text: str) -> str:
    return _NOT_CODE.sub("_", text.upper()).strip("_")


def _fields(body: Any, status: int) -> tuple[str | None, str, Any, str | None]:
    """``(code, message, details, request_id)`` from any documented error shape."""
    if not isinstance(body, dict):
        return None, f"HTTP {status}", None, None
    request_id = body.get("traceId") or body.get("requestId")
    error = body.get("error")
    if isinstance(error, dict):
        code = error.get("code")
        return (
            code if isinstance(code, str) else None,
            str(error.get("message") or f"HTTP {status}"),
            error.get("details"),
            request_id,
        )
    message = body.get("message")
    details: Any = None
    if isinstance(message, list):
        details = {"messages": message}
        message = "; ".join(str(m) for m in message)
    if isinstance(body.get("errorCode"), str):
        return (
            body["errorCode"],
            str(body.get("errorMessage") or message or f"HTTP {status}"),
            None,
            request_id,
        )
    if isinstance(error, str) and message:
        # NestJS: {"statusCode": 403, "message": "Insufficient permissions: ...", "error": "Forbidden"}
        head = str(message).split(":", 1)[0]
        code = _code_from(head) if ":" in str(message) else _code_from(error)
        extra = {k: v for k, v in body.items() if k not in {"statusCode", "message", "error"}}
        return code, str(message), details or extra or None, request_id
    if isinstance(error, str):
        return None, error, details, request_id
    return None, str(message or f"HTTP {status}"), details, request_id


def error_from_response(
    response: httpx.Response, *, may_have_been_processed: bool = False, key: ApiKey | None = None
) -> APIStatusError:
    """The typed error for a 4xx/5xx response (any status, including non-standard ones such as 520).

    With ``key`` (the client's), every text the server wrote is kept with the key redacted: the message,
    code, details, request id, ``body`` and the ``response`` itself (``ApiKey.redact``).
    """
    if key is not None:
        response = redacted_response(response, key)
    status = response.status_code
    try:
        body: Any = _loads(response.content) if response.content else None
    except ValueError:
        body = None
    try:
        code, message, details, request_id = _fields(body, status)
    except RecursionError:  # a message list nested too deeply to print
        code, message, details, request_id = None, f"HTTP {status}", None, None
    if not isinstance(request_id, str):
        request_id = None
    if body is None and response.content:
        message = f"HTTP {status}: {excerpt(response)}"
        body = response.content.decode("utf-8", "replace")
    request_id = request_id or response.headers.get("x-request-id") or response.headers.get("x-trace-id")
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "code": code,
        "details": details,
        "body": body,
        "request_id": request_id,
        "response": response,
        "method": response.request.method,
        "url": str(response.request.url),
        "may_have_been_processed": may_have_been_processed,
    }
    if cls is RateLimitError:
        body_retry = body.get("retryAfter") if isinstance(body, dict) else None
        return RateLimitError(message, retry_after=parse_retry_after(response.headers, body_retry), **kwargs)
    return cls(message, **kwargs)
