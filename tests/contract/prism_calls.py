"""The Prism contract call table: one SDK call per spec operation (``tests/contract/test_prism.py`` runs it).

Kept apart from the test module so ``tests/test_completeness.py`` (run by every pytest session, without Prism)
can check that the table covers every operation of the spec.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

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
