"""An endpoint as the SDK sends it (``Operation``) and one invocation of it with its arguments (``Call``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["Call", "Operation"]

T = TypeVar("T")


@attrs.frozen
class Operation(Generic[T]):
    """One documented endpoint: method, path template, and how to parse its unwrapped payload."""

    id: str
    method: str
    path: str
    parse: Callable[[Any], T]
    company_scoped: bool = True
    binary: bool = False  # the body is returned as bytes (the analysis PDF)
    unwrap: bool = True
    success_status: int = 200  # the documented success status (a DELETE answers 200 ``true`` or 204)


@attrs.frozen
class Call(Generic[T]):
    """One invocation of an ``Operation`` with its arguments (already in wire form)."""

    op: Operation[T]
    path_params: Mapping[str, str] = attrs.field(factory=dict)
    query: Mapping[str, Any] = attrs.field(factory=dict)
    body: Any = None
