"""The operations every resource answers alike: get, patch and delete the one record its path's ``{id}`` names.

A resource declares how its record is found and shown once (:class:`OneRecord`); ``get``, ``update`` and
``delete`` register the handler of each such operation in :data:`._registry.HANDLERS`. The rules stay in
the backends (the update and delete functions given here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import attrs

from .._context import Ctx
from .._shaping import FakeResponse, json_response
from ._registry import handles

__all__ = ["OneRecord", "to_wire"]

R = TypeVar("R")


class _Wired(Protocol):
    def to_wire(self) -> dict[str, Any]: ...


def to_wire(ctx: Ctx, record: _Wired) -> dict[str, Any]:
    """A record shown as its own ``to_wire()``."""
    return record.to_wire()


@attrs.frozen
class OneRecord(Generic[R]):
    """How a resource's record is found by ``id`` (404 unknown, 403 foreign) and shown on the wire."""

    find: Callable[[Ctx, str], R]
    show: Callable[[Ctx, R], Any]

    def get(self, op_id: str, *scopes: str) -> None:
        """``op_id`` answers the record (200 envelope)."""

        def get_record(ctx: Ctx, id: str) -> FakeResponse:
            return ctx.ok(self.show(ctx, self.find(ctx, id)))

        handles(op_id, *scopes)(get_record)

    def update(self, op_id: str, *scopes: str, apply: Callable[[Ctx, R, dict[str, Any]], R]) -> None:
        """``op_id`` applies the body with ``apply`` and answers the updated record (200 envelope)."""

        def update_record(ctx: Ctx, id: str) -> FakeResponse:
            return ctx.ok(self.show(ctx, apply(ctx, self.find(ctx, id), ctx.body())))

        handles(op_id, *scopes)(update_record)

    def delete(self, op_id: str, *scopes: str, remove: Callable[[Ctx, R], None]) -> None:
        """``op_id`` removes the record with ``remove`` and answers a bare ``true``."""

        def delete_record(ctx: Ctx, id: str) -> FakeResponse:
            remove(ctx, self.find(ctx, id))
            return json_response(200, True)

        handles(op_id, *scopes)(delete_record)
