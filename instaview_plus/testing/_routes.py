"""The route table: (method, path pattern) -> handler and required scopes, like moto's urls.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from ._handlers import agents, candidates, companies, interviews, jobs, sourcing, webhooks
from ._spec import operation_id

__all__ = ["ROUTES", "Route", "match"]

_ID = r"(?P<id>[^/]+)"


@attrs.frozen
class Route:
    """One operation: ``scopes`` and the spec's limits for ``op_id`` are checked before the handler runs."""

    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Any]
    scopes: tuple[str, ...]
    op_id: str
    admin: bool = False


def _r(method: str, path: str, handler: Callable[..., Any], *scopes: str, admin: bool = False) -> Route:
    regex = "^" + path.replace("{id}", _ID).replace("{attemptId}", r"(?P<attempt_id>[^/]+)") + "$"
    return Route(method, re.compile(regex), handler, scopes, operation_id(method, path), admin)


ROUTES: list[Route] = [
    _r("GET", "/jobs", jobs.list_jobs, "read:jobs"),
    _r("POST", "/jobs", jobs.create_job, "write:jobs"),
    _r("POST", "/jobs/url", jobs.create_job_from_url, "write:jobs"),
    _r("GET", "/jobs/{id}", jobs.get_job, "read:jobs"),
    _r("PATCH", "/jobs/{id}", jobs.update_job, "write:jobs"),
    _r("DELETE", "/jobs/{id}", jobs.delete_job, "delete:jobs"),
    _r("GET", "/candidates", candidates.list_candidates, "read:candidates"),
    _r("POST", "/candidates", candidates.create_candidate, "write:candidates"),
    _r("GET", "/candidates/{id}", candidates.get_candidate, "read:candidates"),
    _r("PATCH", "/candidates/{id}", candidates.update_candidate, "write:candidates"),
    _r("DELETE", "/candidates/{id}", candidates.delete_candidate, "delete:candidates"),
    _r("GET", "/candidates/{id}/analyses", candidates.list_candidate_analyses, "read:candidates"),
    _r(
        "GET",
        "/candidates/{id}/interviews",
        candidates.list_candidate_interviews,
        "read:candidates",
        "read:interviews",
    ),
    _r("GET", "/agents", agents.list_agents, "read:agents"),
    _r("POST", "/agents", agents.create_agent, "write:agents"),
    _r("GET", "/agents/{id}", agents.get_agent, "read:agents"),
    _r("PATCH", "/agents/{id}", agents.update_agent, "write:agents"),
    _r("DELETE", "/agents/{id}", agents.delete_agent, "delete:agents"),
    _r(
        "POST",
        "/interviews",
        interviews.create_interview,
        "write:interviews",
        "read:candidates",
        "read:agents",
    ),
    _r("GET", "/interviews", interviews.list_interviews, "read:interviews", "read:candidates", "read:agents"),
    _r("GET", "/interviews/{id}", interviews.get_interview, "read:interviews"),
    _r("DELETE", "/interviews/{id}", interviews.delete_interview, "delete:interviews"),
    _r("GET", "/interviews/{id}/analysis-pdf", interviews.get_analysis_pdf, "read:interviews"),
    _r("POST", "/interviews/{id}/call-attempts", interviews.create_call_attempt, "write:interviews"),
    _r(
        "PATCH",
        "/interviews/{id}/call-attempts/{attemptId}",
        interviews.reschedule_call_attempt,
        "write:interviews",
    ),
    _r(
        "DELETE",
        "/interviews/{id}/call-attempts/{attemptId}",
        interviews.delete_call_attempt,
        "write:interviews",
    ),
    _r("GET", "/company", companies.list_companies, "read:companies"),
    _r("POST", "/company", companies.create_company, "write:companies"),
    _r("GET", "/company/{id}", companies.get_company, "read:companies"),
    _r("PATCH", "/company/{id}", companies.update_company, "write:companies"),
    _r("DELETE", "/company/{id}", companies.delete_company, "write:companies"),
    _r("GET", "/billing/usage", companies.billing_usage, "read:billing"),
    _r("GET", "/webhooks", webhooks.list_webhooks, "read:webhooks"),
    _r("POST", "/webhooks", webhooks.create_webhook, "write:webhooks"),
    _r("GET", "/webhooks/{id}", webhooks.get_webhook, "read:webhooks"),
    _r("PATCH", "/webhooks/{id}", webhooks.update_webhook, "write:webhooks"),
    _r("DELETE", "/webhooks/{id}", webhooks.delete_webhook, "write:webhooks"),
    _r("POST", "/webhooks/{id}/test", webhooks.test_webhook, "write:webhooks"),
    _r("POST", "/webhooks/{id}/reset-circuit", webhooks.reset_circuit, "write:webhooks"),
    _r("POST", "/api-keys", companies.create_api_key, admin=True),
    _r("POST", "/sourcing", sourcing.sourcing, "sourcing:write"),
    _r("POST", "/sourcing/enrich", sourcing.enrich, "enrich:write"),
    _r("POST", "/sourcing/preview", sourcing.preview, "sourcing:write"),
    _r("POST", "/sourcing/render-html", sourcing.render_html, "enrich:write"),
    _r("GET", "/sourcing/enrich/{id}/results", sourcing.enrich_results, "enrich:write"),
    _r("GET", "/sourcing/preview/{id}/results", sourcing.preview_results, "sourcing:read"),
    _r("GET", "/sourcing/{id}/results", sourcing.sourcing_results, "sourcing:read"),
    _r("PATCH", "/sourcing/{id}", sourcing.patch_sourcing, "sourcing:write"),
]


def match(method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
    """The route for ``method path`` (``/v1`` and ``/v1/public`` prefixes are aliases).

    Returns ``(route, path params, path_exists)``; ``path_exists`` tells 405 from 404.
    """
    for prefix in ("/v1/public", "/v1"):
        if path.startswith(prefix + "/"):
            path = path[len(prefix) :]
            break
    path = path.rstrip("/") or "/"
    exists = False
    for route in ROUTES:
        m = route.pattern.match(path)
        if m:
            exists = True
            if route.method == method.upper():
                return route, m.groupdict(), True
    return None, {}, exists
