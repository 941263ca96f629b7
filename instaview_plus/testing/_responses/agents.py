"""Agents over HTTP: list, create, get, patch (metadata merged), delete."""

from __future__ import annotations

from .._backends import agents as backend
from .._context import Ctx
from .._records import Agent
from .._shaping import FakeResponse
from ._one_record import OneRecord, to_wire
from ._registry import handles

__all__ = ["AGENT", "create_agent", "list_agents"]


@handles("listAgents", "read:agents")
def list_agents(ctx: Ctx) -> FakeResponse:
    """GET /agents (filters from the behaviour table)."""
    cid = ctx.company_id()
    items = ctx.filtered(a for a in ctx.state.agents.values() if a.company_id == cid)
    return ctx.page(items, Agent.to_wire)


@handles("createAgent", "write:agents")
def create_agent(ctx: Ctx) -> FakeResponse:
    """POST /agents -> 201 Agent."""
    cid = ctx.company_id()
    fields = backend.validate_agent_fields(ctx.body())
    return ctx.ok(backend.new_agent(ctx, cid, fields).to_wire(), 201)


AGENT = OneRecord(lambda ctx, id: ctx.owned(ctx.state.agents, id, "Agent"), to_wire)
AGENT.get("getAgent", "read:agents")
AGENT.update("updateAgent", "write:agents", apply=backend.update_agent)
AGENT.delete("deleteAgent", "delete:agents", remove=backend.delete_agent)
