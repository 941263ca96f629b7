"""Agents: the fake's declared behaviour for the spec's agent operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Filter, Status, Table, stored

__all__ = ["TABLE"]

_FIELDS = (
    "backgroundSound", "cefrLevel", "companyPhoneNumberId", "duration", "focus", "instructions", "language",
    "metadata", "name", "questions", "type", "voiceId",
)  # fmt: skip

TABLE = Table(
    filters={"listAgents": {"type": Filter(("type",)), "focus": Filter(("focus",))}},
    request={"createAgent": {n: stored() for n in _FIELDS}, "updateAgent": {n: stored() for n in _FIELDS}},
    statuses={
        "listAgents": {"200": (Status(200, "ok"),)},
        "createAgent": {"201": (Status(201, "ok"),)},
        "getAgent": {"200": (Status(200, "ok"),)},
        "updateAgent": {"200": (Status(200, "ok"),)},
        "deleteAgent": {"200": (Status(200, "ok"),)},
    },
    fields={"Agent": dict.fromkeys((*_FIELDS, "companyId", "createdAt", "id", "updatedAt"), ALWAYS)},
)
