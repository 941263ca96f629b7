"""Run one spec command through the SDK: the same argument checks, retries and error mapping as the methods."""

from __future__ import annotations

import argparse
from typing import Any

from .._client.client import InstaView
from ..resources._base import RawView, SyncAPIResource, operation  # noqa: F401 (RawView: in the base class)
from ._commands import Command
from ._options import dest

__all__ = ["invoke"]


def _as_sent(data: Any) -> Any:
    """The JSON the API answered (unwrapped from its envelope), unchanged: the CLI prints it as it came."""
    return data


class _Operations(SyncAPIResource["RawView[_Operations]"]):
    """Calls any operation by id with its arguments in SDK (snake_case) form."""

    def call(
        self, command: Command, path: tuple[tuple[str, Any], ...], query: dict[str, Any], body: dict[str, Any]
    ) -> Any:
        op = operation(command.op_id, _as_sent)
        if command.paged:
            if query.get("page") is not None:
                return list(self._list(op, query, path).items)
            return list(self._list(op, query, path))
        return self._call(op, path=path, query=query, body=body)


def invoke(client: InstaView, command: Command, ns: argparse.Namespace) -> Any:
    """The parsed options → one SDK call (every page of a list unless ``--page`` is given)."""
    path: list[tuple[str, Any]] = []
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for arg in command.arguments:
        if arg.wire == "companyId":  # a body field here: the common --company-id carries it
            if ns.company_id is not None:
                body[arg.name] = ns.company_id
            continue
        value = getattr(ns, dest(arg))
        if arg.where == "path":
            path.append((arg.name, value))
        elif value is not None:
            (query if arg.where == "query" else body)[arg.name] = value
    return _Operations(client).call(command, tuple(path), query, body)
