"""Agents: list, create, get, patch (metadata merged), delete."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._records import Agent
from .._validate import check_metadata, fail
from .._wire import FakeResponse, json_response

__all__ = [
    "create_agent",
    "delete_agent",
    "get_agent",
    "list_agents",
    "new_agent",
    "update_agent",
    "validate_agent_fields",
]

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


def list_agents(ctx: Ctx) -> FakeResponse:
    """GET /agents (``type`` / ``focus`` filters inferred)."""
    cid = ctx.company_id()
    q = ctx.request.query
    items = [
        a
        for a in ctx.state.agents.values()
        if a.company_id == cid
        and (not q.get("type") or a.type == q["type"])
        and (not q.get("focus") or a.focus == q["focus"])
    ]
    return ctx.page(items, Agent.to_wire)


def create_agent(ctx: Ctx) -> FakeResponse:
    """POST /agents -> 201 Agent."""
    cid = ctx.company_id()
    fields = validate_agent_fields(ctx.body())
    return ctx.ok(new_agent(ctx, cid, fields).to_wire(), 201)


def get_agent(ctx: Ctx, id: str) -> FakeResponse:
    """GET /agents/{id}."""
    return ctx.ok(ctx.owned(ctx.state.agents, id, "Agent").to_wire())


def update_agent(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /agents/{id}: switching to PHONE needs companyPhoneNumberId in the same request."""
    agent = ctx.owned(ctx.state.agents, id, "Agent")
    body = ctx.body()
    fields = validate_agent_fields(body)
    metadata = fields.pop("metadata", None)
    if metadata is not None:
        merged = dict(agent.fields.get("metadata") or {})
        merged.update(metadata)
        fields["metadata"] = merged
    agent.fields.update(fields)
    agent.updated_at = ctx.now
    return ctx.ok(agent.to_wire())


def delete_agent(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /agents/{id} -> bare ``true``; existing interviews keep their agentId."""
    agent = ctx.owned(ctx.state.agents, id, "Agent")
    del ctx.state.agents[agent.id]
    return json_response(200, True)
