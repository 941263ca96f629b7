"""The behaviour tables, one per resource, and their merged views (see ``_kinds.py`` for the format)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import agents, candidates, companies, interviews, jobs, sourcing, webhooks
from ._kinds import ALWAYS, Event, Filter, Request, Status, Table, never, not_simulated, rule, stored
from .common import COMMON

__all__ = [
    "ALWAYS",
    "COMMON",
    "FILTERS",
    "TABLES",
    "merged",
    "Event",
    "Filter",
    "Request",
    "Status",
    "Table",
    "never",
    "not_simulated",
    "rule",
    "stored",
]

TABLES: Mapping[str, Table] = {
    "agents": agents.TABLE,
    "candidates": candidates.TABLE,
    "companies": companies.TABLE,
    "interviews": interviews.TABLE,
    "jobs": jobs.TABLE,
    "sourcing": sourcing.TABLE,
    "webhooks": webhooks.TABLE,
}

# operationId -> query parameter -> Filter (what Ctx.filtered applies)
FILTERS: dict[str, Mapping[str, Filter]] = {
    op: params for table in TABLES.values() for op, params in table.filters.items()
}


def merged(tables: Mapping[str, Table] = TABLES) -> Table:
    """``tables`` and the common table as one (entries keyed by operation or schema merged)."""

    def merge(attr: str) -> dict[str, Any]:
        out: dict[str, dict[Any, Any]] = {}
        for table in [*tables.values(), COMMON]:
            for key, entries in getattr(table, attr).items():
                out.setdefault(key, {}).update(entries)
        return out

    events: dict[str, Any] = {}
    for table in [*tables.values(), COMMON]:
        events.update(table.events)
    return Table(
        merge("filters"), merge("request"), merge("statuses"), merge("fields"), events, merge("unsent")
    )
