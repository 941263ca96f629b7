"""One operation seen from outside: hook events and spans for its pacing waits, attempts and retries.

The attempts of a request (``_pipeline/attempts.py``) make an ``OperationObserver`` per operation when the
client has hooks or tracing (``observe`` gives ``None`` otherwise, and the request path does nothing more).
The observer is plain code called from that one loop, sync or async alike; it never raises into the call
(hooks are guarded, and the OpenTelemetry API does not raise).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from . import otel
from .hooks import HookEvent, HookKind, Hooks, call_hook
from .steps import current_scope

if TYPE_CHECKING:
    import httpx
    from opentelemetry.trace import Span, Tracer

__all__ = ["OperationObserver", "observe"]


def observe(
    hooks: Hooks | None,
    tracing: bool,
    *,
    operation_id: str,
    path_template: str,
    company_id: str | None,
) -> OperationObserver | None:
    """The observer of one operation, or ``None`` when nothing watches (no hooks, no configured tracing)."""
    tracer = otel.tracer() if tracing else None
    if hooks is None and tracer is None:
        return None
    return OperationObserver(hooks, tracer, operation_id, path_template, company_id)


class OperationObserver:
    """Hook events and spans of one operation (every attempt of one ``Call``)."""

    def __init__(
        self,
        hooks: Hooks | None,
        tracer: Tracer | None,
        operation_id: str,
        path_template: str,
        company_id: str | None,
    ) -> None:
        self.hooks = hooks
        self.tracer = tracer
        self.operation_id = operation_id
        self.path_template = path_template
        self.company_id = company_id
        self.plan, self.step = current_scope()
        self.start = time.monotonic()
        self.attempt = 0  # the attempt under way, from 1
        self.pacing = 0.0  # seconds waited for the rate limit before the attempt under way
        self.total_pacing = 0.0
        self.status: int | None = None
        self.request_id: str | None = None
        self.method: str | None = None
        self.path: str | None = None
        self.error: str | None = None  # the type of the error that ended the attempt without an answer
        self._span: Span | None = None
        self._attempt_span: Span | None = None
        self._token: object | None = None
        if tracer is not None:
            attributes = {"instaview.operation_id": operation_id}
            if company_id is not None:
                attributes["instaview.company_id"] = company_id
            self._span = otel.start(tracer, operation_id, attributes)

    # -- hook events ---------------------------------------------------------------------------------------

    def _emit(self, kind: HookKind, **fields: Any) -> None:
        hook = getattr(self.hooks, f"on_{kind}", None)
        if hook is None:
            return
        event = HookEvent(
            kind=kind,
            operation_id=self.operation_id,
            attempt=self.attempt,
            elapsed=time.monotonic() - self.start,
            company_id=self.company_id,
            request_id=self.request_id,
            method=self.method,
            path=self.path,
            plan=self.plan,
            step=self.step,
            **fields,
        )
        call_hook(f"on_{kind}", hook, event)

    # -- the points of the request path -------------------------------------------------------------------

    def pace(self, attempt: int, wait: float) -> None:
        """A pause of ``wait`` seconds for the rate limit before attempt ``attempt`` (from 0)."""
        self.attempt = attempt + 1
        self.pacing += wait
        self.total_pacing += wait
        if self._span is not None:
            self._span.add_event("instaview.pace", {"instaview.attempt": attempt + 1, "delay": wait})
        self._emit("pace", reason="rate limit", delay=wait)

    def sending(self, request: httpx.Request, attempt: int) -> None:
        """Attempt ``attempt`` (from 0) of ``request`` is about to be sent."""
        self.attempt = attempt + 1
        self.status, self.request_id, self.error = None, None, None
        self.method, self.path = request.method, request.url.path
        if self.tracer is not None and self._span is not None:
            attributes: dict[str, Any] = {
                "instaview.operation_id": self.operation_id,
                "instaview.attempt": self.attempt,
                "instaview.pacing_wait": self.pacing,
                "http.request.method": request.method,
                "url.template": self.path_template,
                "server.address": request.url.host,
            }
            if attempt:
                attributes["http.request.resend_count"] = attempt
            if self.company_id is not None:
                attributes["instaview.company_id"] = self.company_id
            span = otel.start(
                self.tracer,
                f"{request.method} {self.path_template}",
                attributes,
                client=True,
                parent=self._span,
            )
            self._attempt_span = span
            otel.inject(span, request.headers)
            self._token = otel.attach(span)
        self.pacing = 0.0
        self._emit("request")

    def answered(self, response: httpx.Response) -> None:
        """The attempt under way got an answer."""
        self.status = response.status_code
        value = response.headers.get("x-request-id")
        self.request_id = str(value) if value is not None else None
        span = self._end_attempt()
        if span is not None:
            span.set_attribute("http.response.status_code", self.status)
            if self.request_id is not None:
                span.set_attribute("instaview.request_id", self.request_id)
            otel.end(span, str(self.status) if self.status >= 400 else None)
        self._emit("response", status=self.status)

    def failed(self, exc: BaseException) -> None:
        """The attempt under way got no answer (connection error, timeout, undecodable body)."""
        self.error = type(exc).__name__
        span = self._end_attempt()
        if span is not None:
            otel.end(span, self.error)
        self._emit("response", reason=self.error)

    def retry(self, delay: float) -> None:
        """The attempt under way is retried after ``delay`` seconds."""
        reason = f"HTTP {self.status}" if self.status is not None else (self.error or "no answer")
        if self._span is not None:
            self._span.add_event(
                "instaview.retry", {"instaview.attempt": self.attempt, "reason": reason, "delay": delay}
            )
        self._emit("retry", status=self.status, reason=reason, delay=delay)

    def finish(self, error: BaseException | None) -> None:
        """The operation is over: its result returned, or ``error`` raised."""
        attempt = self._end_attempt()  # interrupted mid-attempt (KeyboardInterrupt, a cancelled task)
        if attempt is not None:
            otel.end(attempt, type(error).__name__ if error is not None else None)
        span, self._span = self._span, None
        if span is None:
            return
        span.set_attribute("instaview.retries", max(self.attempt - 1, 0))
        span.set_attribute("instaview.pacing_wait", self.total_pacing)
        if self.status is not None:
            span.set_attribute("http.response.status_code", self.status)
        if self.request_id is not None:
            span.set_attribute("instaview.request_id", self.request_id)
        otel.end(span, type(error).__name__ if error is not None else None)

    def _end_attempt(self) -> Span | None:
        if self._token is not None:
            token, self._token = self._token, None
            otel.detach(token)
        span, self._attempt_span = self._attempt_span, None
        return span
