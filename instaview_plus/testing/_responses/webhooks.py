"""Webhooks over HTTP: list, create (secret shown once), get, patch, delete, test, reset-circuit."""

from __future__ import annotations

from .._backends import webhooks as backend
from .._context import Ctx
from .._shaping import FakeResponse
from ._registry import handles

__all__ = [
    "create_webhook",
    "delete_webhook",
    "get_webhook",
    "list_webhooks",
    "reset_circuit",
    "test_webhook",
    "update_webhook",
]


@handles("listWebhooks", "read:webhooks")
def list_webhooks(ctx: Ctx) -> FakeResponse:
    """GET /webhooks -> ``data: {data: [...], total}``; ``companyId`` excludes global ones."""
    cid = ctx.query().get("companyId")
    if cid and ctx.key.ats:
        ctx.company_id()
    owner = backend.owner(ctx)
    items = [
        w.to_wire()
        for w in ctx.state.webhooks.values()
        if w.owner == owner and (not cid or w.company_id == cid)
    ]
    return ctx.ok({"data": items, "total": len(items)})


@handles("createWebhook", "write:webhooks")
def create_webhook(ctx: Ctx) -> FakeResponse:
    """POST /webhooks -> 201 with ``signingSecret`` (64 hex), only here."""
    hook = backend.create_webhook(ctx, ctx.body())
    data = hook.to_wire()
    data["signingSecret"] = hook.signing_secret
    return ctx.ok(data, 201)


@handles("getWebhook", "read:webhooks")
def get_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """GET /webhooks/{id}."""
    return ctx.ok(backend.owned_webhook(ctx, id).to_wire())


@handles("updateWebhook", "write:webhooks")
def update_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /webhooks/{id}: headers replace the stored set; companyId cannot change."""
    hook = backend.owned_webhook(ctx, id)
    return ctx.ok(backend.update_webhook(ctx, hook, ctx.body()).to_wire())


@handles("deleteWebhook", "write:webhooks")
def delete_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /webhooks/{id} -> 204."""
    del ctx.state.webhooks[backend.owned_webhook(ctx, id).id]
    return FakeResponse(status=204)


@handles("testWebhook", "write:webhooks")
def test_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """POST /webhooks/{id}/test -> 200 envelope whose ``data.success`` tells the outcome."""
    return ctx.ok(ctx.fake.webhooks.test(backend.owned_webhook(ctx, id)))


@handles("resetWebhookCircuit", "write:webhooks")
def reset_circuit(ctx: Ctx, id: str) -> FakeResponse:
    """POST /webhooks/{id}/reset-circuit: failures 0, circuit closed, active again."""
    return ctx.ok(backend.reset_circuit(ctx, backend.owned_webhook(ctx, id)).to_wire())
