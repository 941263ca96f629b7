"""Sourcing, enrichment, preview and HTML cards: ``client.sourcing`` / ``aclient.sourcing``.

Runs are asynchronous: ``create`` / ``enrich`` / ``preview`` answer 202 with a ``request_id``; the results
endpoints answer 202 (``status="processing"``) until the run is done, then 200 (``completed`` or ``failed``).
``wait*`` polls for you, no more often than every ``interval`` seconds (10 by default, as the API asks).

>>> run = client.sourcing.create(title="Backend", job_description="Node.js, fintech", location="Remote")
>>> str(client.sourcing.results(run.request_id).status)  # later: client.sourcing.wait(run.request_id, timeout=600)
'processing'
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final, TypedDict, TypeVar, Unpack

from .._exceptions import SourcingFailedError, WaitTimeoutError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan
from .._pipeline.operation import Operation
from .._pipeline.spec import spec
from .._plans.polling import check_wait_args, poll_plan, wait_limit
from .._types import RequestOptions
from ._base import (
    AsyncAPIResource,
    RawView,
    SyncAPIResource,
    araw,
    model,
    operation,
    raw,
)

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import (
        EnrichmentAccepted,
        EnrichmentResults,
        PreviewAccepted,
        PreviewResults,
        RenderHtmlResponse,
        SourcingAccepted,
        SourcingResults,
    )
    from instaview_plus._generated.spec.params import (
        CreateEnrichmentBody,
        CreateSourcingBody,
        CreateSourcingPreviewBody,
        RenderSourcingHtmlBody,
        UpdateSourcingBody,
    )

__all__ = ["AsyncSourcing", "Sourcing", "WaitOptions", "poll_decision"]

R = TypeVar("R")

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 10.0

_CREATE: Operation[SourcingAccepted] = operation("createSourcing", model("SourcingAccepted"))
_UPDATE: Operation[SourcingAccepted] = operation("updateSourcing", model("SourcingAccepted"))
_RESULTS: Operation[SourcingResults] = operation("getSourcingResults", model("SourcingResults"))
_ENRICH: Operation[EnrichmentAccepted] = operation("createEnrichment", model("EnrichmentAccepted"))
_ENRICH_RESULTS: Operation[EnrichmentResults] = operation("getEnrichmentResults", model("EnrichmentResults"))
_PREVIEW: Operation[PreviewAccepted] = operation("createSourcingPreview", model("PreviewAccepted"))
_PREVIEW_RESULTS: Operation[PreviewResults] = operation("getSourcingPreviewResults", model("PreviewResults"))
# The documented body is the flat `{success, renderedCount, data: [...]}`: never treat it as an envelope.
_RENDER_HTML: Operation[RenderHtmlResponse] = operation(
    "renderSourcingHtml", model("RenderHtmlResponse"), unwrap=False
)


# -- polling: one pure decision, used by both drivers ------------------------------------------------------


def _poll_interval(op: Operation[Any], interval: float) -> float:
    """``interval``, raised to what the endpoint's own rate limit allows (preview results: 120 a minute)."""
    limit = spec(op.id).get("rate_limit")
    return max(interval, float(limit["seconds"]) / float(limit["requests"])) if limit else interval


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def poll_decision(
    result: Any, *, request_id: str, what: str, elapsed: float, timeout: float, interval: float
) -> float | None:
    """What to do after one poll of a results endpoint (pure: no I/O, no clock).

    ``None``: the run is finished (any status but ``processing`` and ``failed``), return ``result``.
    A number: still processing, sleep that many seconds (``interval``) and poll again.
    Raises ``SourcingFailedError`` for a ``failed`` run, and ``WaitTimeoutError`` when sleeping ``interval``
    more seconds would pass the ``timeout`` (``elapsed`` is the time spent since the first poll).
    """
    status = str(result.status)
    if status == "failed":
        code, message = (
            _text(getattr(result, "error_code", None)),
            _text(getattr(result, "error_message", None)),
        )
        detail = f" [{code}] {message}" if code else (f" {message}" if message else "")
        raise SourcingFailedError(
            f"{what} run {request_id} failed:{detail or ' no error given'}",
            request_id=request_id,
            error_code=code,
            error_message=message,
            result=result,
        )
    if status != "processing":
        return None
    if elapsed + interval > timeout:
        raise WaitTimeoutError(
            f"{what} run {request_id} was still processing after {elapsed:.0f} s (timeout={timeout:g} s);"
            " the run goes on: call wait() again with a longer timeout, or read the results later",
            last=result,
            timeout=timeout,
            elapsed=elapsed,
        )
    return interval


def _path(request_id: str) -> tuple[tuple[str, Any], ...]:
    return (("request_id", request_id),)


class WaitOptions(TypedDict, total=False):
    """How ``sourcing.wait`` / ``wait_enrichment`` / ``wait_preview`` poll."""

    timeout: float | None
    """Give up after this many seconds (default 600; the run goes on); ``None``: wait until it is done."""
    interval: float
    """Seconds between polls (default 10, as the API asks; never below what the endpoint's limit allows)."""


def _wait_plan(
    op: Operation[R],
    request_id: str,
    what: str,
    *,
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    interval: float = DEFAULT_POLL_INTERVAL,
    **unknown: Any,
) -> Plan[R]:
    """Poll ``op`` for ``request_id`` every ``interval`` seconds until the run is finished."""
    check_wait_args(unknown, interval=interval)
    limit = wait_limit(timeout)
    interval = _poll_interval(op, interval)
    decide = functools.partial(_decide, request_id=request_id, what=what, timeout=limit, interval=interval)
    return poll_plan(build_call(op, path=_path(request_id)), decide)


def _decide(
    result: Any, elapsed: float, polls: int, *, request_id: str, what: str, timeout: float, interval: float
) -> float | None:
    return poll_decision(
        result, request_id=request_id, what=what, elapsed=elapsed, timeout=timeout, interval=interval
    )


class Sourcing(SyncAPIResource["SourcingWithRawResponse"]):
    """Sourcing runs, profile enrichment, previews and HTML profile cards."""

    def create(self, **body: Unpack[CreateSourcingBody]) -> SourcingAccepted:
        """Start a sourcing run (``title``, ``job_description``, ``location``; the server checks them); 202 accepted."""
        return self._call(_CREATE, body=body)

    def update(self, request_id: str, **body: Unpack[UpdateSourcingBody]) -> SourcingAccepted:
        """Refine a sourcing run (``query``, ``limit``); it runs again and answers 202 accepted."""
        return self._call(_UPDATE, path=_path(request_id), body=body)

    def results(self, request_id: str, **options: Unpack[RequestOptions]) -> SourcingResults:
        """A sourcing run's results; ``.status`` is ``processing`` (202) until ``completed`` or ``failed`` (200)."""
        return self._call(_RESULTS, path=_path(request_id), options=options)

    def enrich(self, **body: Unpack[CreateEnrichmentBody]) -> EnrichmentAccepted:
        """Start enriching 1 to 10 profiles (``profile_ids``); 202 accepted."""
        return self._call(_ENRICH, body=body)

    def enrich_results(self, request_id: str, **options: Unpack[RequestOptions]) -> EnrichmentResults:
        """An enrichment run's results; ``.status`` is ``processing`` (202) until finished (200)."""
        return self._call(_ENRICH_RESULTS, path=_path(request_id), options=options)

    def preview(self, **body: Unpack[CreateSourcingPreviewBody]) -> PreviewAccepted:
        """Start a sourcing preview (lighter profiles, same arguments as ``create``); 202 accepted."""
        return self._call(_PREVIEW, body=body)

    def preview_results(self, request_id: str, **options: Unpack[RequestOptions]) -> PreviewResults:
        """A preview run's results; ``.status`` is ``processing`` (202) until finished (200)."""
        return self._call(_PREVIEW_RESULTS, path=_path(request_id), options=options)

    def render_html(self, **body: Unpack[RenderSourcingHtmlBody]) -> RenderHtmlResponse:
        """Render HTML profile cards for 1 to 10 profiles (``profile_ids``, ``theme="dark"|"light"``)."""
        return self._call(_RENDER_HTML, body=body)

    def wait(self, request_id: str, **options: Unpack[WaitOptions]) -> SourcingResults:
        """Poll ``results`` until the run is done; ``SourcingFailedError`` if it failed, ``WaitTimeoutError`` at ``timeout``."""
        return self._run(_wait_plan(_RESULTS, request_id, "sourcing", **options))

    def wait_enrichment(self, request_id: str, **options: Unpack[WaitOptions]) -> EnrichmentResults:
        """Poll ``enrich_results`` until the run is done (errors as for ``wait``)."""
        return self._run(_wait_plan(_ENRICH_RESULTS, request_id, "enrichment", **options))

    def wait_preview(self, request_id: str, **options: Unpack[WaitOptions]) -> PreviewResults:
        """Poll ``preview_results`` until the run is done (errors as for ``wait``).

        Never faster than the endpoint allows (120 requests a minute): a smaller ``interval`` is raised to 0.5 s.
        """
        return self._run(_wait_plan(_PREVIEW_RESULTS, request_id, "preview", **options))


# twin: Sourcing
class AsyncSourcing(AsyncAPIResource["AsyncSourcingWithRawResponse"]):
    """Sourcing runs, profile enrichment, previews and HTML profile cards (async)."""

    async def create(self, **body: Unpack[CreateSourcingBody]) -> SourcingAccepted:
        """Start a sourcing run (``title``, ``job_description``, ``location``; the server checks them); 202 accepted."""
        return await self._call(_CREATE, body=body)

    async def update(self, request_id: str, **body: Unpack[UpdateSourcingBody]) -> SourcingAccepted:
        """Refine a sourcing run (``query``, ``limit``); it runs again and answers 202 accepted."""
        return await self._call(_UPDATE, path=_path(request_id), body=body)

    async def results(self, request_id: str, **options: Unpack[RequestOptions]) -> SourcingResults:
        """A sourcing run's results; ``.status`` is ``processing`` (202) until ``completed`` or ``failed`` (200)."""
        return await self._call(_RESULTS, path=_path(request_id), options=options)

    async def enrich(self, **body: Unpack[CreateEnrichmentBody]) -> EnrichmentAccepted:
        """Start enriching 1 to 10 profiles (``profile_ids``); 202 accepted."""
        return await self._call(_ENRICH, body=body)

    async def enrich_results(self, request_id: str, **options: Unpack[RequestOptions]) -> EnrichmentResults:
        """An enrichment run's results; ``.status`` is ``processing`` (202) until finished (200)."""
        return await self._call(_ENRICH_RESULTS, path=_path(request_id), options=options)

    async def preview(self, **body: Unpack[CreateSourcingPreviewBody]) -> PreviewAccepted:
        """Start a sourcing preview (lighter profiles, same arguments as ``create``); 202 accepted."""
        return await self._call(_PREVIEW, body=body)

    async def preview_results(self, request_id: str, **options: Unpack[RequestOptions]) -> PreviewResults:
        """A preview run's results; ``.status`` is ``processing`` (202) until finished (200)."""
        return await self._call(_PREVIEW_RESULTS, path=_path(request_id), options=options)

    async def render_html(self, **body: Unpack[RenderSourcingHtmlBody]) -> RenderHtmlResponse:
        """Render HTML profile cards for 1 to 10 profiles (``profile_ids``, ``theme="dark"|"light"``)."""
        return await self._call(_RENDER_HTML, body=body)

    async def wait(self, request_id: str, **options: Unpack[WaitOptions]) -> SourcingResults:
        """Poll ``results`` until the run is done; ``SourcingFailedError`` if it failed, ``WaitTimeoutError`` at ``timeout``."""
        return await self._run(_wait_plan(_RESULTS, request_id, "sourcing", **options))

    async def wait_enrichment(self, request_id: str, **options: Unpack[WaitOptions]) -> EnrichmentResults:
        """Poll ``enrich_results`` until the run is done (errors as for ``wait``)."""
        return await self._run(_wait_plan(_ENRICH_RESULTS, request_id, "enrichment", **options))

    async def wait_preview(self, request_id: str, **options: Unpack[WaitOptions]) -> PreviewResults:
        """Poll ``preview_results`` until the run is done (errors as for ``wait``).

        Never faster than the endpoint allows (120 requests a minute): a smaller ``interval`` is raised to 0.5 s.
        """
        return await self._run(_wait_plan(_PREVIEW_RESULTS, request_id, "preview", **options))


class SourcingWithRawResponse(RawView[Sourcing]):
    """``client.sourcing.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = raw(Sourcing.create)
    update: Final = raw(Sourcing.update)
    results: Final = raw(Sourcing.results)
    enrich: Final = raw(Sourcing.enrich)
    enrich_results: Final = raw(Sourcing.enrich_results)
    preview: Final = raw(Sourcing.preview)
    preview_results: Final = raw(Sourcing.preview_results)
    render_html: Final = raw(Sourcing.render_html)


# twin: SourcingWithRawResponse
class AsyncSourcingWithRawResponse(RawView[AsyncSourcing]):
    """``aclient.sourcing.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = araw(AsyncSourcing.create)
    update: Final = araw(AsyncSourcing.update)
    results: Final = araw(AsyncSourcing.results)
    enrich: Final = araw(AsyncSourcing.enrich)
    enrich_results: Final = araw(AsyncSourcing.enrich_results)
    preview: Final = araw(AsyncSourcing.preview)
    preview_results: Final = araw(AsyncSourcing.preview_results)
    render_html: Final = araw(AsyncSourcing.render_html)
