"""The route table, derived from the spec's operation table: method and path from ``OPERATIONS``, the
answering function and its scopes from the handler registry (keyed by operationId), like moto's urls.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ._responses import agents, candidates, companies, interviews, jobs, sourcing, webhooks
from ._responses._registry import HANDLERS, Handler
from ._spec import OPERATIONS

__all__ = ["ROUTES", "Route", "build_routes", "match", "unhandled"]


@attrs.frozen
class Route:
    """One operation: ``scopes`` and the spec's limits for ``op_id`` are checked before the handler runs."""

    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Any]
    scopes: tuple[str, ...]
    op_id: str
    admin: bool = False


def _pattern(path: str) -> re.Pattern[str]:
    """``/interviews/{id}/call-attempts/{attemptId}`` -> groups ``id`` and ``attempt_id``."""

    def group(m: re.Match[str]) -> str:
        name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", m.group(1)).lower()
        return f"(?P<{name}>[^/]+)"

    return re.compile("^" + re.sub(r"\{(\w+)\}", group, path) + "$")


def unhandled(operations: Mapping[str, Mapping[str, Any]], handlers: Mapping[str, Handler]) -> list[str]:
    """The operations of ``operations`` that no handler answers, as ``opId (METHOD /path)``."""
    return [f"{op} ({o['method']} {o['path']})" for op, o in operations.items() if op not in handlers]


def build_routes(operations: Mapping[str, Mapping[str, Any]], handlers: Mapping[str, Handler]) -> list[Route]:
    """A route per operation that has a handler; literal segments before templated ones (``/jobs/url``)."""
    routes = [
        Route(o["method"], _pattern(o["path"]), h.function, h.scopes, op, h.admin)
        for op, o in operations.items()
        if (h := handlers.get(op)) is not None
    ]
    return sorted(routes, key=lambda r: r.pattern.pattern.count("(?P<"))


RESOURCES = (agents, candidates, companies, interviews, jobs, sourcing, webhooks)  # registered on import
ROUTES: list[Route] = build_routes(OPERATIONS, HANDLERS)


def match(method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
    """The route for ``method path`` (``/v1`` and ``/v1/public`` prefixes are aliases).

    Returns ``(route, path params, path_exists)``; ``path_exists`` tells 405 from 404.
    """
    for prefix in ("/v1/public", "/v1"):
        if path.startswith(prefix + "/"):
            path = path[len(prefix) :]
            break
    path = path.rstrip("/") or "/"
    exists = False
    for route in ROUTES:
        m = route.pattern.match(path)
        if m:
            exists = True
            if route.method == method.upper():
                return route, m.groupdict(), True
    return None, {}, exists
