"""Contract: every operation of openapi/instaview.yaml, called through the SDK, against Prism.

Prism (`@stoplight/prism-cli`, pinned in package.json) is a mock server nobody here wrote: it validates each
request against the spec and answers with the spec's examples. ``nox -s contract`` installs it with
``npm ci``, starts it on 127.0.0.1 with ``--errors`` and passes its URL in ``PRISM_MOCK_URL``; this module
is then run and can only pass or fail. A request Prism finds invalid comes back as 4xx with an
``sl-violations`` header and fails the call, and so does a response Prism finds invalid (5xx with
``--errors``). Without ``PRISM_MOCK_URL`` (a plain ``pytest`` run) the module is skipped with that reason;
the ``pytest`` nox sessions do not collect it at all.
"""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import httpx
import pytest
import yaml

import instaview_plus as iv

BASE_URL = os.environ.get("PRISM_MOCK_URL", "")
if not BASE_URL:
    pytest.skip(
        "PRISM_MOCK_URL is not set: the Prism contract test runs in `nox -s contract`",
        allow_module_level=True,
    )

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "post", "put", "patch", "delete")

KEY = "sk_test_contract0123456789abcdefghijklmn"
ADMIN_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl"  # an admin JWT's shape
COMPANY = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
JOB = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
CANDIDATE = "123e4567-e89b-12d3-a456-426614174000"
AGENT = "987e6543-e21b-12d3-a456-426614174000"
INTERVIEW = "550e8400-e29b-41d4-a716-446655440000"
ATTEMPT = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
WEBHOOK = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
SOURCING = "req_8f3a2c1e-4b5d-4e6f-9a7b-1c2d3e4f5a6b"
ENRICHMENT = "enr_5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
PREVIEW = "req_prev_1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
AT = datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide"))

JOB_BODY: dict[str, Any] = {
    "title": "Senior Software Engineer",
    "description": "We are looking for an experienced software engineer...",
    "status": "OPEN",
    "required_skills": ["Python", "APIs"],
    "location": {"work_mode": "HYBRID", "city": "Bratislava", "country_code": "SK"},
}
SOURCING_BODY: dict[str, Any] = {
    "title": "Senior Backend Engineer",
    "job_description": "Node.js, PostgreSQL, fintech",
    "location": "Remote, EU",
    "query": "fintech experience",
    "limit": 20,
}

Call = Callable[[Any], Any]

# operationId -> (which client: "key" or "admin", the call). Sync and async clients take the same lambda:
# the async one returns an awaitable (a list call's pager awaits to its first page).
CALLS: dict[str, tuple[str, Call]] = {
    "createJob": ("key", lambda c: c.jobs.create(**JOB_BODY)),
    "createJobFromUrl": (
        "key",
        lambda c: c.jobs.create_from_url(job_url="https://careers.example.com/jobs/42", create_job=False),
    ),
    "listJobs": ("key", lambda c: c.jobs.list(status="OPEN", search="engineer", page=1, limit=20)),
    "getJob": ("key", lambda c: c.jobs.get(JOB)),
    "updateJob": ("key", lambda c: c.jobs.update(JOB, title="Staff Software Engineer", status="CLOSED")),
    "deleteJob": ("key", lambda c: c.jobs.delete(JOB)),
    "createCandidate": (
        "key",
        lambda c: c.candidates.create(
            first_name="Jana",
            last_name="Novak",
            email="jana@example.com",
            phone_number="+421900123456",
            job_ids=[JOB],
            gdpr_expiry_date=date(2027, 4, 2),
        ),
    ),
    "listCandidates": ("key", lambda c: c.candidates.list(job_id=JOB, status="APPLIED", search="Jana")),
    "getCandidate": ("key", lambda c: c.candidates.get(CANDIDATE)),
    "updateCandidate": ("key", lambda c: c.candidates.update(CANDIDATE, status="IN_PROCESS")),
    "deleteCandidate": ("key", lambda c: c.candidates.delete(CANDIDATE)),
    "listCandidateAnalyses": ("key", lambda c: c.candidates.analyses(CANDIDATE, page=1, limit=10)),
    "listCandidateInterviews": ("key", lambda c: c.candidates.interviews(CANDIDATE, page=1, limit=10)),
    "createAgent": (
        "key",
        lambda c: c.agents.create(
            name="Screening agent",
            voice_id="ALEX",
            type="ONLINE",
            focus="SCREENING",
            language="EN",
            questions=["Tell me about a system you designed."],
            duration=30,
        ),
    ),
    "listAgents": ("key", lambda c: c.agents.list(type="PHONE", focus="GENERIC")),
    "getAgent": ("key", lambda c: c.agents.get(AGENT)),
    "updateAgent": ("key", lambda c: c.agents.update(AGENT, duration=20, background_sound="OFF")),
    "deleteAgent": ("key", lambda c: c.agents.delete(AGENT)),
    "createInterview": (
        "key",
        lambda c: c.interviews.create(
            candidate_id=CANDIDATE, agent_id=AGENT, job_id=JOB, schedule_time=AT, is_test=True
        ),
    ),
    "listInterviews": ("key", lambda c: c.interviews.list(candidate_id=CANDIDATE, status="COMPLETED")),
    "getInterview": ("key", lambda c: c.interviews.get(INTERVIEW)),
    "deleteInterview": ("key", lambda c: c.interviews.delete(INTERVIEW)),
    "getInterviewAnalysisPdf": ("key", lambda c: c.interviews.analysis_pdf(INTERVIEW)),
    "createCallAttempt": ("key", lambda c: c.interviews.call_attempts.create(INTERVIEW, scheduled_at=AT)),
    "rescheduleCallAttempt": (
        "key",
        lambda c: c.interviews.call_attempts.reschedule(INTERVIEW, ATTEMPT, scheduled_at=AT),
    ),
    "deleteCallAttempt": ("key", lambda c: c.interviews.call_attempts.delete(INTERVIEW, ATTEMPT)),
    "createCompany": (
        "key",
        lambda c: c.companies.create(name="Acme s.r.o.", owner_email="owner@acme.example", industry="IT"),
    ),
    "listCompanies": ("key", lambda c: c.companies.list(search="Acme", page=1, limit=50)),
    "getCompany": ("key", lambda c: c.companies.get(COMPANY)),
    "updateCompany": ("key", lambda c: c.companies.update(COMPANY, description="Software house")),
    "deleteCompany": ("key", lambda c: c.companies.delete(COMPANY)),
    "getBillingUsage": ("key", lambda c: c.billing.usage(start=date(2026, 4, 1), end=date(2026, 4, 30))),
    "createWebhook": (
        "key",
        lambda c: c.webhooks.create(
            url="https://hooks.example.com/instaview",
            events=["INTERVIEW_COMPLETED", "SOURCING_COMPLETED"],
            name="ATS sync",
        ),
    ),
    "listWebhooks": ("key", lambda c: c.webhooks.list(company_id=COMPANY)),
    "getWebhook": ("key", lambda c: c.webhooks.get(WEBHOOK)),
    "updateWebhook": ("key", lambda c: c.webhooks.update(WEBHOOK, is_active=False)),
    "deleteWebhook": ("key", lambda c: c.webhooks.delete(WEBHOOK)),
    "testWebhook": ("key", lambda c: c.webhooks.test(WEBHOOK)),
    "resetWebhookCircuit": ("key", lambda c: c.webhooks.reset_circuit(WEBHOOK)),
    "createApiKey": (
        "admin",
        lambda c: c.api_keys.create(company_id=COMPANY, name="ATS sync", scopes=["read:jobs"]),
    ),
    "createSourcing": ("key", lambda c: c.sourcing.create(**SOURCING_BODY)),
    "updateSourcing": ("key", lambda c: c.sourcing.update(SOURCING, query="only fintech", limit=10)),
    "getSourcingResults": ("key", lambda c: c.sourcing.results(SOURCING)),
    "createEnrichment": ("key", lambda c: c.sourcing.enrich(profile_ids=["li_jane-doe", "li_john-roe"])),
    "getEnrichmentResults": ("key", lambda c: c.sourcing.enrich_results(ENRICHMENT)),
    "createSourcingPreview": ("key", lambda c: c.sourcing.preview(**SOURCING_BODY)),
    "getSourcingPreviewResults": ("key", lambda c: c.sourcing.preview_results(PREVIEW)),
    "renderSourcingHtml": (
        "key",
        lambda c: c.sourcing.render_html(profile_ids=["li_jane-doe"], theme="light"),
    ),
}

# Where Prism's static answer cannot stand for the API, the call asks Prism for another one (Prism's own
# request headers; the SDK sends them like any default header):
# - getEnrichmentResults has no documented example, and Prism's static example generator ignores `pattern`:
#   it answers requestId "string", then (with --errors) rejects its own answer. Dynamic generation honours it.
# - getInterviewAnalysisPdf's only documented example is cut off ("JVBERi0xLjQKMSAwIG9iai..."), which is no
#   Base64 and which the SDK rightly refuses (test_the_cut_off_pdf_example_is_refused); the contract call
#   takes the spec's other documented media type, application/pdf.
PRISM_HEADERS: dict[str, dict[str, str]] = {
    "getEnrichmentResults": {"Prefer": "dynamic=true"},
    "getInterviewAnalysisPdf": {"Accept": "application/pdf"},
}

# The two documented 204 answers: the SDK returns None for them, by design.
NO_CONTENT = {"rescheduleCallAttempt", "deleteCallAttempt"}


def _spec_operations() -> dict[str, tuple[str, re.Pattern[str]]]:
    """operationId -> (HTTP method, a regex of its path template)."""
    table = {}
    for path, item in SPEC["paths"].items():
        regex = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in METHODS:
            if method in item:
                table[item[method]["operationId"]] = (method.upper(), regex)
    return table


OPERATIONS = _spec_operations()


def operation_of(request: httpx.Request) -> str:
    """The spec operation a request on the wire matches (exactly one, or the test fails)."""
    found = [
        op
        for op, (method, regex) in OPERATIONS.items()
        if method == request.method and regex.match(request.url.path)
    ]
    assert len(found) == 1, f"{request.method} {request.url.path} matches {found or 'no operation'}"
    return found[0]


class Exchanges:
    """Every request the SDK sent and the response Prism gave (httpx event hooks)."""

    def __init__(self) -> None:
        self.seen: list[tuple[httpx.Request, httpx.Response]] = []

    def record(self, response: httpx.Response) -> None:
        self.seen.append((response.request, response))

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)


@pytest.fixture(scope="module")
def exchanges() -> Exchanges:
    return Exchanges()


def _options(kind: str) -> dict[str, Any]:
    # An ATS partner's client: every company-scoped request carries ?companyId=..., which Prism validates.
    common: dict[str, Any] = {"base_url": BASE_URL, "max_retries": 0, "timeout": 10.0}
    if kind == "admin":
        return {**common, "api_key": ADMIN_TOKEN}
    return {**common, "api_key": KEY, "company_id": COMPANY}


@pytest.fixture(scope="module")
def clients(exchanges: Exchanges) -> Iterator[dict[str, iv.InstaView]]:
    hooks = {"response": [exchanges.record]}
    made = {
        kind: iv.InstaView(**_options(kind), http_client=httpx.Client(event_hooks=hooks))
        for kind in ("key", "admin")
    }
    yield made
    for client in made.values():
        client._http.close()


def _check(result: Any, op: str, before: int, exchanges: Exchanges) -> None:
    """The call sent exactly one request, for ``op``, that Prism accepted; the SDK parsed the answer."""
    new = exchanges.seen[before:]
    assert len(new) == 1, f"{op}: expected one request, saw {[(r.method, r.url.path) for r, _ in new]}"
    request, response = new[0]
    assert operation_of(request) == op
    assert "sl-violations" not in response.headers, f"{op}: Prism: {response.headers['sl-violations']}"
    assert 200 <= response.status_code < 300, f"{op}: HTTP {response.status_code}"
    if op in NO_CONTENT:
        assert result is None and response.status_code == 204
        return
    assert result is not None
    items = getattr(result, "items", None)
    if isinstance(items, list):  # a page: every item is a parsed model, never a raw dict
        assert all(not isinstance(item, dict) for item in items)
    elif not isinstance(result, bool | bytes):
        assert attrs.has(type(result)), f"{op}: not a parsed model: {result!r}"


@pytest.mark.parametrize("op", sorted(CALLS))
def test_sync_call_is_valid_for_prism(
    op: str, clients: dict[str, iv.InstaView], exchanges: Exchanges
) -> None:
    kind, call = CALLS[op]
    before = len(exchanges.seen)
    _check(call(clients[kind].with_options(default_headers=PRISM_HEADERS.get(op, {}))), op, before, exchanges)


@pytest.mark.parametrize("op", sorted(CALLS))
async def test_async_call_is_valid_for_prism(op: str, exchanges: Exchanges) -> None:
    kind, call = CALLS[op]
    http = httpx.AsyncClient(event_hooks={"response": [exchanges.arecord]})
    async with iv.AsyncInstaView(**_options(kind), http_client=http) as client:
        before = len(exchanges.seen)
        result = call(client.with_options(default_headers=PRISM_HEADERS.get(op, {})))
        _check(await result if inspect.isawaitable(result) else result, op, before, exchanges)
    await http.aclose()


def test_every_spec_operation_has_a_contract_call() -> None:
    assert set(CALLS) == set(OPERATIONS)


def test_an_invalid_request_fails_the_call() -> None:
    """The check above can fail: a request Prism finds invalid raises, and carries the violation header."""
    seen: list[httpx.Response] = []

    def corrupt(request: httpx.Request) -> None:  # the layer refuses limit=1000 itself: add it on the wire
        request.url = request.url.copy_set_param("limit", "1000")

    http = httpx.Client(event_hooks={"request": [corrupt], "response": [seen.append]})
    with (
        iv.InstaView(base_url=BASE_URL, api_key=KEY, max_retries=0, http_client=http) as client,
        pytest.raises(iv.APIStatusError) as info,
    ):
        client.jobs.list(limit=10).items  # noqa: B018 - the first page is fetched here
    http.close()
    assert info.value.status_code in (400, 422)
    assert "limit" in seen[-1].headers["sl-violations"]


def test_the_cut_off_pdf_example_is_refused() -> None:
    """Prism's default answer for the PDF is the documented, cut-off example: the SDK must not decode it."""
    with (
        iv.InstaView(base_url=BASE_URL, api_key=KEY, max_retries=0) as client,
        pytest.raises(iv.APIResponseValidationError, match="base64"),
    ):
        client.interviews.analysis_pdf(INTERVIEW)
