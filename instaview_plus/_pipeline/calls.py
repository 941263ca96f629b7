"""Keyword arguments → a checked ``Call`` in wire form (nothing is sent here), and per-call options split off."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._exceptions import InvalidRequestError
from .._types import OPTION_NAMES, NotGiven
from .operation import Call, Operation
from .spec import snake_names, spec
from .wire import check_json, check_path_id, short_repr, snake, to_wire

__all__ = ["build_call", "given", "mapping_option", "split_options"]

T = TypeVar("T")


def given(args: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments the caller passed (``NOT_GIVEN`` ones dropped)."""
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
    ``options`` are the per-call ``RequestOptions``: ``extra_query`` / ``extra_body`` are merged in (their values checked to be JSON).
    """
    entry = spec(op.id)
    path_params: dict[str, str] = {}
    for wire_name, (arg, value) in zip(entry["path_params"], path, strict=True):
        path_params[wire_name] = check_path_id(value, arg)
    wire_query = (
        _wire_fields(
            given(query or {}),
            entry["query"],
            entry["query_required"],
            "query argument",
            snake_names(op.id, "query"),
            prefix,
        )
        if query or entry["query_required"]
        else {}
    )
    wire_body = _wire_body(given(body or {}), op.id, entry, prefix) if entry["body"] is not None else None
    if options:
        extra_query = mapping_option(options, "extra_query")
        if extra_query:
            wire_query = {**wire_query, **_query_values(extra_query)}
        extra_body = mapping_option(options, "extra_body")
        if extra_body is not None:
            extra_body = check_json(extra_body, "extra_body")
        if extra_body is not None:
            if wire_body is None:
                raise InvalidRequestError(
                    f"extra_body: {op.method} {op.path} ({op.id}) sends no request body; use extra_query",
                    argument="extra_body",
                )
            wire_body = {**wire_body, **extra_body}
    return Call(op=op, path_params=path_params, query=wire_query, body=wire_body)


def _query_values(extra: Mapping[str, Any]) -> Mapping[str, Any]:
    """``extra_query`` if every value can go in a query string (a JSON scalar or a list of them)."""
    for key, value in extra.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, dict | list | tuple) or not (
                item is None or isinstance(item, str | int | float)
            ):
                raise InvalidRequestError(
                    f"extra_query[{key!r}] must be a string, number, bool or None, or a list of them"
                    f" (got {short_repr(item)})",
                    argument=f"extra_query[{key!r}]",
                )
            check_json(item, f"extra_query[{key!r}]")
    return extra


def mapping_option(options: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    """The per-call option ``name`` (``extra_query`` ...) if given: a mapping with string keys."""
    value = options.get(name)
    if value is None or isinstance(value, NotGiven):
        return None
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise InvalidRequestError(
            f"{name} must be a mapping with string keys (got {short_repr(value)})", argument=name
        )
    return value


def split_options(args: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """A method's keyword arguments → (the documented arguments, the per-call ``RequestOptions``)."""
    documented = given(args or {})
    options = {name: documented.pop(name) for name in OPTION_NAMES & documented.keys()}
    return documented, options


def _wire_fields(
    args: Mapping[str, Any],
    schemas: Mapping[str, Any],
    required: list[str],
    what: str,
    by_snake: Mapping[str, str],
    prefix: str = "",
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for arg, value in args.items():
        if not isinstance(arg, str):  # a key of a mapping passed for a workflow step (``job={-1: ...}``)
            raise InvalidRequestError(
                f"{prefix.rstrip('.')} field names must be strings (got {short_repr(arg)})",
                argument=f"{prefix.rstrip('.')}[{short_repr(arg)}]",
            )
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


def _wire_body(args: Mapping[str, Any], op_id: str, entry: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    schema = entry["body"]
    props = schema.get("properties") or {}
    return _wire_fields(
        args, props, list(schema.get("required", [])), "argument", snake_names(op_id, "body"), prefix
    )
