"""Agents backend: agent records and the rules a schema cannot say (PHONE needs a phone number)."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._records import Agent
from .._validate import check_metadata, fail

__all__ = ["delete_agent", "new_agent", "update_agent", "validate_agent_fields"]

_FIELDS = (
    "name",
    "type",
    "focus",
    "language",
    "duration",
    "questions",
    "instructions",
    "voiceId",
    "companyPhoneNumberId",
    "cefrLevel",
    "backgroundSound",
    "metadata",
)


def validate_agent_fields(body: dict[str, Any], *, prefix: str = "") -> dict[str, Any]:
    """The fields to store; the spec's limits were checked before, the PHONE rule and metadata are here."""
    if body.get("type") == "PHONE" and body.get("companyPhoneNumberId") is None:
        raise fail(prefix + "companyPhoneNumberId", "is required when type is PHONE")
    check_metadata(body)
    return {k: body[k] for k in _FIELDS if k in body}


def new_agent(ctx: Ctx, company_id: str, fields: dict[str, Any]) -> Agent:
    """Store an agent from validated fields."""
    stored = {"questions": [], "backgroundSound": "OFFICE"}
    stored.update(fields)
    agent = Agent(
        id=ctx.new_id(), company_id=company_id, created_at=ctx.now, updated_at=ctx.now, fields=stored
    )
    ctx.state.agents[agent.id] = agent
    return agent


def update_agent(ctx: Ctx, agent: Agent, body: dict[str, Any]) -> Agent:
    """Apply a partial update; metadata is merged; switching to PHONE needs companyPhoneNumberId in the same
    request."""
    fields = validate_agent_fields(body)
    metadata = fields.pop("metadata", None)
    if metadata is not None:
        merged = dict(agent.fields.get("metadata") or {})
        merged.update(metadata)
        fields["metadata"] = merged
    agent.fields.update(fields)
    agent.updated_at = ctx.now
    return agent


def delete_agent(ctx: Ctx, agent: Agent) -> None:
    """Delete the agent; existing interviews keep their agentId."""
    del ctx.state.agents[agent.id]
