"""Typed records of the fake's state (no HTTP here) and their documented wire renderings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from ._fake_clock import iso

__all__ = [
    "Agent",
    "ApiKey",
    "CallAttempt",
    "Candidate",
    "Company",
    "Delivery",
    "FakeState",
    "Interview",
    "Job",
    "SourcingRun",
    "UsageEvent",
    "Webhook",
]

JSON = dict[str, Any]


@attrs.define
class Company:
    """A company (tenant). ``created_by`` is the id of the ATS key that created it, if any."""

    id: str
    name: str
    created_at: datetime
    updated_at: datetime
    description: str | None = None
    owner_email: str | None = None
    metadata: JSON = attrs.field(factory=dict)
    extra: JSON = attrs.field(factory=dict)
    timezone: str = "UTC"
    locale: str = "en-US"
    billing_system: str = "minutes"
    prepaid: bool = False
    credits: float = 0.0
    created_by: str | None = None

    def to_wire(self) -> JSON:
        """The Company object."""
        out: JSON = {
            "id": self.id,
            "name": self.name,
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
            "description": self.description,
            "ownerEmail": self.owner_email,
            "metadata": self.metadata,
            "settings": {"timezone": self.timezone, "locale": self.locale},
        }
        out.update(self.extra)
        return out


@attrs.define
class ApiKey:
    """An API key the fake accepts."""

    id: str
    key: str
    company_id: str | None
    scopes: frozenset[str] | None  # None = every scope
    ats: bool = False
    name: str = "fake key"
    suspended: bool = False
    revoked: bool = False
    created_at: datetime | None = None
    expires_at: datetime | None = None
    allowed_ips: list[str] = attrs.field(factory=list)
    rate_limit_per_minute: int | None = None
    rate_limit_per_hour: int | None = None


@attrs.define
class Job:
    """A job posting; ``fields`` holds every optional documented field as sent (camelCase)."""

    id: str
    company_id: str
    title: str
    description: str
    status: str
    created_at: datetime
    updated_at: datetime
    fields: JSON = attrs.field(factory=dict)

    def to_wire(self) -> JSON:
        """The Job object."""
        out: JSON = {
            "id": self.id,
            "companyId": self.company_id,
            "title": self.title,
            "description": self.description,
            "status": self.status,
            "requiredSkills": [],
            "niceToHaveSkills": [],
        }
        out.update(self.fields)
        out["createdAt"] = iso(self.created_at)
        out["updatedAt"] = iso(self.updated_at)
        return out


@attrs.define
class Candidate:
    """A candidate; ``job_ids`` are the job assignments."""

    id: str
    company_id: str
    first_name: str | None
    last_name: str | None
    created_at: datetime
    updated_at: datetime
    email: str | None = None
    phone_number: str | None = None
    gdpr_expiry_date: str | None = None
    status: str = "APPLIED"
    job_ids: list[str] = attrs.field(factory=list)
    metadata: JSON = attrs.field(factory=dict)
    gender: str | None = None
    overall_rating: float | None = None


@attrs.define
class Agent:
    """An interview agent (template)."""

    id: str
    company_id: str
    created_at: datetime
    updated_at: datetime
    fields: JSON = attrs.field(factory=dict)

    @property
    def type(self) -> str:
        """ONLINE / PHONE / UNDEFINED."""
        return str(self.fields.get("type", "ONLINE"))

    @property
    def focus(self) -> str:
        """GENERIC / SCREENING / OUTREACH / LANGUAGE_TEST."""
        return str(self.fields.get("focus", "SCREENING"))

    def to_wire(self) -> JSON:
        """The Agent object."""
        out: JSON = {"id": self.id, "companyId": self.company_id}
        out.update(self.fields)
        out["createdAt"] = iso(self.created_at)
        out["updatedAt"] = iso(self.updated_at)
        return out


@attrs.define
class CallAttempt:
    """One phone call attempt of an interview."""

    id: str
    status: str
    scheduled_at: datetime
    retry_number: int = 0
    direction: str = "OUTBOUND"
    called_at: datetime | None = None
    duration: int | None = None
    reason_code: str | None = None
    notes: str | None = None
    recording_url: str | None = None

    def to_wire(self) -> JSON:
        """The CallAttempt object."""
        return {
            "id": self.id,
            "direction": self.direction,
            "status": self.status,
            "reasonCode": self.reason_code,
            "notes": self.notes,
            "retryNumber": self.retry_number,
            "recordingUrl": self.recording_url,
            "duration": self.duration,
            "scheduledAt": iso(self.scheduled_at),
            "calledAt": iso(self.called_at),
        }


@attrs.define
class Interview:
    """An interview; ``agent_type``/``duration`` are copied from the agent at creation."""

    id: str
    company_id: str
    candidate_id: str
    agent_id: str
    job_id: str | None
    status: str
    scheduled_at: datetime
    created_at: datetime
    updated_at: datetime
    agent_type: str = "ONLINE"
    duration: int = 30
    is_test: bool = False
    metadata: JSON = attrs.field(factory=dict)
    call_attempts: list[CallAttempt] = attrs.field(factory=list)
    started_at: datetime | None = None
    finished_at: datetime | None = None
    duration_minutes: int | None = None
    analysis: JSON | None = None
    transcript: str | None = None
    pdf: bytes | None = None

    def to_wire(self) -> JSON:
        """The Interview object."""
        return {
            "id": self.id,
            "candidateId": self.candidate_id,
            "agentId": self.agent_id,
            "jobId": self.job_id,
            "status": self.status,
            "scheduledAt": iso(self.scheduled_at),
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
            "durationMinutes": self.duration_minutes,
            "finishedDate": iso(self.finished_at),
            "metadata": self.metadata,
            "isTest": self.is_test,
            "callAttempts": [a.to_wire() for a in self.call_attempts],
            "analysis": self.analysis,
            "transcript": self.transcript,
        }


@attrs.define
class Webhook:
    """A webhook configuration. ``owner`` is the company id (regular key) or ATS key id."""

    id: str
    api_key_id: str
    owner: str
    company_id: str | None
    url: str
    events: list[str]
    signing_secret: str
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    description: str | None = None
    headers: list[JSON] = attrs.field(factory=list)
    is_active: bool = True
    max_retries: int = 3
    timeout_ms: int = 30000
    consecutive_failures: int = 0
    circuit_opened_at: datetime | None = None

    def to_wire(self) -> JSON:
        """The WebhookConfig object (header values masked, secret never shown)."""
        return {
            "id": self.id,
            "apiKeyId": self.api_key_id,
            "companyId": self.company_id,
            "url": self.url,
            "name": self.name,
            "description": self.description,
            "headers": [{"name": h["name"], "isMasked": True} for h in self.headers],
            "events": list(self.events),
            "isActive": self.is_active,
            "maxRetries": self.max_retries,
            "timeoutMs": self.timeout_ms,
            "consecutiveFailures": self.consecutive_failures,
            "circuitOpenedAt": iso(self.circuit_opened_at),
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
        }


@attrs.define
class SourcingRun:
    """A sourcing, enrichment or preview run (``kind`` = sourcing / enrich / preview)."""

    id: str
    kind: str
    company_id: str
    status: str
    created_at: datetime
    updated_at: datetime
    started_at: datetime
    params: JSON = attrs.field(factory=dict)
    webhook_id: str | None = None
    polls: int = 0
    pending: int = 0
    candidates: list[JSON] = attrs.field(factory=list)
    results: list[JSON] = attrs.field(factory=list)
    completed_at: datetime | None = None
    credits_consumed: float = 0.0
    error_code: str | None = None
    error_message: str | None = None


@attrs.define
class UsageEvent:
    """One billable event: interview minutes or sourcing credits."""

    company_id: str
    at: datetime
    cost_key: str
    minutes: float = 0.0
    credits: float = 0.0
    interview: bool = False


@attrs.define
class Delivery:
    """A webhook delivery the fake made (kept for inspection)."""

    webhook_id: str
    url: str
    event: str
    headers: dict[str, str]
    body: bytes
    ok: bool
    http_status: int | None


@attrs.define
class FakeState:
    """Everything the fake holds: dicts of ``id -> record`` plus usage and delivery logs."""

    companies: dict[str, Company] = attrs.field(factory=dict)
    api_keys: dict[str, ApiKey] = attrs.field(factory=dict)  # by key string
    jobs: dict[str, Job] = attrs.field(factory=dict)
    candidates: dict[str, Candidate] = attrs.field(factory=dict)
    agents: dict[str, Agent] = attrs.field(factory=dict)
    interviews: dict[str, Interview] = attrs.field(factory=dict)
    webhooks: dict[str, Webhook] = attrs.field(factory=dict)
    sourcing_runs: dict[str, SourcingRun] = attrs.field(factory=dict)
    profiles: dict[str, JSON] = attrs.field(factory=dict)  # profileId -> sourced candidate
    profile_owner: dict[str, str] = attrs.field(factory=dict)  # profileId -> company id
    usage: list[UsageEvent] = attrs.field(factory=list)
    deliveries: list[Delivery] = attrs.field(factory=list)
