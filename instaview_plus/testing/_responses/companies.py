"""Companies (ATS), billing usage and admin API-key creation over HTTP."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from .._backends import companies as backend
from .._backends.billing import usage_report
from .._context import Ctx
from .._fake_clock import iso
from .._records import Company
from .._shaping import FakeResponse, json_response
from .._validate import check_datetime, fail
from ._one_record import OneRecord, to_wire
from ._registry import handles

__all__ = [
    "COMPANY",
    "billing_usage",
    "create_api_key",
    "create_company",
    "delete_company",
    "list_companies",
]


@handles("listCompanies", "read:companies")
def list_companies(ctx: Ctx) -> FakeResponse:
    """GET /company: the key's own company, or every company an ATS key created (filters from the table)."""
    items = ctx.filtered(ctx.state.companies[c] for c in ctx.accessible_companies())
    return ctx.page(items, Company.to_wire)


@handles("createCompany", "write:companies")
def create_company(ctx: Ctx) -> FakeResponse:
    """POST /company -> 201 (ATS keys only; regular keys get 403)."""
    return ctx.ok(backend.create_company(ctx, ctx.body()).to_wire(), 201)


@handles("deleteCompany", "write:companies")
def delete_company(ctx: Ctx, id: str) -> FakeResponse:
    """DELETE /company/{id}: permanent cascade -> ``{statusCode, message, data, traceId}``."""
    backend.delete_company(ctx, COMPANY.find(ctx, id))
    return json_response(
        200, {"statusCode": 200, "message": "Success", "data": True, "traceId": ctx.new_id()}
    )


def _bound(ctx: Ctx, name: str, default: date) -> date:
    raw = ctx.query().get(name)
    if not raw:
        return default
    try:
        return date.fromisoformat(raw) if "T" not in raw else check_datetime(raw, name).date()
    except ValueError:
        raise fail(name, f"must be an ISO 8601 date such as 2024-01-31 (got {raw!r})") from None


@handles("getBillingUsage", "read:billing")
def billing_usage(ctx: Ctx) -> FakeResponse:
    """GET /billing/usage: minutes or credits per company billingSystem; ATS keys aggregated over their
    companies (the spec declares no ``companyId`` here, so none narrows it)."""
    today = ctx.now.date()
    start = _bound(ctx, "start", today - timedelta(days=30))
    end = _bound(ctx, "end", today)
    if start > end:
        raise fail("start", "must not be after end")
    lo = datetime.combine(start, time.min, UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, UTC)
    companies = [ctx.state.companies[cid] for cid in ctx.accessible_companies()]
    return ctx.ok(usage_report(companies, ctx.state.usage, lo, hi))


@handles("createApiKey", admin=True)
def create_api_key(ctx: Ctx) -> FakeResponse:
    """POST /api-keys (admin token) -> 201 with the plaintext ``key`` shown once."""
    key = backend.create_api_key(ctx, ctx.body())
    data = {
        "id": key.id,
        "key": key.key,
        "name": key.name,
        "scopes": sorted(key.scopes or ()),
        "companyId": key.company_id,
        "createdAt": iso(ctx.now),
        "expiresAt": iso(key.expires_at),
        "allowedIPs": key.allowed_ips,
    }
    return ctx.ok(data, 201)


COMPANY = OneRecord(backend.accessible, to_wire)
COMPANY.get("getCompany", "read:companies")
COMPANY.update("updateCompany", "write:companies", apply=backend.update_company)
