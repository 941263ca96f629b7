"""Companies (ATS), billing usage and admin API-key creation."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from .._clock import iso
from .._context import Ctx
from .._enums import ALL_SCOPES
from .._errors import BadRequest, Forbidden, NotFound
from .._records import ApiKey, Company
from .._validate import check_datetime, check_metadata, fail, needed
from .._wire import FakeResponse, json_response

__all__ = [
    "billing_usage",
    "create_api_key",
    "create_company",
    "delete_company",
    "get_company",
    "list_companies",
    "update_company",
]


def _accessible(ctx: Ctx, id: str) -> Company:
    company = ctx.state.companies.get(id)
    if company is None:
        raise NotFound("Company", id)
    if id not in ctx.accessible_companies():
        raise Forbidden("This API key cannot access this company", details={"resourceId": id})
    return company


def list_companies(ctx: Ctx) -> FakeResponse:
    """GET /company: the key's own company, or every company an ATS key created."""
    search = (ctx.request.query.get("search") or "").lower()
    items = [
        ctx.state.companies[c]
        for c in ctx.accessible_companies()
        if search in ctx.state.companies[c].name.lower()
    ]
    return ctx.page(items, Company.to_wire)


def create_company(ctx: Ctx) -> FakeResponse:
    """POST /company -> 201 (ATS keys only; regular keys get 403)."""
    if not ctx.key.ats:
        raise Forbidden("Only ATS integration API keys can create companies")
    body = ctx.body()
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
    return ctx.ok(company.to_wire(), 201)


def get_company(ctx: Ctx, id: str) -> FakeResponse:
    """GET /company/{id}."""
    return ctx.ok(_accessible(ctx, id).to_wire())


def update_company(ctx: Ctx, id: str) -> FakeResponse:
    """PATCH /company/{id}: partial; metadata merged."""
    company = _accessible(ctx, id)
    body = ctx.body()
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
    return ctx.ok(company.to_wire())


def delete_company(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /company/{id}: permanent cascade -> ``{statusCode, message, data, traceId}``."""
    company = _accessible(ctx, id)
    ctx.fake.cascade_delete_company(company.id)
    return json_response(
        200, {"statusCode": 200, "message": "Success", "data": True, "traceId": ctx.new_id()}
    )


def _bound(ctx: Ctx, name: str, default: date) -> date:
    raw = ctx.request.query.get(name)
    if not raw:
        return default
    try:
        return date.fromisoformat(raw) if "T" not in raw else check_datetime(raw, name).date()
    except ValueError:
        raise fail(name, f"must be an ISO 8601 date such as 2024-01-31 (got {raw!r})") from None


def billing_usage(ctx: Ctx) -> FakeResponse:
    """GET /billing/usage: minutes or credits per company billingSystem; ATS keys aggregated."""
    today = ctx.now.date()
    start = _bound(ctx, "start", today - timedelta(days=30))
    end = _bound(ctx, "end", today)
    if start > end:
        raise fail("start", "must not be after end")
    lo = datetime.combine(start, time.min, UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, UTC)
    ids = ctx.accessible_companies()
    if ctx.key.ats and ctx.request.query.get("companyId"):
        ids = [ctx.company_id()]
    rows, total_min, total_cred, total_iv = [], 0.0, 0.0, 0
    agg: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    any_credits = any_minutes = False
    for cid in ids:
        company = ctx.state.companies[cid]
        credits = company.billing_system == "credits"
        events = [u for u in ctx.state.usage if u.company_id == cid and lo <= u.at < hi]
        per: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        for u in events:
            per[u.cost_key][0] += 1
            per[u.cost_key][1] += u.minutes
            per[u.cost_key][2] += u.credits
        n_iv = sum(1 for u in events if u.interview)
        row: dict[str, Any] = {
            "companyId": cid,
            "companyName": company.name,
            "billingSystem": company.billing_system,
            "totalInterviews": n_iv,
        }
        unit = "creditsUsed" if credits else "minutesUsed"
        row["breakdownByCostKey"] = [
            {"costKey": k, "events": int(v[0]), unit: round(v[2] if credits else v[1], 2)}
            for k, v in per.items()
        ]
        if credits:
            row["totalCreditsUsed"] = round(sum(v[2] for v in per.values()), 2)
            total_cred += row["totalCreditsUsed"]
            any_credits = True
        else:
            row["totalMinutesUsed"] = round(sum(v[1] for v in per.values()), 2)
            total_min += row["totalMinutesUsed"]
            any_minutes = True
        for k, v in per.items():
            for i in range(3):
                agg[k][i] += v[i]
        total_iv += n_iv
        rows.append(row)
    data: dict[str, Any] = {"companies": rows, "totalInterviews": total_iv}
    breakdown = []
    for k, v in agg.items():
        item: dict[str, Any] = {"costKey": k, "events": int(v[0])}
        if any_minutes:
            item["minutesUsed"] = round(v[1], 2)
        if any_credits:
            item["creditsUsed"] = round(v[2], 2)
        breakdown.append(item)
    data["breakdownByCostKey"] = breakdown
    if any_minutes or not rows:
        data["totalMinutesUsed"] = round(total_min, 2)
    if any_credits:
        data["totalCreditsUsed"] = round(total_cred, 2)
    return ctx.ok(data)


def create_api_key(ctx: Ctx) -> FakeResponse:
    """POST /api-keys (admin token) -> 201 with the plaintext ``key`` shown once."""
    body = ctx.body()
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
    ips = body.get("allowedIPs") or []
    plaintext = "sk_live_" + ctx.fake.ids.base62(32)
    key = ApiKey(
        id=ctx.new_id(),
        key=plaintext,
        company_id=cid,
        scopes=frozenset(scopes),
        name=body["name"],
        created_at=ctx.now,
        expires_at=expires,
        allowed_ips=ips,
    )
    ctx.state.api_keys[plaintext] = key
    return ctx.ok(
        {
            "id": key.id,
            "key": plaintext,
            "name": key.name,
            "scopes": sorted(scopes),
            "companyId": cid,
            "createdAt": iso(ctx.now),
            "expiresAt": iso(expires),
            "allowedIPs": ips,
        },
        201,
    )
