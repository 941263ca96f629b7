"""Generated from openapi/instaview.yaml by openapi/gen_spec_tables.py (nox -s generate). Do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict
from uuid import UUID

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


class CreateAgentBody(TypedDict, total=False):
    """Body of createAgent."""

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


class CreateApiKeyBody(TypedDict, total=False):
    """Body of createApiKey."""

    company_id: Required[str | UUID]
    name: Required[str]
    scopes: Required[Sequence[str]]
    expires_at: datetime.datetime | str
    allowed_ips: Sequence[str]


class CreateCallAttemptBody(TypedDict, total=False):
    """Body of createCallAttempt."""

    scheduled_at: datetime.datetime | str | None


class CreateCandidateBody(TypedDict, total=False):
    """Body of createCandidate."""

    first_name: str
    last_name: str
    gdpr_expiry_date: datetime.date | str | datetime.datetime | str
    email: str
    phone_number: str
    job_id: str | UUID
    job_ids: Sequence[str | UUID]
    metadata: Mapping[str, Any]


class CreateCompanyBody(TypedDict, total=False):
    """Body of createCompany."""

    name: str
    description: str
    metadata: Mapping[str, Any]
    owner_email: str
    website: str
    industry: str


class CreateEnrichmentBody(TypedDict, total=False):
    """Body of createEnrichment."""

    profile_ids: Sequence[str]
    webhook_id: str | UUID


class CreateInterviewBody(TypedDict, total=False):
    """Body of createInterview."""

    candidate_id: str | UUID
    candidate: Any
    agent_id: str | UUID
    agent: Mapping[str, Any]
    job_id: str | UUID
    job: Mapping[str, Any]
    schedule_time: datetime.datetime | str
    is_test: bool
    metadata: Mapping[str, Any]


class CreateJobBody(TypedDict, total=False):
    """Body of createJob."""

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


class CreateJobFromUrlBody(TypedDict, total=False):
    """Body of createJobFromUrl."""

    job_url: str
    create_job: bool


class CreateSourcingBody(TypedDict, total=False):
    """Body of createSourcing."""

    title: str
    job_description: str
    location: str
    query: str
    limit: int
    webhook_id: str | UUID


class CreateSourcingPreviewBody(TypedDict, total=False):
    """Body of createSourcingPreview."""

    title: str
    job_description: str
    location: str
    query: str
    limit: int
    webhook_id: str | UUID


class CreateWebhookBody(TypedDict, total=False):
    """Body of createWebhook."""

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


class GetBillingUsageQuery(TypedDict, total=False):
    """Query arguments of getBillingUsage."""

    start: datetime.date | str
    end: datetime.date | str


class ListAgentsQuery(TypedDict, total=False):
    """Query arguments of listAgents."""

    page: int
    limit: int
    type: Literal["UNDEFINED", "ONLINE", "PHONE"]
    focus: Literal["GENERIC", "SCREENING", "OUTREACH", "LANGUAGE_TEST"]


class ListCandidateAnalysesQuery(TypedDict, total=False):
    """Query arguments of listCandidateAnalyses."""

    page: int
    limit: int


class ListCandidateInterviewsQuery(TypedDict, total=False):
    """Query arguments of listCandidateInterviews."""

    page: int
    limit: int


class ListCandidatesQuery(TypedDict, total=False):
    """Query arguments of listCandidates."""

    page: int
    limit: int
    job_id: str | UUID
    status: Literal["UNDEFINED", "APPLIED", "IN_PROCESS", "REJECTED", "ACCEPTED"]
    search: str


class ListCompaniesQuery(TypedDict, total=False):
    """Query arguments of listCompanies."""

    page: int
    limit: int
    search: str


class ListInterviewsQuery(TypedDict, total=False):
    """Query arguments of listInterviews."""

    page: int
    limit: int
    candidate_id: Required[str | UUID]
    agent_id: str | UUID
    status: Literal[
        "UNDEFINED", "SCHEDULED", "CANCELLED", "FAILED", "COMPLETED", "IN_PROGRESS"
    ]


class ListJobsQuery(TypedDict, total=False):
    """Query arguments of listJobs."""

    page: int
    limit: int
    status: Literal["UNDEFINED", "OPEN", "CLOSED"]
    search: str


class RenderSourcingHtmlBody(TypedDict, total=False):
    """Body of renderSourcingHtml."""

    profile_ids: Sequence[str]
    theme: Literal["dark", "light"]


class RescheduleCallAttemptBody(TypedDict, total=False):
    """Body of rescheduleCallAttempt."""

    scheduled_at: Required[datetime.datetime | str]


class UpdateAgentBody(TypedDict, total=False):
    """Body of updateAgent."""

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


class UpdateCandidateBody(TypedDict, total=False):
    """Body of updateCandidate."""

    first_name: str
    last_name: str
    email: str
    phone_number: str
    gdpr_expiry_date: datetime.date | str | datetime.datetime | str
    status: Literal["UNDEFINED", "APPLIED", "IN_PROCESS", "REJECTED", "ACCEPTED"]
    job_ids: Sequence[str | UUID]
    metadata: Mapping[str, Any]
    gender: str | None


class UpdateCompanyBody(TypedDict, total=False):
    """Body of updateCompany."""

    name: str
    description: str
    metadata: Mapping[str, Any]
    owner_email: str
    website: str
    industry: str


class UpdateJobBody(TypedDict, total=False):
    """Body of updateJob."""

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


class UpdateSourcingBody(TypedDict, total=False):
    """Body of updateSourcing."""

    query: str
    limit: int


class UpdateWebhookBody(TypedDict, total=False):
    """Body of updateWebhook."""

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
