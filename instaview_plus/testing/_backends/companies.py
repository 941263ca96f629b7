"""Companies backend: companies an ATS key creates and manages, and admin-made API keys."""

from __future__ import annotations

from typing import Any

from .._context import Ctx
from .._enums import ALL_SCOPES
from .._errors import BadRequest, Forbidden, NotFound
from .._records import ApiKey, Company
from .._validate import check_datetime, check_metadata, fail, needed

__all__ = ["accessible", "create_api_key", "create_company", "delete_company", "update_company"]


def accessible(ctx: Ctx, id: str) -> Company:
    """The company ``id`` if this key may touch it (404 unknown, 403 foreign)."""
    company = ctx.state.companies.get(id)
    if company is None:
        raise NotFound("Company", id)
    if id not in ctx.accessible_companies():
        raise Forbidden("This API key cannot access this company", details={"resourceId": id})
    return company


def create_company(ctx: Ctx, body: dict[str, Any]) -> Company:
    """A company created by the calling ATS key (regular keys: 403)."""
    if not ctx.key.ats:
        raise Forbidden("Only ATS integration API keys can create companies")
    check_metadata(body)
    company = Company(
        id=ctx.new_id(),
        name=needed(body, "name"),
        created_at=ctx.now,
        updated_at=ctx.now,
        description=body.get("description"),
        owner_email=body.get("ownerEmail"),
        metadata=body.get("metadata") or {},
        created_by=ctx.key.id,
        billing_system=ctx.fake.default_billing_system,
        extra={k: body[k] for k in ("website", "industry") if k in body},
    )
    ctx.state.companies[company.id] = company
    return company


def update_company(ctx: Ctx, company: Company, body: dict[str, Any]) -> Company:
    """Apply a partial update; metadata is merged."""
    check_metadata(body)
    if body.get("name") is not None:
        company.name = body["name"]
    if body.get("description") is not None:
        company.description = body["description"]
    if body.get("ownerEmail") is not None:
        company.owner_email = body["ownerEmail"]
    if body.get("metadata") is not None:
        company.metadata = {**company.metadata, **body["metadata"]}
    for extra in ("website", "industry"):
        if body.get(extra) is not None:
            company.extra[extra] = body[extra]
    company.updated_at = ctx.now
    return company


def create_api_key(ctx: Ctx, body: dict[str, Any]) -> ApiKey:
    """An API key for a company (admin token); the plaintext is in ``key``."""
    cid = body["companyId"]
    if cid not in ctx.state.companies:
        raise NotFound("Company", cid)
    scopes = body["scopes"]
    if not scopes:
        raise fail("scopes", "must be a non-empty array of scopes")
    unknown = [s for s in scopes if s not in ALL_SCOPES]
    if unknown:
        raise BadRequest(
            f"Unknown scopes: {', '.join(map(str, unknown))}", details={"field": "scopes", "invalid": unknown}
        )
    expires = check_datetime(body["expiresAt"], "expiresAt") if body.get("expiresAt") else None
    plaintext = "sk_live_" + ctx.fake.ids.base62(32)
    key = ApiKey(
        id=ctx.new_id(),
        key=plaintext,
        company_id=cid,
        scopes=frozenset(scopes),
        name=body["name"],
        created_at=ctx.now,
        expires_at=expires,
        allowed_ips=body.get("allowedIPs") or [],
    )
    ctx.state.api_keys[plaintext] = key
    return key


def delete_company(ctx: Ctx, company: Company) -> None:
    """Delete a company and every job, candidate, agent, interview, webhook and run of it; revoke its keys."""
    state = ctx.state
    for table in (state.jobs, state.candidates, state.agents, state.interviews, state.sourcing_runs):
        for rid in [r for r, rec in table.items() if rec.company_id == company.id]:
            del table[rid]
    for wid in [w for w, h in state.webhooks.items() if company.id in (h.company_id, h.owner)]:
        del state.webhooks[wid]
    for key in state.api_keys.values():
        if key.company_id == company.id:
            key.revoked = True
    del state.companies[company.id]
