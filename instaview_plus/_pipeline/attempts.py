"""One request's attempts, written once for sync and async: pace, send, read, decide, retry.

``attempts`` is a generator of the steps ``drivers.run_attempts`` / ``arun_attempts`` carry out (``SEND``,
``CLOSE``, ``Sleep``): the pacing slots, the retry decisions, the log lines, the hook events and
spans, and the errors raised all live here; the drivers only do the I/O and throw what it raised (an httpx
error, ``KeyboardInterrupt``, a cancelled task) back in at the step that raised it.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import httpx

from .._exceptions import APIConnectionError, APITimeoutError
from .._telemetry import OperationObserver, observe
from .._telemetry.otel import tracer
from .answers import error_from_response
from .drivers import CLOSE, SEND, Attempts, Sleep
from .logs import logger, redact_headers
from .retry import Decision, decide_for_exception, decide_for_status, parse_retry_after

if TYPE_CHECKING:
    from .operation import Call
    from .pipeline import Pipeline

__all__ = ["attempts"]

_DONE = Decision(retry=False)
# what httpx raises while sending or reading (transport faults, and a body it cannot decode: corrupt gzip)
_HTTPX_ERRORS = (httpx.TransportError, httpx.DecodingError)


def attempts(pipeline: Pipeline, request: httpx.Request, call: Call[Any]) -> Attempts:
    """The attempts of ``request`` with pacing and retries; they return the final 2xx response or raise."""
    obs = _observer(pipeline, call)
    if obs is None:
        return _attempts(pipeline, request, call, None)
    return _observed(_attempts(pipeline, request, call, obs), obs)


def _observer(pipeline: Pipeline, call: Call[Any]) -> OperationObserver | None:
    """Hook events and spans for this call, or ``None`` (no hooks, no tracer provider, ``tracing=False``)."""
    if pipeline.hooks is None and (not pipeline.tracing or tracer() is None):
        return None  # checked first: most calls have nothing watching them
    company = call.query.get("companyId", pipeline.company_id) if call.op.company_scoped else None
    return observe(
        pipeline.hooks,
        pipeline.tracing,
        operation_id=call.op.id,
        path_template=call.op.path,
        company_id=company if isinstance(company, str) else None,
    )


def _observed(steps: Attempts, obs: OperationObserver) -> Attempts:
    """``steps``, then the operation's end for its observer (its result, or whatever ended it)."""
    try:
        response = yield from steps
    except BaseException as exc:
        obs.finish(exc)
        raise
    obs.finish(None)
    return response


def _attempts(
    pipeline: Pipeline, request: httpx.Request, call: Call[Any], obs: OperationObserver | None
) -> Attempts:
    pacer = pipeline.pacer
    start = time.monotonic()
    attempt = 0
    committed = False  # an earlier attempt may have been processed (its answer lost)
    while True:
        while (gate := pacer.endpoints.reserve(call.op.id)) > 0:
            _debug_wait(request, gate, "the endpoint's own rate limit")
            yield Sleep(gate)
        wait = pacer.reserve()
        if wait > 0:
            _debug_wait(request, wait, "rate limit exhausted, pacing until the window resets")
            if obs is not None:
                obs.pace(attempt, wait)
            try:
                yield Sleep(wait)
            except BaseException:  # KeyboardInterrupt, a cancelled task: drop what reserve() took
                pacer.abandon()
                raise
            pacer.resume()
        # a pacing slot is held from here on; ``finally`` gives it back on every exit (BaseException too)
        _debug_attempt(request, attempt)
        if obs is not None:
            obs.sending(request, attempt)
        t0 = time.monotonic()
        headers: httpx.Headers | None = None
        try:
            response: httpx.Response
            response, unread = yield SEND
            headers = response.headers
            if unread is not None:  # reading the body failed: the headers still count (``finally``)
                raise unread
        except _HTTPX_ERRORS as exc:
            if obs is not None:
                obs.failed(exc)
            decision = _on_exception(pipeline, request, exc, attempt, time.monotonic() - start)
            if not decision.retry:
                raise _connection_error(pipeline, request, exc, decision) from exc
        else:
            _on_response(request, response, attempt, t0)
            if obs is not None:
                obs.answered(response)
            decision = _decide_response(pipeline, request, response, attempt, time.monotonic() - start)
            if not decision.retry:
                return _final(pipeline, call, response, decision, committed)
            yield CLOSE
        finally:
            pacer.release(headers)
        committed = committed or decision.may_have_committed
        _debug_retry(pipeline, request, attempt, decision.delay)
        if obs is not None:
            obs.retry(decision.delay)
        yield Sleep(decision.delay)
        attempt += 1


def _on_response(request: httpx.Request, response: httpx.Response, attempt: int, start: float) -> None:
    if logger.isEnabledFor(logging.INFO):  # the arguments cost more than the call when it is off
        logger.info(
            "%s %s -> %s (attempt %d, %.0f ms)",
            request.method,
            request.url.path,
            response.status_code,
            attempt + 1,
            (time.monotonic() - start) * 1000,
        )


def _debug_attempt(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        headers = redact_headers(request.headers)
        logger.debug("%s %s attempt %d headers %s", request.method, request.url.path, attempt + 1, headers)


def _debug_wait(request: httpx.Request, seconds: float, why: str) -> None:
    logger.debug("%s %s: %s, waiting %.2f s", request.method, request.url.path, why, seconds)


def _debug_retry(pipeline: Pipeline, request: httpx.Request, attempt: int, delay: float) -> None:
    _debug_wait(request, delay, f"retry {attempt + 1} of {pipeline.retry.max_retries}")


def _decide_response(
    pipeline: Pipeline, request: httpx.Request, response: httpx.Response, attempt: int, elapsed: float
) -> Decision:
    if response.status_code < 400:
        return _DONE
    retry_after = None
    if response.status_code == 429:
        retry_after = getattr(error_from_response(response), "retry_after", None)
    else:
        retry_after = parse_retry_after(response.headers) if response.status_code == 503 else None
    return decide_for_status(
        pipeline.retry,
        method=request.method,
        status=response.status_code,
        attempt=attempt,
        elapsed=elapsed,
        retry_after=retry_after,
    )


def _final(
    pipeline: Pipeline, call: Call[Any], response: httpx.Response, decision: Decision, committed: bool
) -> httpx.Response:
    if response.status_code == 404 and committed and response.request.method == "DELETE":
        return _deleted_earlier(call, response.request)
    if response.status_code >= 400:
        raise error_from_response(
            response, may_have_been_processed=decision.unknown_outcome, key=pipeline.api_key
        )
    return response


def _deleted_earlier(call: Call[Any], request: httpx.Request) -> httpx.Response:
    """The documented success answer of a DELETE whose retry got 404 after an attempt that may have
    deleted it (its answer was lost): the object is gone by this very call, so the delete is done."""
    logger.debug(
        "%s %s -> 404 on a retry after an attempt that may have deleted it: the delete is done",
        request.method,
        request.url.path,
    )
    if call.op.success_status == 204:
        return httpx.Response(204, request=request)
    return httpx.Response(call.op.success_status, json=True, request=request)


def _on_exception(
    pipeline: Pipeline, request: httpx.Request, exc: httpx.RequestError, attempt: int, elapsed: float
) -> Decision:
    logger.info("%s %s -> %s (attempt %d)", request.method, request.url.path, type(exc).__name__, attempt + 1)
    return decide_for_exception(
        pipeline.retry, method=request.method, exc=exc, attempt=attempt, elapsed=elapsed
    )


def _connection_error(
    pipeline: Pipeline, request: httpx.Request, exc: httpx.RequestError, decision: Decision
) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    pipeline.api_key.redact_error(exc)  # kept as the cause: its text may quote what a peer said
    note = ""
    if decision.unknown_outcome:
        note = (
            " The request may have been processed, so it was not retried to avoid a duplicate;"
            " check before sending it again, or pass retry_non_idempotent=True."
        )
    return cls(
        f"{type(exc).__name__} on {request.method} {request.url.path}:"
        f" {pipeline.api_key.redact(str(exc))}.{note}",
        method=request.method,
        url=str(request.url),
        may_have_been_processed=decision.unknown_outcome,
    )
