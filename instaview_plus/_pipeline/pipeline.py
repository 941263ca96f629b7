"""The request pipeline, shared by the sync and async clients: build → pace → send → retry → unwrap → parse.

Resources describe endpoints as ``Operation`` values (``operation.py``) and hand a ``Call`` to
``Pipeline.request`` / ``Pipeline.arequest``. Everything but the I/O (sending and sleeping) lives in
``Pipeline``'s pure methods, so the two drivers differ only in ``await``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .._exceptions import (
    APIConnectionError,
    APITimeoutError,
    InstaViewError,
    InvalidRequestError,
)
from .._telemetry import Hooks, OperationObserver, observe
from .._types import NoTimeout
from .._version import __version__
from .answers import error_from_response, invalid_answer, read_json, unwrap
from .auth import ApiKey
from .build import RequestBuilder, request_path
from .logs import logger, redact_headers
from .operation import Call
from .pacing import Pacer
from .raw_response import RawResponse
from .retry import Decision, RetryPolicy, decide_for_exception, decide_for_status, parse_retry_after

__all__ = ["Pipeline"]

T = TypeVar("T")


def _user_agent() -> str:
    """``instaview-plus/<version> python/<x.y> httpx/<x.y>``: what a server or proxy logs about the client."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"instaview-plus/{__version__} python/{python} httpx/{'.'.join(httpx.__version__.split('.')[:2])}"


_USER_AGENT = _user_agent()
_DONE = Decision(retry=False)
# what httpx raises while sending or reading (transport faults, and a body it cannot decode: corrupt gzip)
_HTTPX_ERRORS = (httpx.TransportError, httpx.DecodingError)


def _unlink(response: httpx.Response) -> None:
    """Let a read response the caller never sees be freed at once, not at the next full garbage collection.

    httpx wraps the body stream in one that refers back to the response (a reference cycle); the body is
    read and the stream closed by now, so an empty stream takes its place (``content`` stays as it was).
    """
    response.stream = _EMPTY_STREAM


_EMPTY_STREAM = httpx.ByteStream(b"")


@attrs.frozen
class Pipeline:
    """Per-client settings plus the pure steps of a request; immutable (``with_options`` makes a copy)."""

    base_url: str
    api_key: ApiKey
    timeout: float | httpx.Timeout | NoTimeout
    retry: RetryPolicy
    pacer: Pacer
    company_id: str | None = None
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    sleep: Callable[[float], Any] | None = None
    hooks: Hooks | None = None
    tracing: bool = True  # OpenTelemetry spans when the application set a tracer provider
    clock: Callable[[], float] = time.time  # Unix seconds on the client's clock (the fake's, on a fake)
    # static per client, computed once (attrs.evolve in with_options recomputes them)
    _builders: tuple[RequestBuilder, RequestBuilder] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        def headers(accept: str) -> dict[str, str]:
            base = {
                "Authorization": self.api_key.authorization(),
                "Accept": accept,
                "User-Agent": _USER_AGENT,
            }
            return {**base, **self.default_headers}

        timeout = httpx.Timeout(None) if isinstance(self.timeout, NoTimeout) else self.timeout
        builders = (
            RequestBuilder(headers("application/json"), timeout),
            RequestBuilder(headers("application/pdf"), timeout),
        )
        object.__setattr__(self, "_builders", builders)

    # -- pure steps --------------------------------------------------------------------------------------

    def build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        """The ``httpx.Request`` for a call (path params percent-encoded, NOT_GIVEN already dropped)."""
        url = self.base_url + request_path(call.op.path, call.path_params)
        params = dict(call.query)
        if call.op.company_scoped and self.company_id is not None and "companyId" not in params:
            params["companyId"] = self.company_id
        try:
            return self._builders[call.op.binary].build(http, call.op.method, url, params or None, call.body)
        except (TypeError, ValueError, httpx.InvalidURL) as exc:  # UnicodeEncodeError is a ValueError
            # the arguments were checked against the spec; this catches what only httpx can refuse, where
            # no one argument is to blame (``argument`` is None rather than a name the caller never passed)
            raise InvalidRequestError(
                f"the {call.op.id} request cannot be built ({type(exc).__name__}:"
                f" {self.api_key.redact(str(exc))})",
                argument=None,
            ) from exc

    def parse(self, call: Call[T], response: httpx.Response) -> T:
        """Unwrap and parse a 2xx response; whatever the body, a failure is ``APIResponseValidationError``."""
        try:
            if call.op.binary or response.headers.get("content-type", "").startswith("application/pdf"):
                return call.op.parse(response.content)
            body = read_json(response, self.api_key) if response.content else None  # 204: payload None
            payload = unwrap(body) if call.op.unwrap else body
            return call.op.parse(payload)
        except InstaViewError:
            raise
        except Exception as exc:  # any shape error of a parser (TypeError, KeyError, RecursionError ...)
            shape = f"The response does not have the documented shape ({type(exc).__name__}: {exc})"
            raise invalid_answer(response, shape, self.api_key) from exc

    def _on_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, start: float
    ) -> None:
        if logger.isEnabledFor(logging.INFO):  # the arguments cost more than the call when it is off
            logger.info(
                "%s %s -> %s (attempt %d, %.0f ms)",
                request.method,
                request.url.path,
                response.status_code,
                attempt + 1,
                (time.monotonic() - start) * 1000,
            )

    def _debug_attempt(self, request: httpx.Request, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            headers = redact_headers(request.headers)
            logger.debug(
                "%s %s attempt %d headers %s", request.method, request.url.path, attempt + 1, headers
            )

    def _debug_wait(self, request: httpx.Request, seconds: float, why: str) -> None:
        logger.debug("%s %s: %s, waiting %.2f s", request.method, request.url.path, why, seconds)

    def _debug_retry(self, request: httpx.Request, attempt: int, delay: float) -> None:
        self._debug_wait(request, delay, f"retry {attempt + 1} of {self.retry.max_retries}")

    def _decide_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, elapsed: float
    ) -> Decision:
        if response.status_code < 400:
            return _DONE
        retry_after = None
        if response.status_code == 429:
            retry_after = getattr(error_from_response(response), "retry_after", None)
        else:
            retry_after = parse_retry_after(response.headers) if response.status_code == 503 else None
        return decide_for_status(
            self.retry,
            method=request.method,
            status=response.status_code,
            attempt=attempt,
            elapsed=elapsed,
            retry_after=retry_after,
        )

    def _final(
        self, call: Call[Any], response: httpx.Response, decision: Decision, committed: bool
    ) -> httpx.Response:
        if response.status_code == 404 and committed and response.request.method == "DELETE":
            return self._deleted_earlier(call, response.request)
        if response.status_code >= 400:
            raise error_from_response(
                response, may_have_been_processed=decision.unknown_outcome, key=self.api_key
            )
        return response

    def _deleted_earlier(self, call: Call[Any], request: httpx.Request) -> httpx.Response:
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
        self, request: httpx.Request, exc: httpx.RequestError, attempt: int, elapsed: float
    ) -> Decision:
        logger.info(
            "%s %s -> %s (attempt %d)", request.method, request.url.path, type(exc).__name__, attempt + 1
        )
        return decide_for_exception(
            self.retry, method=request.method, exc=exc, attempt=attempt, elapsed=elapsed
        )

    def _connection_error(
        self, request: httpx.Request, exc: httpx.RequestError, decision: Decision
    ) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        self.api_key.redact_error(exc)  # kept as the cause: its text may quote what a peer said
        note = ""
        if decision.unknown_outcome:
            note = (
                " The request may have been processed, so it was not retried to avoid a duplicate;"
                " check before sending it again, or pass retry_non_idempotent=True."
            )
        return cls(
            f"{type(exc).__name__} on {request.method} {request.url.path}:"
            f" {self.api_key.redact(str(exc))}.{note}",
            method=request.method,
            url=str(request.url),
            may_have_been_processed=decision.unknown_outcome,
        )

    def _observer(self, call: Call[Any]) -> OperationObserver | None:
        """Hook events and spans for this call, or ``None`` (no hooks, no tracer provider, ``tracing=False``)."""
        if self.hooks is None and not self.tracing:
            return None
        company = call.query.get("companyId", self.company_id) if call.op.company_scoped else None
        return observe(
            self.hooks,
            self.tracing,
            operation_id=call.op.id,
            path_template=call.op.path,
            company_id=company if isinstance(company, str) else None,
        )

    # -- drivers -----------------------------------------------------------------------------------------

    def send(self, http: httpx.Client, call: Call[Any]) -> httpx.Response:
        """Send with pacing and retries (sync); returns the final 2xx response or raises."""
        request = self.build(http, call)
        obs = self._observer(call)
        if obs is None:
            return self._send(http, request, call, None)
        try:
            response = self._send(http, request, call, obs)
        except BaseException as exc:
            obs.finish(exc)
            raise
        obs.finish(None)
        return response

    def _send(
        self, http: httpx.Client, request: httpx.Request, call: Call[Any], obs: OperationObserver | None
    ) -> httpx.Response:
        sleep = self.sleep or time.sleep
        start = time.monotonic()
        attempt = 0
        committed = False  # an earlier attempt may have been processed (its answer lost)
        while True:
            while (gate := self.pacer.endpoints.reserve(call.op.id)) > 0:
                self._debug_wait(request, gate, "the endpoint's own rate limit")
                sleep(gate)
            wait = self.pacer.reserve()
            if wait > 0:
                self._debug_wait(request, wait, "rate limit exhausted, pacing until the window resets")
                if obs is not None:
                    obs.pace(attempt, wait)
                try:
                    sleep(wait)
                except BaseException:  # KeyboardInterrupt while waiting: drop what reserve() took
                    self.pacer.abandon()
                    raise
                self.pacer.resume()
            # a pacing slot is held from here on; ``finally`` gives it back on every exit (BaseException too)
            self._debug_attempt(request, attempt)
            if obs is not None:
                obs.sending(request, attempt)
            t0 = time.monotonic()
            headers: httpx.Headers | None = None
            try:
                response = http.send(request)
                headers = response.headers
                response.read()
            except _HTTPX_ERRORS as exc:
                if obs is not None:
                    obs.failed(exc)
                decision = self._on_exception(request, exc, attempt, time.monotonic() - start)
                if not decision.retry:
                    raise self._connection_error(request, exc, decision) from exc
            else:
                self._on_response(request, response, attempt, t0)
                if obs is not None:
                    obs.answered(response)
                decision = self._decide_response(request, response, attempt, time.monotonic() - start)
                if not decision.retry:
                    return self._final(call, response, decision, committed)
                response.close()
            finally:
                self.pacer.release(headers)
            committed = committed or decision.may_have_committed
            self._debug_retry(request, attempt, decision.delay)
            if obs is not None:
                obs.retry(decision.delay)
            sleep(decision.delay)
            attempt += 1

    # twin: send

    async def asend(self, http: httpx.AsyncClient, call: Call[Any]) -> httpx.Response:
        """Send with pacing and retries (async); returns the final 2xx response or raises."""
        request = self.build(http, call)
        obs = self._observer(call)
        if obs is None:
            return await self._asend(http, request, call, None)
        try:
            response = await self._asend(http, request, call, obs)
        except BaseException as exc:
            obs.finish(exc)
            raise
        obs.finish(None)
        return response

    async def _asend(
        self, http: httpx.AsyncClient, request: httpx.Request, call: Call[Any], obs: OperationObserver | None
    ) -> httpx.Response:
        import asyncio  # here, not at module level: ``import instaview_plus`` stays free of asyncio

        sleep: Callable[[float], Awaitable[Any]] = self.sleep or asyncio.sleep
        start = time.monotonic()
        attempt = 0
        committed = False  # an earlier attempt may have been processed (its answer lost)
        while True:
            while (gate := self.pacer.endpoints.reserve(call.op.id)) > 0:
                self._debug_wait(request, gate, "the endpoint's own rate limit")
                await sleep(gate)
            wait = self.pacer.reserve()
            if wait > 0:
                self._debug_wait(request, wait, "rate limit exhausted, pacing until the window resets")
                if obs is not None:
                    obs.pace(attempt, wait)
                try:
                    await sleep(wait)
                except BaseException:  # cancelled while waiting: drop what reserve() took (a Redis lease)
                    self.pacer.abandon()
                    raise
                self.pacer.resume()
            # a pacing slot is held from here on; ``finally`` gives it back on every exit (CancelledError too)
            self._debug_attempt(request, attempt)
            if obs is not None:
                obs.sending(request, attempt)
            t0 = time.monotonic()
            headers: httpx.Headers | None = None
            try:
                response = await http.send(request)
                headers = response.headers
                await response.aread()
            except _HTTPX_ERRORS as exc:
                if obs is not None:
                    obs.failed(exc)
                decision = self._on_exception(request, exc, attempt, time.monotonic() - start)
                if not decision.retry:
                    raise self._connection_error(request, exc, decision) from exc
            else:
                self._on_response(request, response, attempt, t0)
                if obs is not None:
                    obs.answered(response)
                decision = self._decide_response(request, response, attempt, time.monotonic() - start)
                if not decision.retry:
                    return self._final(call, response, decision, committed)
                await response.aclose()
            finally:
                self.pacer.release(headers)
            committed = committed or decision.may_have_committed
            self._debug_retry(request, attempt, decision.delay)
            if obs is not None:
                obs.retry(decision.delay)
            await sleep(decision.delay)
            attempt += 1

    def request(self, http: httpx.Client, call: Call[T]) -> T:
        """Send a call and return its parsed result (sync)."""
        response = self.send(http, call)
        try:
            return self.parse(call, response)
        finally:
            _unlink(response)

    # twin: request

    async def arequest(self, http: httpx.AsyncClient, call: Call[T]) -> T:
        """Send a call and return its parsed result (async)."""
        response = await self.asend(http, call)
        try:
            return self.parse(call, response)
        finally:
            _unlink(response)

    def raw(self, http: httpx.Client, call: Call[T]) -> RawResponse[T]:
        """Send a call and return the raw response (sync)."""
        return RawResponse(self.send(http, call), lambda r: self.parse(call, r))

    # twin: raw

    async def araw(self, http: httpx.AsyncClient, call: Call[T]) -> RawResponse[T]:
        """Send a call and return the raw response (async)."""
        return RawResponse(await self.asend(http, call), lambda r: self.parse(call, r))
