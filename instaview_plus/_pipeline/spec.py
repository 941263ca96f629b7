"""The spec's operation table, read once per operation: ``Operation`` values and argument names."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .operation import Operation
from .wire import snake

__all__ = ["operation", "snake_names", "spec"]

T = TypeVar("T")


@functools.cache
def spec(op_id: str) -> Mapping[str, Any]:
    """The generated table's entry for an operationId (method, path, parameters, body schema)."""
    from instaview_plus._generated.spec.operations import OPERATIONS

    return OPERATIONS[op_id]


def operation(
    op_id: str, parse: Callable[[Any], T], *, binary: bool = False, unwrap: bool = True
) -> Operation[T]:
    """The ``Operation`` for a spec operationId."""
    entry = spec(op_id)
    return Operation(
        id=op_id,
        method=entry["method"],
        path=entry["path"],
        parse=parse,
        company_scoped=entry["company_scoped"],
        binary=binary,
        unwrap=unwrap,
        success_status=entry["success"][0],
    )


@functools.cache
def snake_names(op_id: str, part: str) -> dict[str, str]:
    """snake_case argument → wire name for an operation's ``query`` or ``body``, computed once (static)."""
    entry = spec(op_id)
    schemas = entry["query"] if part == "query" else (entry["body"] or {}).get("properties") or {}
    return {snake(name): name for name in schemas}
