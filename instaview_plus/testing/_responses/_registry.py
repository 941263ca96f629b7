"""The handler registry: operationId -> the function that answers it, with the scopes it needs.

Each ``_responses/<resource>.py`` registers its handlers with :func:`handles`; ``_routes.py`` pairs them
with the spec's operation table (method and path come from the spec, never restated here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["HANDLERS", "Handler", "handles"]

F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen
class Handler:
    """What answers one operation: the function, the scopes the calling key needs, admin-token only."""

    function: Callable[..., Any]
    scopes: tuple[str, ...]
    admin: bool = False


HANDLERS: dict[str, Handler] = {}


def handles(op_id: str, *scopes: str, admin: bool = False) -> Callable[[F], F]:
    """Register the decorated function as the handler of ``op_id``."""

    def register(function: F) -> F:
        if op_id in HANDLERS:
            raise ValueError(f"{op_id} already has a handler ({HANDLERS[op_id].function.__name__})")
        HANDLERS[op_id] = Handler(function, scopes, admin)
        return function

    return register
