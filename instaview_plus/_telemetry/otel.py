"""OpenTelemetry spans, when the application configured a tracer provider (``pip install 'instaview-plus[otel]'``).

``opentelemetry-api`` is imported at the first request of a client with ``tracing=True`` (never by
``import instaview_plus``); without it, or while the global tracer provider is still the API's default
(``ProxyTracerProvider``, or a ``NoOpTracerProvider`` set on purpose), the SDK makes no spans and adds no
header. The span tree of one operation: an INTERNAL span named after the operation id (``createJob``)
with a CLIENT span per attempt (``POST /jobs``), each attempt carrying ``traceparent`` to the server through
the global propagator. A workflow or bulk run is an INTERNAL span over the steps' spans. Attribute names are
listed in ``ATTRIBUTES``; none carries the API key, a header or a body.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, Final

from .._version import __version__

if TYPE_CHECKING:
    from opentelemetry.context import Context
    from opentelemetry.trace import Span, Tracer

__all__ = ["ATTRIBUTES", "attach", "detach", "end", "inject", "start", "tracer"]

ATTRIBUTES: Final = {
    "instaview.operation_id": "the operation id (operation and attempt spans)",
    "instaview.company_id": "the company the request acts on, when there is one",
    "instaview.attempt": "1 for the first try, 2 for the first retry ... (attempt spans)",
    "instaview.retries": "how many retries the operation made (operation spans)",
    "instaview.pacing_wait": "seconds waited for the rate limit (before an attempt; total on the operation)",
    "instaview.request_id": "the server's X-Request-Id (the last one, on the operation)",
    "instaview.plan": "the workflow or bulk run (run and step spans)",
    "instaview.step": "the step (step spans)",
    "http.request.method": "the HTTP method (attempt spans)",
    "http.request.resend_count": "the retry number of a resent attempt",
    "http.response.status_code": "the HTTP status (the last one, on the operation)",
    "url.template": "the documented path, ids as placeholders (attempt spans)",
    "server.address": "the API's host (attempt spans)",
    "error.type": "the status code or exception type that made a span fail",
}

_lock = threading.Lock()
_api: list[Any] = []  # [None] when opentelemetry-api is not installed, else [(trace, context, propagate)]
_cached: list[tuple[Any, Tracer]] = []  # (provider, its tracer): the tracer is made once per provider


def _modules() -> Any:
    if not _api:
        with _lock:
            if not _api:
                try:
                    from opentelemetry import context, propagate, trace
                except ImportError:
                    _api.append(None)
                else:
                    _api.append((trace, context, propagate))
    return _api[0]


def tracer() -> Tracer | None:
    """The SDK's tracer when the application set a tracer provider, else ``None`` (checked at each call)."""
    api = _modules()
    if api is None:
        return None
    trace = api[0]
    provider = trace.get_tracer_provider()
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None
    if _cached and _cached[0][0] is provider:
        return _cached[0][1]
    made: Tracer = provider.get_tracer("instaview_plus", __version__)
    _cached[:] = [(provider, made)]
    return made


def start(
    tracer: Tracer,
    name: str,
    attributes: Mapping[str, Any],
    *,
    client: bool = False,
    parent: Span | None = None,
) -> Span:
    """Start a span (INTERNAL, or CLIENT for an HTTP attempt) under ``parent`` or the current span."""
    trace = _modules()[0]
    kind = trace.SpanKind.CLIENT if client else trace.SpanKind.INTERNAL
    context = trace.set_span_in_context(parent) if parent is not None else None
    span: Span = tracer.start_span(name, context=context, kind=kind, attributes=dict(attributes))
    return span


def inject(span: Span, headers: MutableMapping[str, str]) -> None:
    """Put ``span``'s context (``traceparent``, and what else the global propagator sends) in ``headers``."""
    trace, _, propagate = _modules()
    propagate.inject(headers, context=trace.set_span_in_context(span))


def attach(span: Span) -> object:
    """Make ``span`` the current span (of this thread or task) until ``detach``; returns the token."""
    trace, context, _ = _modules()
    parent: Context = trace.set_span_in_context(span)
    return context.attach(parent)


def detach(token: object) -> None:
    """Undo an ``attach``."""
    _modules()[1].detach(token)


def end(span: Span, error: str | None = None) -> None:
    """End ``span``; ``error`` (a status code or an exception's type) marks it failed."""
    if error is not None:
        trace = _modules()[0]
        span.set_attribute("error.type", error)
        span.set_status(trace.Status(trace.StatusCode.ERROR, error))
    span.end()
