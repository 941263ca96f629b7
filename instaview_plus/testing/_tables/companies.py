"""Companies, billing and API keys: the fake's declared behaviour for their operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Filter, Status, Table, never, rule, stored

__all__ = ["TABLE"]

_FIELDS = ("description", "industry", "metadata", "name", "ownerEmail", "website")
_CREATED = "the fake answers 201 Created"
_NO_PLACE = "no request field sets a company's location or size, so the fake has none to send"

TABLE = Table(
    filters={"listCompanies": {"search": Filter(("name",), "contains")}},
    request={
        "createCompany": {n: stored() for n in _FIELDS},
        "updateCompany": {n: stored() for n in _FIELDS},
        "createApiKey": {n: stored() for n in ("allowedIPs", "companyId", "expiresAt", "name", "scopes")},
        "getBillingUsage": {"?start": rule("first day counted"), "?end": rule("last day counted")},
    },
    statuses={
        "createCompany": {"200": (never(200, _CREATED),), "201": (Status(201, "ok"),)},
        "listCompanies": {"200": (Status(200, "ok"),)},
        "getCompany": {"200": (Status(200, "ok"),)},
        "updateCompany": {"200": (Status(200, "ok"),)},
        "deleteCompany": {"200": (Status(200, "ok"),)},
        "getBillingUsage": {"200": (Status(200, "ok"),)},
        "createApiKey": {"200": (never(200, _CREATED),), "201": (Status(201, "ok"),)},
    },
    fields={
        "Company": dict.fromkeys((*_FIELDS, "createdAt", "id", "settings", "updatedAt"), ALWAYS),
        "CompanySettings": {"locale": ALWAYS, "timezone": ALWAYS},
        "CompanyDeleteResult": dict.fromkeys(("data", "message", "statusCode", "traceId"), ALWAYS),
        "BillingUsage": {
            **dict.fromkeys(
                ("breakdownByCostKey", "companies", "totalInterviews", "totalMinutesUsed"), ALWAYS
            ),
            "totalCreditsUsed": "credits",
        },
        "CompanyUsage": {
            **dict.fromkeys(
                ("billingSystem", "breakdownByCostKey", "companyId", "companyName", "totalInterviews"), ALWAYS
            ),
            "totalMinutesUsed": ALWAYS,
            "totalCreditsUsed": "credits",
        },
        "CostKeyBreakdown": {
            "costKey": ALWAYS,
            "events": ALWAYS,
            "minutesUsed": ALWAYS,
            "creditsUsed": "credits",
        },
        "ApiKey": dict.fromkeys(
            ("allowedIPs", "companyId", "createdAt", "expiresAt", "id", "key", "name", "scopes"), ALWAYS
        ),
    },
    unsent={
        "Company": {"location": _NO_PLACE, "size": _NO_PLACE},
        "CompanyLocation": {"city": _NO_PLACE, "countryCode": _NO_PLACE},
    },
)
