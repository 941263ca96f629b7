"""Webhooks: list, create (secret shown once), get, patch, delete, test, reset-circuit."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._enums import normalize_event
from .._errors import Forbidden, NotFound
from .._http_delivery import is_loopback
from .._records import Webhook
from .._validate import check_url, fail
from .._wire import FakeResponse

__all__ = [
    "create_webhook",
    "delete_webhook",
    "get_webhook",
    "list_webhooks",
    "reset_circuit",
    "test_webhook",
    "update_webhook",
]


def _owner(ctx: Ctx) -> str:
    key = ctx.key
    return key.id if key.ats else str(key.company_id)


def _events(value: Any) -> list[str]:
    if not value:
        raise fail("events", "must be a non-empty array")
    out: list[str] = []
    for item in value:
        label = normalize_event(item) if isinstance(item, str | int) else None  # [{}] is a 400, not a crash
        if label is None:
            raise fail("events", f"unknown event type {item!r}")
        if label not in out:
            out.append(label)
    return out


def _headers(value: Any) -> list[dict[str, str]]:
    return [{"name": h["name"], "value": h["value"]} for h in value]


def _get(ctx: Ctx, id: str) -> Webhook:
    hook = ctx.state.webhooks.get(id)
    if hook is None:
        raise NotFound("WebhookConfig", id, message="Webhook configuration not found")
    if hook.owner != _owner(ctx):
        raise Forbidden("Access denied to this webhook configuration")
    return hook


def list_webhooks(ctx: Ctx) -> FakeResponse:
    """GET /webhooks -> ``data: {data: [...], total}``; ``companyId`` excludes global ones."""
    cid = ctx.request.query.get("companyId")
    if cid and ctx.key.ats:
        ctx.company_id()
    items = [
        w.to_wire()
        for w in ctx.state.webhooks.values()
        if w.owner == _owner(ctx) and (not cid or w.company_id == cid)
    ]
    return ctx.ok({"data": items, "total": len(items)})


def create_webhook(ctx: Ctx) -> FakeResponse:
    """POST /webhooks -> 201 with ``signingSecret`` (64 hex), only here."""
    body = ctx.body()
    url = check_url(body["url"], "url", https_only=not is_loopback(body["url"]))
    events = _events(body["events"])
    company_id = None
    if body.get("companyId") is not None:
        company_id = body["companyId"]
        if company_id not in ctx.accessible_companies():
            raise Forbidden(f"This API key cannot access company {company_id}")
    headers = _headers(body["headers"]) if body.get("headers") is not None else []
    hook = Webhook(
        id=ctx.new_id(),
        api_key_id=ctx.key.id,
        owner=_owner(ctx),
        company_id=company_id,
        url=url,
        events=events,
        signing_secret=ctx.fake.ids.hex(64),
        created_at=ctx.now,
        updated_at=ctx.now,
        name=body.get("name"),
        description=body.get("description"),
        headers=headers,
    )
    ctx.state.webhooks[hook.id] = hook
    data = hook.to_wire()
    data["signingSecret"] = hook.signing_secret
    return ctx.ok(data, 201)


def get_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """GET /webhooks/{id}."""
    return ctx.ok(_get(ctx, id).to_wire())


def update_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /webhooks/{id}: headers replace the stored set; companyId cannot change."""
    hook = _get(ctx, id)
    body = ctx.body()
    if body.get("url") is not None:
        hook.url = check_url(body["url"], "url", https_only=not is_loopback(body["url"]))
    if body.get("events") is not None:
        hook.events = _events(body["events"])
    if body.get("name") is not None:
        hook.name = body["name"]
    if body.get("description") is not None:
        hook.description = body["description"]
    if body.get("headers") is not None:
        hook.headers = _headers(body["headers"])
    if body.get("isActive") is not None:
        hook.is_active = body["isActive"]
    hook.updated_at = ctx.now
    return ctx.ok(hook.to_wire())


def delete_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /webhooks/{id} -> 204."""
    del ctx.state.webhooks[_get(ctx, id).id]
    return FakeResponse(status=204)


def test_webhook(ctx: Ctx, id: str) -> FakeResponse:
    """POST /webhooks/{id}/test -> 200 envelope whose ``data.success`` tells the outcome."""
    return ctx.ok(ctx.fake.webhooks.test(_get(ctx, id)))


def reset_circuit(ctx: Ctx, id: str) -> FakeResponse:
    """POST /webhooks/{id}/reset-circuit: failures 0, circuit closed, active again."""
    hook = _get(ctx, id)
    hook.consecutive_failures, hook.circuit_opened_at, hook.is_active = 0, None, True
    hook.updated_at = ctx.now
    return ctx.ok(hook.to_wire())
