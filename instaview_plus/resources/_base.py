"""The base of every resource and its ``with_raw_response`` view.

Resources only describe endpoints (which operation, which arguments, how to parse the result); checking
the arguments against the spec (``_pipeline/calls.py``), building the request and unwrapping
(``_pipeline/pipeline.py``), pacing and retrying (``_pipeline/attempts.py``) happen below, once for sync
and async.
"""

from __future__ import annotations

import functools
import time
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from .._exceptions import InvalidRequestError
from .._pipeline.calls import build_call, given, split_options
from .._pipeline.drivers import Plan, arun, run
from .._pipeline.operation import Call, Operation
from .._pipeline.options import ClientOptions
from .._pipeline.parsers import boolean, model
from .._pipeline.pipeline import Pipeline
from .._pipeline.raw_response import RawResponse
from .._pipeline.spec import operation
from .._plans.pagination import AsyncPage, AsyncPager, PageInfo, SyncPage, page_op
from .._telemetry import plan_run

if TYPE_CHECKING:
    from .._client.client import AsyncInstaView, InstaView

__all__ = [
    "AsyncAPIResource",
    "RawResponse",
    "RawView",
    "SyncAPIResource",
    "araw",
    "boolean",
    "model",
    "operation",
    "raw",
]

T = TypeVar("T")
P = ParamSpec("P")
Out = TypeVar("Out")
V = TypeVar("V", bound="RawView[Any]")


def with_options(pipeline: Pipeline, options: Mapping[str, Any]) -> Pipeline:
    """The pipeline for one call: ``timeout`` and ``extra_headers`` of its ``RequestOptions`` applied."""
    if "timeout" not in options and not options.get("extra_headers"):
        return pipeline
    return ClientOptions.of(pipeline).for_call(options).applied_to(pipeline)


class _ResourceBase:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _refuse_raw(self, plan: Plan[Any]) -> None:
        """A plan makes several requests: there is no one raw response to give, so say so (nothing sent)."""
        if self._raw:
            plan.close()
            raise _refusal(self)

    def _copy(self, *, raw: bool) -> Any:
        """A copy with the given raw flag; its sub-resources (``interviews.call_attempts``) are made anew."""
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if not isinstance(v, _ResourceBase)})
        clone._raw = raw
        return clone

    def _prepare(
        self,
        op: Operation[T],
        path: tuple[tuple[str, Any], ...],
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        options: Mapping[str, Any] | None,
    ) -> tuple[Call[T], Pipeline]:
        """The call and the pipeline to send it with: per-call options split off the keyword arguments."""
        if not (query or body or options):  # nothing to split or merge (``get(id)``)
            return build_call(op, path=path), self._pipeline
        query, from_query = split_options(query)
        body, from_body = split_options(body)
        merged = {**given(options or {}), **from_query, **from_body}
        call = build_call(op, path=path, query=query, body=body, options=merged)
        return call, with_options(self._pipeline, merged)

    @property
    def _pipeline(self) -> Pipeline:
        return self._client._pipeline  # type: ignore[no-any-return]


def _refusal(resource: _ResourceBase) -> InvalidRequestError:
    name = type(resource).__name__.removeprefix("Async").lower()
    return InvalidRequestError(
        f"this helper sends several requests and returns parsed results; call it on client.{name},"
        " not on with_raw_response",
        argument="with_raw_response",
    )


class SyncAPIResource(_ResourceBase, Generic[V]):
    """Base of the sync resources (``client.jobs`` ...); ``V`` is its ``with_raw_response`` view."""

    _client: InstaView

    @property
    def _http(self) -> httpx.Client:
        return self._client._http

    @property
    def with_raw_response(self) -> V:
        """The same methods, each returning a ``RawResponse`` (``.status_code``, ``.headers``, ``.parse()``)."""
        return _view(self)  # type: ignore[return-value]

    def _call(
        self,
        op: Operation[T],
        *,
        path: tuple[tuple[str, Any], ...] = (),
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> T:
        call, pipeline = self._prepare(op, path, query, body, options)
        if self._raw:
            return pipeline.raw(self._http, call)  # type: ignore[return-value]
        return pipeline.request(self._http, call)

    def _run(self, plan: Plan[T], name: str | None = None) -> T:
        """Carry out a multi-request plan (``wait``, workflows) with this client's pipeline and sleep.

        ``name`` (``workflows.schedule_interview``) makes the run one span, and the plan of its hook events.
        """
        self._refuse_raw(plan)
        if name is None:
            return run(plan, self._pipeline, self._http, self._pipeline.sleep or time.sleep)
        with plan_run(self._pipeline, name):
            return run(plan, self._pipeline, self._http, self._pipeline.sleep or time.sleep)

    def _list(
        self,
        op: Operation[T],
        query: Mapping[str, Any],
        path: tuple[tuple[str, Any], ...] = (),
        *,
        paged: bool = True,
    ) -> SyncPage[T]:
        """The first page (``page``/``limit`` from ``query``); a raw resource gives its ``RawResponse``."""
        calls, pipeline = _pages(self, op, query, path, paged)

        def fetch(page: int) -> SyncPage[T]:
            items, info = pipeline.request(self._http, calls(page))
            return SyncPage(items, info, fetch)

        if self._raw:
            first = calls(None)
            response = pipeline.send(self._http, first)
            return RawResponse(response, lambda r: SyncPage(*pipeline.parse(first, r), fetch))  # type: ignore[return-value]
        return fetch(0)


# twin: SyncAPIResource
class AsyncAPIResource(_ResourceBase, Generic[V]):
    """Base of the async resources (``aclient.jobs`` ...); ``V`` is its ``with_raw_response`` view."""

    _client: AsyncInstaView

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._client._http

    @property
    def with_raw_response(self) -> V:
        """The same methods, each returning a ``RawResponse`` (``.status_code``, ``.headers``, ``.parse()``)."""
        return _view(self)  # type: ignore[return-value]

    async def _call(
        self,
        op: Operation[T],
        *,
        path: tuple[tuple[str, Any], ...] = (),
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> T:
        call, pipeline = self._prepare(op, path, query, body, options)
        if self._raw:
            return await pipeline.araw(self._http, call)  # type: ignore[return-value]
        return await pipeline.arequest(self._http, call)

    async def _run(self, plan: Plan[T], name: str | None = None) -> T:
        """Carry out a multi-request plan (``wait``, workflows) with this client's pipeline and sleep."""
        import asyncio  # here, not at module level: sync-only use never imports asyncio

        self._refuse_raw(plan)
        if name is None:
            return await arun(plan, self._pipeline, self._http, self._pipeline.sleep or asyncio.sleep)
        with plan_run(self._pipeline, name):
            return await arun(plan, self._pipeline, self._http, self._pipeline.sleep or asyncio.sleep)

    def _list(
        self,
        op: Operation[T],
        query: Mapping[str, Any],
        path: tuple[tuple[str, Any], ...] = (),
        *,
        paged: bool = True,
    ) -> AsyncPager[T]:
        """A pager of the pages (the arguments are checked now); a raw resource gives an awaitable ``RawResponse``."""
        calls, pipeline = _pages(self, op, query, path, paged)

        async def fetch(page: int) -> AsyncPage[T]:
            items, info = await pipeline.arequest(self._http, calls(page))
            return AsyncPage(items, info, fetch)

        if self._raw:
            first = calls(None)

            async def raw_first() -> RawResponse[AsyncPage[T]]:
                response = await pipeline.asend(self._http, first)
                return RawResponse(response, lambda r: AsyncPage(*pipeline.parse(first, r), fetch))

            return raw_first()  # type: ignore[return-value]
        return AsyncPager(lambda: fetch(0))


def _pages(
    resource: _ResourceBase,
    op: Operation[T],
    query: Mapping[str, Any],
    path: tuple[tuple[str, Any], ...],
    paged: bool,
) -> tuple[Callable[[int | None], Call[tuple[list[T], PageInfo]]], Pipeline]:
    """The call for each page number (``None`` or 0: the first page asked for), checked once up front.

    A list without page parameters (``paged=False``) sends the same call for every page.
    """
    given, options = split_options(query)
    limit = given.get("limit")
    start = given.pop("page", 1) if paged else 1

    def calls(page: int | None) -> Call[tuple[list[T], PageInfo]]:
        number = page or start
        page_query = {**given, "page": number} if paged else given
        return build_call(page_op(op, page=number, limit=limit), path=path, query=page_query, options=options)

    first = calls(None)  # check the arguments before anything is sent (or awaited)

    def call_for(page: int | None) -> Call[tuple[list[T], PageInfo]]:
        return first if not paged or (page or start) == start else calls(page)  # the same call again

    return call_for, with_options(resource._pipeline, options)


# -- with_raw_response: a view per resource, typed method by method ---------------------------------------


_VIEWS: dict[type, type[RawView[Any]]] = {}


class RawView(Generic[T]):
    """``<resource>.with_raw_response``: the resource's methods, each returning a ``RawResponse``.

    A subclass per resource declares them (``get = raw(Jobs.get)``); helpers that send several requests
    (``wait``, workflows) have no raw form and are refused with ``InvalidRequestError``.
    """

    def __init__(self, resource: T) -> None:
        self._resource: Any = resource._copy(raw=True)  # type: ignore[attr-defined]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """``class JobsWithRawResponse(RawView[Jobs])`` is what ``Jobs(...).with_raw_response`` gives."""
        super().__init_subclass__(**kwargs)
        for base in cls.__dict__.get("__orig_bases__", ()):
            if typing.get_origin(base) is RawView:
                _VIEWS[typing.get_args(base)[0]] = cls

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("_") and callable(getattr(type(self._resource), name, None)):
            raise _refusal(self._resource)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.with_raw_response>"


def _view(resource: _ResourceBase) -> RawView[Any]:
    return _VIEWS.get(type(resource), RawView)(resource)


class _RawMethod(Generic[P, Out]):
    """A method of a ``RawView``: the resource's method, called on its raw copy."""

    def __init__(self, func: Callable[..., Any]) -> None:
        self._func = func
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, view: None, owner: type) -> _RawMethod[P, Out]: ...
    @overload
    def __get__(self, view: RawView[Any], owner: type) -> Callable[P, Out]: ...
    def __get__(self, view: RawView[Any] | None, owner: type) -> Any:
        if view is None:
            return self
        return functools.partial(self._func, view._resource)


def raw(func: Callable[Concatenate[Any, P], T]) -> _RawMethod[P, RawResponse[T]]:
    """A sync resource method as a ``RawView`` method: same arguments, returns ``RawResponse[T]``."""
    return _RawMethod(func)


def araw(func: Callable[Concatenate[Any, P], Awaitable[T]]) -> _RawMethod[P, Awaitable[RawResponse[T]]]:
    """An async resource method as a ``RawView`` method (a list's pager: its first page's response)."""
    return _RawMethod(func)
