"""The base of every resource: turns an operationId and keyword arguments into a ``Call`` and sends it.

Resources only describe endpoints (which operation, which arguments, how to parse the result); checking the
arguments against the spec, building the request, retrying and unwrapping happen here and in
``_transport.py``, once for sync and async.
"""

from __future__ import annotations

import functools
import importlib
import time
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import attrs
import httpx

from .._exceptions import InvalidRequestError
from .._pipeline.drivers import Plan, arun, run
from .._pipeline.pipeline import Call, Operation, Pipeline, RawResponse
from .._pipeline.readers import owned_reader
from .._pipeline.wire import check_path_id, snake, to_wire
from .._plans.pagination import AsyncPage, AsyncPager, PageInfo, SyncPage, read_page
from .._types import OPTION_NAMES, NotGiven

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


@functools.cache
def _spec(op_id: str) -> Mapping[str, Any]:
    from instaview_spec.operations import OPERATIONS

    return OPERATIONS[op_id]


M = TypeVar("M")


@overload
def model(cls: str) -> Callable[[Any], Any]: ...
@overload
def model(cls: type[M]) -> Callable[[Any], M]: ...
def model(cls: str | type[M]) -> Callable[[Any], Any]:
    """A parser for a generated model (a class, or its name to import on first use): JSON object → model.

    It reads with ``_readers.reader`` (the same result as the model's ``from_dict``, compiled once per class).
    """
    name = cls if isinstance(cls, str) else cls.__name__
    resolved: list[Callable[[Any], Any]] = []  # the reader, looked up on the first call (a page reads 100)

    def read() -> Callable[[Any], Any]:
        if not resolved:
            # the payload was decoded for this call and nobody else holds it: read it in place
            resolved.append(owned_reader(_model_class(cls) if isinstance(cls, str) else cls))
        return resolved[0]

    def parse(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {name}, got {type(data).__name__}")
        return read()(data)

    def many(items: list[Any]) -> list[Any]:
        """``[parse(item) for item in items]``, with the reader looked up once."""
        if items and set(map(type, items)) == {dict}:  # the usual page: one loop in C, no check per item
            each = read()
            return [each(data) for data in items]
        out = []
        reader = None
        for data in items:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object for {name}, got {type(data).__name__}")
            if reader is None:
                reader = read()
            out.append(reader(data))
        return out

    parse.many = many  # type: ignore[attr-defined]  # a page's items in one call (see _page_op)
    return parse


@functools.cache
def _model_class(name: str) -> type:
    cls: type = getattr(importlib.import_module("instaview_client.models"), name)
    return cls


def boolean(data: Any) -> bool:
    """A bare JSON boolean (``DELETE /jobs/{id}`` answers ``true``)."""
    if not isinstance(data, bool):
        raise TypeError(f"expected true or false, got {type(data).__name__}")
    return data


def operation(
    op_id: str, parse: Callable[[Any], T], *, binary: bool = False, unwrap: bool = True
) -> Operation[T]:
    """The ``Operation`` for a spec operationId."""
    spec = _spec(op_id)
    return Operation(
        id=op_id,
        method=spec["method"],
        path=spec["path"],
        parse=parse,
        company_scoped=spec["company_scoped"],
        binary=binary,
        unwrap=unwrap,
    )


def _given(args: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in args.items() if not isinstance(v, NotGiven)}


def build_call(
    op: Operation[T],
    *,
    path: tuple[tuple[str, Any], ...] = (),
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    prefix: str = "",
    options: Mapping[str, Any] | None = None,
) -> Call[T]:
    """Check the arguments against the spec and put them in wire form (nothing is sent here).

    ``prefix`` goes before every argument name in errors (``job.`` for the job fields of a workflow).
    ``options`` are the per-call ``RequestOptions``: ``extra_query`` / ``extra_body`` are merged in unchecked.
    """
    spec = _spec(op.id)
    path_params: dict[str, str] = {}
    for wire_name, (arg, value) in zip(spec["path_params"], path, strict=True):
        path_params[wire_name] = check_path_id(value, arg)
    wire_query = (
        _wire_fields(
            _given(query or {}),
            spec["query"],
            spec["query_required"],
            "query argument",
            _snake_names(op.id, "query"),
            prefix,
        )
        if query or spec["query_required"]
        else {}
    )
    wire_body = _wire_body(_given(body or {}), op.id, spec, prefix) if spec["body"] is not None else None
    if options:
        extra_query = _mapping(options, "extra_query")
        if extra_query:
            wire_query = {**wire_query, **extra_query}
        extra_body = _mapping(options, "extra_body")
        if extra_body is not None:
            if wire_body is None:
                raise InvalidRequestError(
                    f"extra_body: {op.method} {op.path} ({op.id}) sends no request body; use extra_query",
                    argument="extra_body",
                )
            wire_body = {**wire_body, **extra_body}
    return Call(op=op, path_params=path_params, query=wire_query, body=wire_body)


def _mapping(options: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    value = options.get(name)
    if value is None or isinstance(value, NotGiven):
        return None
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise InvalidRequestError(f"{name} must be a mapping with string keys (got {value!r})", argument=name)
    return value


def split_options(args: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """A method's keyword arguments → (the documented arguments, the per-call ``RequestOptions``)."""
    given = _given(args or {})
    options = {name: given.pop(name) for name in OPTION_NAMES & given.keys()}
    return given, options


def with_options(pipeline: Pipeline, options: Mapping[str, Any]) -> Pipeline:
    """The pipeline for one call: ``timeout`` and ``extra_headers`` of its ``RequestOptions`` applied."""
    changes: dict[str, Any] = {}
    if "timeout" in options:
        from .._client.client import _check_timeout  # the client's own rules (None refused, NO_TIMEOUT ...)

        changes["timeout"] = _check_timeout(options["timeout"])
    headers = _mapping(options, "extra_headers")
    if headers:
        if not all(isinstance(value, str) for value in headers.values()):
            raise InvalidRequestError(
                f"extra_headers values must be strings (got {dict(headers)!r})", argument="extra_headers"
            )
        changes["default_headers"] = {**pipeline.default_headers, **headers}
    return attrs.evolve(pipeline, **changes) if changes else pipeline


@functools.cache
def _snake_names(op_id: str, part: str) -> dict[str, str]:
    """snake_case argument → wire name for an operation's ``query`` or ``body``, computed once (static)."""
    spec = _spec(op_id)
    schemas = spec["query"] if part == "query" else (spec["body"] or {}).get("properties") or {}
    return {snake(name): name for name in schemas}


def _wire_fields(
    given: Mapping[str, Any],
    schemas: Mapping[str, Any],
    required: list[str],
    what: str,
    by_snake: Mapping[str, str],
    prefix: str = "",
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for arg, value in given.items():
        wire = by_snake.get(arg)
        name = prefix + arg
        if wire is None:
            allowed = ", ".join(sorted(by_snake))
            raise InvalidRequestError(
                f"unexpected {what} {name!r}; expected one of: {allowed}", argument=name
            )
        out[wire] = to_wire(value, schemas[wire], name)
    missing = [prefix + snake(name) for name in required if name not in out]
    if missing:
        raise InvalidRequestError(f"missing required argument(s): {', '.join(missing)}", argument=missing[0])
    return out


def _wire_body(given: Mapping[str, Any], op_id: str, spec: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    schema = spec["body"]
    props = schema.get("properties") or {}
    return _wire_fields(
        given, props, list(schema.get("required", [])), "argument", _snake_names(op_id, "body"), prefix
    )


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
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
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
        merged = {**_given(options or {}), **from_query, **from_body}
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

    def _run(self, plan: Plan[T]) -> T:
        """Carry out a multi-request plan (``wait``, workflows) with this client's pipeline and sleep."""
        self._refuse_raw(plan)
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

    async def _run(self, plan: Plan[T]) -> T:
        """Carry out a multi-request plan (``wait``, workflows) with this client's pipeline and sleep."""
        import asyncio  # here, not at module level: sync-only use never imports asyncio

        self._refuse_raw(plan)
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
        return build_call(
            _page_op(op, page=number, limit=limit), path=path, query=page_query, options=options
        )

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


def _page_op(op: Operation[T], *, page: int, limit: Any) -> Operation[tuple[list[T], PageInfo]]:
    """The list endpoint, parsing a whole page (shape errors become APIResponseValidationError)."""

    many: Callable[[list[Any]], list[T]] | None = getattr(op.parse, "many", None)

    def parse(payload: Any) -> tuple[list[T], PageInfo]:
        items, info = read_page(payload, page=page, limit=limit)
        if many is not None:
            return many(items), info
        return [op.parse(item) for item in items], info

    return Operation(
        id=op.id,
        method=op.method,
        path=op.path,
        parse=parse,
        company_scoped=op.company_scoped,
        binary=op.binary,
        unwrap=op.unwrap,
    )
