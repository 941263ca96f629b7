"""Webhooks backend: webhook configurations, their owner (company or ATS key) and event subscriptions."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._enums import normalize_event
from .._errors import Forbidden, NotFound
from .._http_delivery import is_loopback
from .._records import Webhook
from .._validate import check_url, fail

__all__ = ["create_webhook", "owned_webhook", "owner", "reset_circuit", "update_webhook"]


def owner(ctx: Ctx) -> str:
    """Who owns the webhooks this key makes: the ATS key itself, or the key's company."""
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


def owned_webhook(ctx: Ctx, id: str) -> Webhook:
    """The webhook ``id`` of this key's owner (404 unknown, 403 foreign)."""
    hook = ctx.state.webhooks.get(id)
    if hook is None:
        raise NotFound("WebhookConfig", id, message="Webhook configuration not found")
    if hook.owner != owner(ctx):
        raise Forbidden("Access denied to this webhook configuration")
    return hook


def create_webhook(ctx: Ctx, body: dict[str, Any]) -> Webhook:
    """A webhook with a fresh 64-hex signing secret (https URLs, or http to a loopback host)."""
    url = check_url(body["url"], "url", https_only=not is_loopback(body["url"]))
    events = _events(body["events"])
    company_id = None
    if body.get("companyId") is not None:
        company_id = body["companyId"]
        if company_id not in ctx.accessible_companies():
            raise Forbidden(f"This API key cannot access company {company_id}")
    hook = Webhook(
        id=ctx.new_id(),
        api_key_id=ctx.key.id,
        owner=owner(ctx),
        company_id=company_id,
        url=url,
        events=events,
        signing_secret=ctx.fake.ids.hex(64),
        created_at=ctx.now,
        updated_at=ctx.now,
        name=body.get("name"),
        description=body.get("description"),
        headers=_headers(body["headers"]) if body.get("headers") is not None else [],
    )
    ctx.state.webhooks[hook.id] = hook
    return hook


def update_webhook(ctx: Ctx, hook: Webhook, body: dict[str, Any]) -> Webhook:
    """Apply a partial update: headers replace the stored set; companyId cannot change."""
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
    return hook


def reset_circuit(ctx: Ctx, hook: Webhook) -> Webhook:
    """Failures 0, circuit closed, active again."""
    hook.consecutive_failures, hook.circuit_opened_at, hook.is_active = 0, None, True
    hook.updated_at = ctx.now
    return hook
