"""The base of every resource: turns an operationId and keyword arguments into a ``Call`` and sends it.

Resources only describe endpoints (which operation, which arguments, how to parse the result); checking the
arguments against the spec, building the request, retrying and unwrapping happen here and in
``_transport.py``, once for sync and async.
"""

from __future__ import annotations

import functools
import importlib
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

from ._driver import Plan, arun, run
from ._exceptions import InvalidRequestError
from ._pagination import AsyncPage, AsyncPager, PageInfo, SyncPage, read_page
from ._readers import reader
from ._transport import Call, Operation, Pipeline, RawResponse
from ._types import NotGiven
from ._wire import check_path_id, snake, to_wire

if TYPE_CHECKING:
    from ._client import AsyncInstaView, InstaView

__all__ = ["AsyncAPIResource", "RawResponse", "SyncAPIResource", "boolean", "model", "operation"]

T = TypeVar("T")


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

    def parse(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {name}, got {type(data).__name__}")
        if not resolved:
            resolved.append(reader(_model_class(cls) if isinstance(cls, str) else cls))
        return resolved[0](data)

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
) -> Call[T]:
    """Check the arguments against the spec and put them in wire form (nothing is sent here).

    ``prefix`` goes before every argument name in errors (``job.`` for the job fields of a workflow).
    """
    spec = _spec(op.id)
    path_params: dict[str, str] = {}
    for wire_name, (arg, value) in zip(spec["path_params"], path, strict=True):
        path_params[wire_name] = check_path_id(value, arg)
    return Call(
        op=op,
        path_params=path_params,
        query=_wire_fields(
            _given(query or {}),
            spec["query"],
            spec["query_required"],
            "query argument",
            _snake_names(op.id, "query"),
            prefix,
        ),
        body=_wire_body(_given(body or {}), op.id, spec, prefix) if spec["body"] is not None else None,
    )


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
            name = type(self).__name__.removeprefix("Async").lower()
            raise InvalidRequestError(
                f"this helper sends several requests and returns parsed results; call it on client.{name},"
                " not on with_raw_response",
                argument="with_raw_response",
            )

    def _copy(self, *, raw: bool) -> Any:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._raw = raw
        return clone


class SyncAPIResource(_ResourceBase):
    """Base of the sync resources (``client.jobs`` ...)."""

    _client: InstaView

    @property
    def _pipeline(self) -> Pipeline:
        return self._client._pipeline

    @property
    def _http(self) -> httpx.Client:
        return self._client._http

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning ``RawResponse`` (``.status_code``, ``.headers``, ``.parse()``)."""
        return self._copy(raw=True)

    def _call(self, op: Operation[T], **parts: Any) -> T:
        call = build_call(op, **parts)
        if self._raw:
            return self._pipeline.raw(self._http, call)  # type: ignore[return-value]
        return self._pipeline.request(self._http, call)

    def _run(self, plan: Plan[T]) -> T:
        """Carry out a multi-request plan (``wait``, workflows) with this client's pipeline and sleep."""
        self._refuse_raw(plan)
        return run(plan, self._pipeline, self._http, self._pipeline.sleep or time.sleep)

    def _list(
        self, op: Operation[T], query: Mapping[str, Any], path: tuple[tuple[str, Any], ...] = ()
    ) -> SyncPage[T]:
        given = _given(query)
        limit = given.get("limit")
        start = given.pop("page", 1)

        def fetch(page: int) -> SyncPage[T]:
            call = build_call(_page_op(op, page=page, limit=limit), path=path, query={**given, "page": page})
            items, info = self._pipeline.request(self._http, call)
            return SyncPage(items, info, fetch)

        return fetch(start)


class AsyncAPIResource(_ResourceBase):
    """Base of the async resources (``aclient.jobs`` ...)."""

    _client: AsyncInstaView

    @property
    def _pipeline(self) -> Pipeline:
        return self._client._pipeline

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._client._http

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning ``RawResponse`` (``.status_code``, ``.headers``, ``.parse()``)."""
        return self._copy(raw=True)

    async def _call(self, op: Operation[T], **parts: Any) -> T:
        call = build_call(op, **parts)
        if self._raw:
            return await self._pipeline.araw(self._http, call)  # type: ignore[return-value]
        return await self._pipeline.arequest(self._http, call)

    async def _run(self, plan: Plan[T]) -> T:
        """Carry out a multi-request plan (``wait``, workflows) with this client's pipeline and sleep."""
        import asyncio  # here, not at module level: sync-only use never imports asyncio

        self._refuse_raw(plan)
        return await arun(plan, self._pipeline, self._http, self._pipeline.sleep or asyncio.sleep)

    def _list(
        self, op: Operation[T], query: Mapping[str, Any], path: tuple[tuple[str, Any], ...] = ()
    ) -> AsyncPager[T]:
        given = _given(query)
        limit = given.get("limit")
        start = given.pop("page", 1)
        # check the arguments before anything is awaited
        build_call(op, path=path, query={**given, "page": start})

        async def fetch(page: int) -> AsyncPage[T]:
            call = build_call(_page_op(op, page=page, limit=limit), path=path, query={**given, "page": page})
            items, info = await self._pipeline.arequest(self._http, call)
            return AsyncPage(items, info, fetch)

        return AsyncPager(lambda: fetch(start))


def _page_op(op: Operation[T], *, page: int, limit: Any) -> Operation[tuple[list[T], PageInfo]]:
    """The list endpoint, parsing a whole page (shape errors become APIResponseValidationError)."""

    def parse(payload: Any) -> tuple[list[T], PageInfo]:
        items, info = read_page(payload, page=page, limit=limit)
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
