"""Webhooks over HTTP: list, create (secret shown once), get, patch, delete, test, reset-circuit."""

from __future__ import annotations

from .._backends import webhooks as backend
from .._context import Ctx
from .._shaping import FakeResponse
from ._one_record import OneRecord, to_wire
from ._registry import handles

__all__ = [
    "WEBHOOK",
    "create_webhook",
    "delete_webhook",
    "list_webhooks",
    "reset_circuit",
    "test_webhook",
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


@handles("deleteWebhook", "write:webhooks")
def delete_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /webhooks/{id} -> 204."""
    del ctx.state.webhooks[WEBHOOK.find(ctx, id).id]
    return FakeResponse(status=204)


@handles("testWebhook", "write:webhooks")
def test_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """POST /webhooks/{id}/test -> 200 envelope whose ``data.success`` tells the outcome."""
    return ctx.ok(ctx.fake.webhooks.test(WEBHOOK.find(ctx, id)))


@handles("resetWebhookCircuit", "write:webhooks")
def reset_circuit(ctx: Ctx, id: str) -> FakeResponse:
    """POST /webhooks/{id}/reset-circuit: failures 0, circuit closed, active again."""
    return ctx.ok(backend.reset_circuit(ctx, WEBHOOK.find(ctx, id)).to_wire())


WEBHOOK = OneRecord(backend.owned_webhook, to_wire)
WEBHOOK.get("getWebhook", "read:webhooks")
WEBHOOK.update("updateWebhook", "write:webhooks", apply=backend.update_webhook)
