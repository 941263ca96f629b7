"""The behaviour tables, one per resource, and their merged views (see ``_kinds.py`` for the format)."""

from __future__ import annotations

from collections.abc import Mapping

from . import agents, candidates, companies, interviews, jobs, sourcing, webhooks
from ._kinds import ALWAYS, Event, Filter, Request, Status, Table, never, not_simulated, rule, stored
from .common import COMMON

__all__ = [
    "ALWAYS",
    "COMMON",
    "FILTERS",
    "TABLES",
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
