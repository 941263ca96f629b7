"""Billing backend: minutes or credits used per company (its ``billingSystem``), per cost key."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from .._records import Company, UsageEvent

__all__ = ["usage_report"]

Totals = dict[str, list[float]]  # cost key -> [events, minutes, credits]


def _per_cost_key(events: list[UsageEvent]) -> Totals:
    per: Totals = defaultdict(lambda: [0, 0.0, 0.0])
    for u in events:
        per[u.cost_key][0] += 1
        per[u.cost_key][1] += u.minutes
        per[u.cost_key][2] += u.credits
    return per


def _company_row(company: Company, events: list[UsageEvent], per: Totals) -> dict[str, Any]:
    credits = company.billing_system == "credits"
    unit = "creditsUsed" if credits else "minutesUsed"
    row: dict[str, Any] = {
        "companyId": company.id,
        "companyName": company.name,
        "billingSystem": company.billing_system,
        "totalInterviews": sum(1 for u in events if u.interview),
        "breakdownByCostKey": [
            {"costKey": k, "events": int(v[0]), unit: round(v[2] if credits else v[1], 2)}
            for k, v in per.items()
        ],
    }
    total = "totalCreditsUsed" if credits else "totalMinutesUsed"
    row[total] = round(sum(v[2] if credits else v[1] for v in per.values()), 2)
    return row


def usage_report(
    companies: list[Company], usage: list[UsageEvent], lo: datetime, hi: datetime
) -> dict[str, Any]:
    """The usage of ``companies`` between ``lo`` (inclusive) and ``hi`` (exclusive), aggregated."""
    rows: list[dict[str, Any]] = []
    agg: Totals = defaultdict(lambda: [0, 0.0, 0.0])
    for company in companies:
        events = [u for u in usage if u.company_id == company.id and lo <= u.at < hi]
        per = _per_cost_key(events)
        rows.append(_company_row(company, events, per))
        for k, v in per.items():
            for i in range(3):
                agg[k][i] += v[i]
    any_minutes = any("totalMinutesUsed" in r for r in rows)
    any_credits = any("totalCreditsUsed" in r for r in rows)
    breakdown = []
    for k, v in agg.items():
        item: dict[str, Any] = {"costKey": k, "events": int(v[0])}
        if any_minutes:
            item["minutesUsed"] = round(v[1], 2)
        if any_credits:
            item["creditsUsed"] = round(v[2], 2)
        breakdown.append(item)
    data: dict[str, Any] = {
        "companies": rows,
        "totalInterviews": sum(r["totalInterviews"] for r in rows),
        "breakdownByCostKey": breakdown,
    }
    if any_minutes or not rows:
        data["totalMinutesUsed"] = round(sum(r.get("totalMinutesUsed", 0.0) for r in rows), 2)
    if any_credits:
        data["totalCreditsUsed"] = round(sum(r.get("totalCreditsUsed", 0.0) for r in rows), 2)
    return data
