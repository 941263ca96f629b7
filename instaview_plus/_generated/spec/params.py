"""Generated from openapi/instaview.yaml by tools/generate (nox -s generate). Do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required
from uuid import UUID

from instaview_plus._types import RequestOptions

__all__ = [
    "CreateAgentBody",
    "CreateApiKeyBody",
    "CreateCallAttemptBody",
    "CreateCandidateBody",
    "CreateCompanyBody",
    "CreateEnrichmentBody",
    "CreateInterviewBody",
    "CreateJobBody",
    "CreateJobFromUrlBody",
    "CreateSourcingBody",
    "CreateSourcingPreviewBody",
    "CreateWebhookBody",
    "GetBillingUsageQuery",
    "ListAgentsQuery",
    "ListCandidateAnalysesQuery",
    "ListCandidateInterviewsQuery",
    "ListCandidatesQuery",
    "ListCompaniesQuery",
    "ListInterviewsQuery",
    "ListJobsQuery",
    "RenderSourcingHtmlBody",
    "RescheduleCallAttemptBody",
    "UpdateAgentBody",
    "UpdateCandidateBody",
    "UpdateCompanyBody",
    "UpdateJobBody",
    "UpdateSourcingBody",
    "UpdateWebhookBody",
]


class CreateAgentBody(RequestOptions, total=False):
    """Body of createAgent (and the per-call options)."""

    name: str
    type: Literal["UNDEFINED", "ONLINE", "PHONE"]
    focus: Literal["GENERIC", "SCREENING", "OUTREACH", "LANGUAGE_TEST"]
    language: Literal[
        "UNDEFINED",
        "EN",
        "JA",
        "ZH",
        "DE",
        "HI",
        "FR",
        "KO",
        "PT",
        "IT",
        "ES",
        "ID",
        "NL",
        "TR",
        "FIL",
        "PL",
        "SV",
        "BG",
        "RO",
        "AR",
        "CS",
        "EL",
        "FI",
        "HR",
        "MS",
        "SK",
        "DA",
        "TA",
        "UK",
        "RU",
        "HU",
        "NO",
        "VI",
    ]
    duration: int
    questions: Sequence[str]
    instructions: str
    voice_id: Literal[
        "ALEX",
        "PETER",
        "MIRIAM",
        "SUE",
        "VIERA",
        "CASANDRA",
        "SILVIA",
        "MICHAEL",
        "LUKE",
        "EMMA",
        "SARAH",
        "EVA",
    ]
    company_phone_number_id: str | UUID
    metadata: Mapping[str, Any]
    cefr_level: Literal["A1", "A2", "B1", "B2", "C1", "C2"]
    background_sound: Literal["OFFICE", "OFF"]


class CreateApiKeyBody(RequestOptions, total=False):
    """Body of createApiKey (and the per-call options)."""

    company_id: Required[str | UUID]
    name: Required[str]
    scopes: Required[Sequence[str]]
    expires_at: datetime.datetime | str
    allowed_ips: Sequence[str]


class CreateCallAttemptBody(RequestOptions, total=False):
    """Body of createCallAttempt (and the per-call options)."""

    scheduled_at: datetime.datetime | str | None


class CreateCandidateBody(RequestOptions, total=False):
    """Body of createCandidate (and the per-call options)."""

    first_name: str
    last_name: str
    gdpr_expiry_date: datetime.date | str | datetime.datetime | str
    email: str
    phone_number: str
    job_id: str | UUID
    job_ids: Sequence[str | UUID]
    metadata: Mapping[str, Any]


class CreateCompanyBody(RequestOptions, total=False):
    """Body of createCompany (and the per-call options)."""

    name: str
    description: str
    metadata: Mapping[str, Any]
    owner_email: str
    website: str
    industry: str


class CreateEnrichmentBody(RequestOptions, total=False):
    """Body of createEnrichment (and the per-call options)."""

    profile_ids: Sequence[str]
    webhook_id: str | UUID


class CreateInterviewBody(RequestOptions, total=False):
    """Body of createInterview (and the per-call options)."""

    candidate_id: str | UUID
    candidate: Any
    agent_id: str | UUID
    agent: Mapping[str, Any]
    job_id: str | UUID
    job: Mapping[str, Any]
    schedule_time: datetime.datetime | str
    is_test: bool
    metadata: Mapping[str, Any]


class CreateJobBody(RequestOptions, total=False):
    """Body of createJob (and the per-call options)."""

    title: Required[str]
    description: Required[str]
    status: Required[Literal["UNDEFINED", "OPEN", "CLOSED"]]
    job_url: str
    benefits: str
    required_skills: Sequence[str]
    nice_to_have_skills: Sequence[str]
    language_requirements: Sequence[Mapping[str, Any]]
    education: Sequence[
        Literal[
            "UNDEFINED",
            "PRIMARY_EDUCATION",
            "SECONDARY_SCHOOL_STUDENT",
            "SECONDARY_WITHOUT_DIPLOMA",
            "SECONDARY_WITH_DIPLOMA",
            "POST_SECONDARY_VOCATIONAL",
            "UNIVERSITY_STUDENT",
            "BACHELOR_LEVEL",
            "MASTER_LEVEL",
            "POSTGRADUATE",
        ]
    ]
    experience: (
        Literal[
            "UNDEFINED",
            "NO_EXPERIENCE",
            "LESS_THAN_1_YEAR",
            "ONE_TO_3_YEARS",
            "THREE_TO_5_YEARS",
            "FIVE_TO_10_YEARS",
        ]
        | str
    )
    contract_type: Literal["FULL_TIME"] | str
    location: Mapping[str, Any]
    salary: Mapping[str, Any]
    metadata: Mapping[str, Any]


class CreateJobFromUrlBody(RequestOptions, total=False):
    """Body of createJobFromUrl (and the per-call options)."""

    job_url: str
    create_job: bool


class CreateSourcingBody(RequestOptions, total=False):
    """Body of createSourcing (and the per-call options)."""

    title: str
    job_description: str
    location: str
    query: str
    limit: int
    webhook_id: str | UUID


class CreateSourcingPreviewBody(RequestOptions, total=False):
    """Body of createSourcingPreview (and the per-call options)."""

    title: str
    job_description: str
    location: str
    query: str
    limit: int
    webhook_id: str | UUID


class CreateWebhookBody(RequestOptions, total=False):
    """Body of createWebhook (and the per-call options)."""

    url: Required[str]
    events: Required[
        Sequence[
            Literal[
                "ANALYSIS_COMPLETED",
                "ANALYSIS_FAILED",
                "PING",
                "INTERVIEW_COMPLETED",
                "INTERVIEW_FAILED",
                "INTERVIEW_STARTED",
                "SOURCING_COMPLETED",
                "SOURCING_FAILED",
                "ENRICH_COMPLETED",
                "ENRICH_FAILED",
            ]
            | Literal[
                "analysis.completed",
                "analysis.failed",
                "ping",
                "interview.completed",
                "interview.failed",
                "interview.started",
                "sourcing.failed",
            ]
            | int
        ]
    ]
    name: str
    description: str
    company_id: str | UUID
    headers: Sequence[Mapping[str, Any]]


class GetBillingUsageQuery(RequestOptions, total=False):
    """Query arguments of getBillingUsage (and the per-call options)."""

    start: datetime.date | str
    end: datetime.date | str


class ListAgentsQuery(RequestOptions, total=False):
    """Query arguments of listAgents (and the per-call options)."""

    page: int
    limit: int
    type: Literal["UNDEFINED", "ONLINE", "PHONE"]
    focus: Literal["GENERIC", "SCREENING", "OUTREACH", "LANGUAGE_TEST"]


class ListCandidateAnalysesQuery(RequestOptions, total=False):
    """Query arguments of listCandidateAnalyses (and the per-call options)."""

    page: int
    limit: int


class ListCandidateInterviewsQuery(RequestOptions, total=False):
    """Query arguments of listCandidateInterviews (and the per-call options)."""

    page: int
    limit: int


class ListCandidatesQuery(RequestOptions, total=False):
    """Query arguments of listCandidates (and the per-call options)."""

    page: int
    limit: int
    job_id: str | UUID
    status: Literal["UNDEFINED", "APPLIED", "IN_PROCESS", "REJECTED", "ACCEPTED"]
    search: str


class ListCompaniesQuery(RequestOptions, total=False):
    """Query arguments of listCompanies (and the per-call options)."""

    page: int
    limit: int
    search: str


class ListInterviewsQuery(RequestOptions, total=False):
    """Query arguments of listInterviews (and the per-call options)."""

    page: int
    limit: int
    candidate_id: Required[str | UUID]
    agent_id: str | UUID
    status: Literal[
        "UNDEFINED", "SCHEDULED", "CANCELLED", "FAILED", "COMPLETED", "IN_PROGRESS"
    ]


class ListJobsQuery(RequestOptions, total=False):
    """Query arguments of listJobs (and the per-call options)."""

    page: int
    limit: int
    status: Literal["UNDEFINED", "OPEN", "CLOSED"]
    search: str


class RenderSourcingHtmlBody(RequestOptions, total=False):
    """Body of renderSourcingHtml (and the per-call options)."""

    profile_ids: Sequence[str]
    theme: Literal["dark", "light"]


class RescheduleCallAttemptBody(RequestOptions, total=False):
    """Body of rescheduleCallAttempt (and the per-call options)."""

    scheduled_at: Required[datetime.datetime | str]


class UpdateAgentBody(RequestOptions, total=False):
    """Body of updateAgent (and the per-call options)."""

    name: str
    type: Literal["UNDEFINED", "ONLINE", "PHONE"]
    focus: Literal["GENERIC", "SCREENING", "OUTREACH", "LANGUAGE_TEST"]
    language: Literal[
        "UNDEFINED",
        "EN",
        "JA",
        "ZH",
        "DE",
        "HI",
        "FR",
        "KO",
        "PT",
        "IT",
        "ES",
        "ID",
        "NL",
        "TR",
        "FIL",
        "PL",
        "SV",
        "BG",
        "RO",
        "AR",
        "CS",
        "EL",
        "FI",
        "HR",
        "MS",
        "SK",
        "DA",
        "TA",
        "UK",
        "RU",
        "HU",
        "NO",
        "VI",
    ]
    duration: int
    questions: Sequence[str]
    instructions: str
    voice_id: (
        Literal[
            "ALEX",
            "PETER",
            "MIRIAM",
            "SUE",
            "VIERA",
            "CASANDRA",
            "SILVIA",
            "MICHAEL",
            "LUKE",
            "EMMA",
            "SARAH",
            "EVA",
        ]
        | None
    )
    company_phone_number_id: str | UUID
    metadata: Mapping[str, Any]
    cefr_level: Literal["A1", "A2", "B1", "B2", "C1", "C2"]
    background_sound: Literal["OFFICE", "OFF"]


class UpdateCandidateBody(RequestOptions, total=False):
    """Body of updateCandidate (and the per-call options)."""

    first_name: str
    last_name: str
    email: str
    phone_number: str
    gdpr_expiry_date: datetime.date | str | datetime.datetime | str
    status: Literal["UNDEFINED", "APPLIED", "IN_PROCESS", "REJECTED", "ACCEPTED"]
    job_ids: Sequence[str | UUID]
    metadata: Mapping[str, Any]
    gender: str | None


class UpdateCompanyBody(RequestOptions, total=False):
    """Body of updateCompany (and the per-call options)."""

    name: str
    description: str
    metadata: Mapping[str, Any]
    owner_email: str
    website: str
    industry: str


class UpdateJobBody(RequestOptions, total=False):
    """Body of updateJob (and the per-call options)."""

    title: str
    description: str
    required_skills: Sequence[str]
    nice_to_have_skills: Sequence[str]
    language_requirements: Sequence[Mapping[str, Any]]
    description_url: str
    work_mode: Literal["UNDEFINED", "ONSITE", "REMOTE", "HYBRID"]
    location: Mapping[str, Any]
    status: Literal["UNDEFINED", "OPEN", "CLOSED"]
    salary: Mapping[str, Any]
    metadata: Mapping[str, Any]
    job_url: str
    benefits: str
    education: Sequence[
        Literal[
            "UNDEFINED",
            "PRIMARY_EDUCATION",
            "SECONDARY_SCHOOL_STUDENT",
            "SECONDARY_WITHOUT_DIPLOMA",
            "SECONDARY_WITH_DIPLOMA",
            "POST_SECONDARY_VOCATIONAL",
            "UNIVERSITY_STUDENT",
            "BACHELOR_LEVEL",
            "MASTER_LEVEL",
            "POSTGRADUATE",
        ]
    ]
    experience: (
        Literal[
            "UNDEFINED",
            "NO_EXPERIENCE",
            "LESS_THAN_1_YEAR",
            "ONE_TO_3_YEARS",
            "THREE_TO_5_YEARS",
            "FIVE_TO_10_YEARS",
        ]
        | str
    )
    contract_type: Literal["FULL_TIME"] | str


class UpdateSourcingBody(RequestOptions, total=False):
    """Body of updateSourcing (and the per-call options)."""

    query: str
    limit: int


class UpdateWebhookBody(RequestOptions, total=False):
    """Body of updateWebhook (and the per-call options)."""

    url: str
    events: Sequence[
        Literal[
            "ANALYSIS_COMPLETED",
            "ANALYSIS_FAILED",
            "PING",
            "INTERVIEW_COMPLETED",
            "INTERVIEW_FAILED",
            "INTERVIEW_STARTED",
            "SOURCING_COMPLETED",
            "SOURCING_FAILED",
            "ENRICH_COMPLETED",
            "ENRICH_FAILED",
        ]
        | Literal[
            "analysis.completed",
            "analysis.failed",
            "ping",
            "interview.completed",
            "interview.failed",
            "interview.started",
            "sourcing.failed",
        ]
        | int
    ]
    name: str
    description: str
    headers: Sequence[Mapping[str, Any]]
    is_active: bool
