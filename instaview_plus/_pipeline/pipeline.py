"""The request pipeline, shared by the sync and async clients: build → pace → send → retry → unwrap → parse.

Resources describe endpoints as ``Operation`` values and hand a ``Call`` to ``Pipeline.request`` /
``Pipeline.arequest``. ``Pipeline`` holds a client's settings and the pure steps (building a request,
parsing its answer); the attempts of a request are one generator (``attempts.py``) that the sync and async
drivers (``drivers.py``) carry out, so the two senders differ only in ``await``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .._exceptions import InstaViewError, InvalidRequestError
from .._telemetry import Hooks
from .._types import NoTimeout
from .._version import __version__
from .answers import invalid_answer, read_json, unwrap
from .attempts import attempts
from .auth import ApiKey
from .build import RequestBuilder, request_path
from .drivers import arun_attempts, run_attempts
from .operation import Call
from .pacing import Pacer
from .raw_response import RawResponse
from .retry import RetryPolicy

__all__ = ["Pipeline"]

T = TypeVar("T")


def _user_agent() -> str:
    """``instaview-plus/<version> python/<x.y> httpx/<x.y>``: what a server or proxy logs about the client."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"instaview-plus/{__version__} python/{python} httpx/{'.'.join(httpx.__version__.split('.')[:2])}"


_USER_AGENT = _user_agent()


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

    def _parsed(self, call: Call[T], response: httpx.Response) -> T:
        """``parse``, then the response let go (the caller sees only the result)."""
        try:
            return self.parse(call, response)
        finally:
            _unlink(response)

    # -- senders (the attempts are carried out by the drivers) -------------------------------------------

    def send(self, http: httpx.Client, call: Call[Any]) -> httpx.Response:
        """Send with pacing and retries (sync); returns the final 2xx response or raises."""
        request = self.build(http, call)
        return run_attempts(attempts(self, request, call), http, request, self.sleep or time.sleep)

    # twin: send

    async def asend(self, http: httpx.AsyncClient, call: Call[Any]) -> httpx.Response:
        """Send with pacing and retries (async); returns the final 2xx response or raises."""
        import asyncio  # here, not at module level: ``import instaview_plus`` stays free of asyncio

        request = self.build(http, call)
        return await arun_attempts(attempts(self, request, call), http, request, self.sleep or asyncio.sleep)

    def request(self, http: httpx.Client, call: Call[T]) -> T:
        """Send a call and return its parsed result (sync)."""
        return self._parsed(call, self.send(http, call))

    # twin: request

    async def arequest(self, http: httpx.AsyncClient, call: Call[T]) -> T:
        """Send a call and return its parsed result (async)."""
        return self._parsed(call, await self.asend(http, call))

    def raw(self, http: httpx.Client, call: Call[T]) -> RawResponse[T]:
        """Send a call and return the raw response (sync)."""
        return RawResponse(self.send(http, call), lambda r: self.parse(call, r))

    # twin: raw

    async def araw(self, http: httpx.AsyncClient, call: Call[T]) -> RawResponse[T]:
        """Send a call and return the raw response (async)."""
        return RawResponse(await self.asend(http, call), lambda r: self.parse(call, r))
