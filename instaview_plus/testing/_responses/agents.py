"""Agents over HTTP: list, create, get, patch (metadata merged), delete."""

from __future__ import annotations

from .._backends import agents as backend
from .._context import Ctx
from .._records import Agent
from .._shaping import FakeResponse, json_response
from ._registry import handles

__all__ = ["create_agent", "delete_agent", "get_agent", "list_agents", "update_agent"]


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


@handles("getAgent", "read:agents")
def get_agent(ctx: Ctx, id: str) -> FakeResponse:
    """GET /agents/{id}."""
    return ctx.ok(ctx.owned(ctx.state.agents, id, "Agent").to_wire())


@handles("updateAgent", "write:agents")
def update_agent(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /agents/{id}: switching to PHONE needs companyPhoneNumberId in the same request."""
    agent = ctx.owned(ctx.state.agents, id, "Agent")
    return ctx.ok(backend.update_agent(ctx, agent, ctx.body()).to_wire())


@handles("deleteAgent", "delete:agents")
def delete_agent(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /agents/{id} -> bare ``true``; existing interviews keep their agentId."""
    agent = ctx.owned(ctx.state.agents, id, "Agent")
    del ctx.state.agents[agent.id]
    return json_response(200, True)
