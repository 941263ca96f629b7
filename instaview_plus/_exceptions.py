"""Every error instaview-plus raises.

```
InstaViewError
├── APIError
│   ├── APIConnectionError ── APITimeoutError
│   ├── APIResponseValidationError          # the server sent something the SDK cannot read
│   └── APIStatusError(status_code, code, message, details, response, request_id)
│       ├── BadRequestError 400   ├── AuthenticationError 401   ├── PaymentRequiredError 402
│       ├── PermissionDeniedError 403   ├── NotFoundError 404   ├── ConflictError 409
│       ├── UnprocessableEntityError 422   ├── RateLimitError 429 (retry_after)   └── InternalServerError ≥500
├── InvalidRequestError (also ValueError)   # bad input caught before sending
│   └── NaiveDatetimeError / NonexistentTimeError
├── WorkflowError (created=..., state=...)  # a multi-step helper failed half-way; nothing is lost
├── SourcingFailedError (request_id, error_code, error_message, result)  # a sourcing run ended `failed`
├── WaitTimeoutError (last, timeout, elapsed)  # a ``wait`` ran out of time; the job goes on (not a connection error)
└── WebhookVerificationError
```

Errors pickle (``__reduce__`` keeps the constructor arguments, never the ``httpx.Response``) and their
``str()`` is one readable line; none of them ever holds the API key.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InstaViewError",
    "InternalServerError",
    "InvalidRequestError",
    "NaiveDatetimeError",
    "NonexistentTimeError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "SourcingFailedError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "WorkflowError",
]


class InstaViewError(Exception):
    """The base of every error raised by instaview-plus."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from args and attributes, never through __init__ (keyword-only constructors) and never
        # with the live httpx.Response.
        state = {k: (None if k == "response" else v) for k, v in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))


class APIError(InstaViewError):
    """A request was sent (or attempted) and did not give a usable result.

    ``method`` and ``url`` name the request (the URL never carries the key).
    """

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


def _rebuild(cls: type[InstaViewError], args: tuple[Any, ...], state: dict[str, Any]) -> InstaViewError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response arrived.

    ``may_have_been_processed`` is true when the request may have reached the server (a read timeout or a
    broken connection after sending): such a POST is not replayed unless the caller opts in.
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        method: str | None = None,
        url: str | None = None,
        may_have_been_processed: bool = False,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.may_have_been_processed = may_have_been_processed


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool timeout)."""


class APIResponseValidationError(APIError):
    """The server answered with a body the SDK cannot read (not JSON, or not the documented shape).

    ``status_code`` is the HTTP status and ``body_excerpt`` the first characters of the body.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body_excerpt: str = "",
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body_excerpt = body_excerpt

    def __str__(self) -> str:
        excerpt = f" body: {self.body_excerpt!r}" if self.body_excerpt else ""
        return f"[{self.status_code}] {self.message}{excerpt}"


class APIStatusError(APIError):
    """The server answered with an error status (4xx or 5xx).

    ``code``, ``message`` and ``details`` come from whichever error shape the server used: the envelope's
    ``error`` object or string, or NestJS's ``{statusCode, message, error}``. ``request_id`` is the
    server's trace/request id when it sent one. ``body`` is the error body (parsed JSON, or its text) and
    ``response`` the ``httpx.Response`` (not pickled). Whatever the server wrote is kept with the client's
    API key redacted.
    """

    status_code: int = 0

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        details: Any = None,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        method: str | None = None,
        url: str | None = None,
        may_have_been_processed: bool = False,
        body: Any = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        if status_code is not None:
            self.status_code = status_code
        self.code = code
        self.details = details
        self.body = body
        self.request_id = request_id
        self.response = response
        self.may_have_been_processed = may_have_been_processed

    def __str__(self) -> str:
        head = f"[{self.status_code} {self.code}]" if self.code else f"[{self.status_code}]"
        tail = f" (request_id={self.request_id})" if self.request_id else ""
        note = ""
        if self.may_have_been_processed:
            note = (
                " The request may have been processed, so it was not retried to avoid a duplicate;"
                " check before sending it again, or pass retry_non_idempotent=True."
            )
        return f"{head} {self.message}{tail}{note}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request is invalid (validation error, unreadable date, missing field)."""

    status_code = 400


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid, revoked, expired or suspended."""

    status_code = 401


class PaymentRequiredError(APIStatusError):
    """402: a prepaid account has too few credits (sourcing, enrichment, preview)."""

    status_code = 402


class PermissionDeniedError(APIStatusError):
    """403: a scope is missing, or the resource belongs to a company this key cannot act on."""

    status_code = 403


class NotFoundError(APIStatusError):
    """404: the resource does not exist, was deleted, or belongs to another tenant."""

    status_code = 404


class ConflictError(APIStatusError):
    """409: a duplicate or a state conflict (never retried)."""

    status_code = 409


class UnprocessableEntityError(APIStatusError):
    """422: valid JSON with a semantic error."""

    status_code = 422


class RateLimitError(APIStatusError):
    """429: the rate limit was exceeded; ``retry_after`` is the server's advice in seconds, if any."""

    status_code = 429

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """A 5xx status, including non-standard ones such as 520."""


class InvalidRequestError(InstaViewError, ValueError):
    """Bad input caught before anything was sent; the message names the argument and the fix."""

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class NaiveDatetimeError(InvalidRequestError):
    """A datetime argument has no time zone; pass an aware datetime (e.g. ``tzinfo=ZoneInfo(...)``)."""


class NonexistentTimeError(InvalidRequestError):
    """A local time that does not exist in its zone (it falls in a daylight-saving gap)."""


class WorkflowError(InstaViewError):
    """A multi-step helper failed half-way.

    ``created`` maps each step to what it created (nothing is lost); ``state`` is JSON-serialisable and
    can be handed to ``client.workflows.resume(state)``, also in another process. ``__cause__`` is the
    error of the failed step.
    """

    def __init__(self, message: str, *, created: dict[str, Any], state: dict[str, Any]) -> None:
        super().__init__(message)
        self.created = created
        self.state = state


class WebhookVerificationError(InstaViewError):
    """A webhook delivery failed verification (bad signature, missing header, stale timestamp)."""


class SourcingFailedError(InstaViewError):
    """A sourcing, enrichment or preview run ended with status ``failed`` (raised by ``client.sourcing.wait*``).

    ``request_id`` names the run, ``error_code`` / ``error_message`` are the server's run-level error (e.g.
    ``AGENT_ERROR``), and ``result`` is the parsed results object the server answered with.
    """

    def __init__(
        self,
        message: str,
        *,
        request_id: str,
        error_code: str | None = None,
        error_message: str | None = None,
        result: Any = None,
    ) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.error_code = error_code
        self.error_message = error_message
        self.result = result


class WaitTimeoutError(InstaViewError):
    """A ``wait`` (``interviews.wait``, ``sourcing.wait*``) ran out of time while the work was still going on.

    Not a connection error: every request succeeded, the interview or run simply is not finished, so
    ``except APIConnectionError`` does not catch it. ``last`` is the last state read (the ``Interview`` or
    the results object), ``timeout`` the seconds allowed and ``elapsed`` the seconds waited. Call ``wait``
    again with a longer timeout, or read the result later.
    """

    def __init__(self, message: str, *, last: Any, timeout: float, elapsed: float) -> None:
        super().__init__(message)
        self.last = last
        self.timeout = timeout
        self.elapsed = elapsed
