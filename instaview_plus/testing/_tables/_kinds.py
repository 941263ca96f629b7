"""The kinds of entry of a behaviour table: how the fake treats each element the spec declares.

A resource's table (``_tables/<resource>.py``) says, per operation, what the fake does with each list filter,
request field, answer status and response field, and per event what triggers it. The fake applies the
filters from the table (``Ctx.filtered``); ``tests/fake/test_behaviour_tables.py`` exercises every entry;
``tests/test_completeness.py`` compares the tables with the spec, element by element.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

__all__ = [
    "ALWAYS",
    "Status",
    "Event",
    "Filter",
    "Request",
    "Table",
    "never",
    "not_simulated",
    "rule",
    "stored",
]

ALWAYS = "always"  # a response field set from creation on, whatever the record's state

How = Literal["equals", "contains", "member"]


@attrs.frozen
class Filter:
    """A list filter: ``how`` the query value matches the record ``fields`` (attribute names).

    ``equals``: one field equals the value; ``contains``: the value, case-insensitive, is a substring of the
    fields joined; ``member``: the value is an element of the (list) field.
    """

    fields: tuple[str, ...]
    how: How = "equals"

    def matches(self, record: Any, value: str) -> bool:
        """Whether ``record`` passes the filter ``value``."""
        got = [getattr(record, f) for f in self.fields]
        if self.how == "equals":
            return bool(got[0] == value)
        if self.how == "member":
            return value in got[0]
        return value.lower() in " ".join(str(g or "") for g in got).lower()


@attrs.frozen
class Request:
    """A request field (body property path like ``candidate.email``, or query parameter): ``stored`` (sent
    back in the record's answers), ``rule`` (used by a rule, said in ``note``) or ``not_simulated`` (the
    reason in ``note``)."""

    kind: Literal["stored", "rule", "not_simulated"]
    note: str = ""
    answer: str | None = None  # stored: the response field that echoes it, when its name differs


def stored(answer: str | None = None) -> Request:
    """A field the fake stores and sends back (under ``answer`` when renamed)."""
    return Request("stored", answer=answer)


def rule(note: str) -> Request:
    """A field a rule of the fake uses (``note`` says which)."""
    return Request("rule", note)


def not_simulated(reason: str) -> Request:
    """A field the fake accepts and ignores, with the reason."""
    return Request("not_simulated", reason)


@attrs.frozen
class Status:
    """A documented answer status of an operation and the state or condition (``when``) in which the fake
    gives it, with its error ``code``; ``simulated=False``: the fake never gives it (``when`` says why)."""

    status: int
    when: str
    code: str | None = None
    simulated: bool = True


def never(status: int, reason: str) -> Status:
    """A documented status the fake does not give, with the reason."""
    return Status(status, reason, simulated=False)


@attrs.frozen
class Event:
    """A webhook event and the lifecycle step that sends it (or why the fake never sends it)."""

    trigger: str
    sent: bool = True


@attrs.frozen
class Table:
    """One resource's declared behaviour, keyed by operationId (``filters``: query parameter -> Filter;
    ``request``: body property path, or ``?name`` for a query parameter -> Request; ``statuses``: documented
    status -> Status) and by response schema name (``fields``: property path -> the lifecycle state from
    which the fake sets it, ``ALWAYS`` from creation on; ``unsent``: property path -> why the fake never sends
    it), and per webhook event type (``events``)."""

    filters: Mapping[str, Mapping[str, Filter]] = attrs.field(factory=dict)
    request: Mapping[str, Mapping[str, Request]] = attrs.field(factory=dict)
    statuses: Mapping[str, Mapping[str, tuple[Status, ...]]] = attrs.field(factory=dict)
    fields: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    events: Mapping[str, Event] = attrs.field(factory=dict)
    unsent: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)  # schema -> field -> why never sent
