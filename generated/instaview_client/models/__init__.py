"""Contains all the data models used in inputs/outputs (each module is imported on first use, PEP 562)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent import Agent
    from .agent_create import AgentCreate
    from .agent_delete_envelope import AgentDeleteEnvelope
    from .agent_envelope import AgentEnvelope
    from .agent_flat_list import AgentFlatList
    from .agent_focus import AgentFocus
    from .agent_list_envelope import AgentListEnvelope
    from .agent_list_page import AgentListPage
    from .agent_type import AgentType
    from .agent_update import AgentUpdate
    from .analysis import Analysis
    from .analysis_completed_event_data import AnalysisCompletedEventData
    from .analysis_failed_event_data import AnalysisFailedEventData
    from .analysis_general import AnalysisGeneral
    from .analysis_pdf import AnalysisPdf
    from .analysis_pdf_envelope import AnalysisPdfEnvelope
    from .analysis_specific import AnalysisSpecific
    from .analysis_specific_pronunciation_scores import (
        AnalysisSpecificPronunciationScores,
    )
    from .api_error import ApiError
    from .api_error_details import ApiErrorDetails
    from .api_key import ApiKey
    from .api_key_create import ApiKeyCreate
    from .api_key_envelope import ApiKeyEnvelope
    from .background_sound import BackgroundSound
    from .billing_system import BillingSystem
    from .billing_usage import BillingUsage
    from .billing_usage_breakdown_by_cost_key_type_1 import (
        BillingUsageBreakdownByCostKeyType1,
    )
    from .billing_usage_envelope import BillingUsageEnvelope
    from .call_attempt import CallAttempt
    from .call_attempt_create import CallAttemptCreate
    from .call_attempt_direction import CallAttemptDirection
    from .call_attempt_invoke_result import CallAttemptInvokeResult
    from .call_attempt_reason_code import CallAttemptReasonCode
    from .call_attempt_reschedule import CallAttemptReschedule
    from .call_attempt_status import CallAttemptStatus
    from .candidate import Candidate
    from .candidate_analysis_flat_list import CandidateAnalysisFlatList
    from .candidate_analysis_list_envelope import CandidateAnalysisListEnvelope
    from .candidate_analysis_list_page import CandidateAnalysisListPage
    from .candidate_create import CandidateCreate
    from .candidate_delete_envelope import CandidateDeleteEnvelope
    from .candidate_envelope import CandidateEnvelope
    from .candidate_flat_list import CandidateFlatList
    from .candidate_interview_flat_list import CandidateInterviewFlatList
    from .candidate_interview_list_envelope import CandidateInterviewListEnvelope
    from .candidate_interview_list_page import CandidateInterviewListPage
    from .candidate_links import CandidateLinks
    from .candidate_list_envelope import CandidateListEnvelope
    from .candidate_list_page import CandidateListPage
    from .candidate_status import CandidateStatus
    from .candidate_update import CandidateUpdate
    from .cefr_level import CefrLevel
    from .company import Company
    from .company_create import CompanyCreate
    from .company_delete_result import CompanyDeleteResult
    from .company_envelope import CompanyEnvelope
    from .company_fit_rating import CompanyFitRating
    from .company_flat_list import CompanyFlatList
    from .company_list_envelope import CompanyListEnvelope
    from .company_list_envelope_data import CompanyListEnvelopeData
    from .company_location import CompanyLocation
    from .company_settings import CompanySettings
    from .company_update import CompanyUpdate
    from .company_usage import CompanyUsage
    from .contract_type import ContractType
    from .cost_key_breakdown import CostKeyBreakdown
    from .education import Education
    from .enrichment_accepted import EnrichmentAccepted
    from .enrichment_create import EnrichmentCreate
    from .enrichment_profile_result import EnrichmentProfileResult
    from .enrichment_results import EnrichmentResults
    from .error_body import ErrorBody
    from .experience import Experience
    from .interview import Interview
    from .interview_create import InterviewCreate
    from .interview_create_candidate import InterviewCreateCandidate
    from .interview_envelope import InterviewEnvelope
    from .interview_event_data import InterviewEventData
    from .interview_flat_list import InterviewFlatList
    from .interview_list_envelope import InterviewListEnvelope
    from .interview_list_envelope_data import InterviewListEnvelopeData
    from .interview_status import InterviewStatus
    from .job import Job
    from .job_create import JobCreate
    from .job_delete_envelope import JobDeleteEnvelope
    from .job_envelope import JobEnvelope
    from .job_flat_list import JobFlatList
    from .job_from_url_create import JobFromUrlCreate
    from .job_from_url_envelope import JobFromUrlEnvelope
    from .job_from_url_preview import JobFromUrlPreview
    from .job_from_url_preview_envelope import JobFromUrlPreviewEnvelope
    from .job_from_url_result import JobFromUrlResult
    from .job_list_envelope import JobListEnvelope
    from .job_list_page import JobListPage
    from .job_location import JobLocation
    from .job_preview import JobPreview
    from .job_status import JobStatus
    from .job_update import JobUpdate
    from .language import Language
    from .language_requirement import LanguageRequirement
    from .metadata import Metadata
    from .pagination import Pagination
    from .ping_event_data import PingEventData
    from .preview_accepted import PreviewAccepted
    from .preview_candidate import PreviewCandidate
    from .preview_create import PreviewCreate
    from .preview_results import PreviewResults
    from .render_html_card import RenderHtmlCard
    from .render_html_request import RenderHtmlRequest
    from .render_html_response import RenderHtmlResponse
    from .render_html_theme import RenderHtmlTheme
    from .salary import Salary
    from .salary_period import SalaryPeriod
    from .sourced_candidate import SourcedCandidate
    from .sourced_candidate_experience_item import SourcedCandidateExperienceItem
    from .sourced_candidate_rationale_item import SourcedCandidateRationaleItem
    from .sourcing_accepted import SourcingAccepted
    from .sourcing_create import SourcingCreate
    from .sourcing_results import SourcingResults
    from .sourcing_run_status import SourcingRunStatus
    from .sourcing_update import SourcingUpdate
    from .voice_id import VoiceId
    from .webhook_config import WebhookConfig
    from .webhook_create import WebhookCreate
    from .webhook_created import WebhookCreated
    from .webhook_created_envelope import WebhookCreatedEnvelope
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_data import WebhookDeliveryData
    from .webhook_envelope import WebhookEnvelope
    from .webhook_event_code import WebhookEventCode
    from .webhook_event_name import WebhookEventName
    from .webhook_event_type import WebhookEventType
    from .webhook_flat_list import WebhookFlatList
    from .webhook_header import WebhookHeader
    from .webhook_header_view import WebhookHeaderView
    from .webhook_list_envelope import WebhookListEnvelope
    from .webhook_test_result import WebhookTestResult
    from .webhook_test_result_envelope import WebhookTestResultEnvelope
    from .webhook_update import WebhookUpdate
    from .work_mode import WorkMode

_MODULES = {
    "Agent": ".agent",
    "AgentCreate": ".agent_create",
    "AgentDeleteEnvelope": ".agent_delete_envelope",
    "AgentEnvelope": ".agent_envelope",
    "AgentFlatList": ".agent_flat_list",
    "AgentFocus": ".agent_focus",
    "AgentListEnvelope": ".agent_list_envelope",
    "AgentListPage": ".agent_list_page",
    "AgentType": ".agent_type",
    "AgentUpdate": ".agent_update",
    "Analysis": ".analysis",
    "AnalysisCompletedEventData": ".analysis_completed_event_data",
    "AnalysisFailedEventData": ".analysis_failed_event_data",
    "AnalysisGeneral": ".analysis_general",
    "AnalysisPdf": ".analysis_pdf",
    "AnalysisPdfEnvelope": ".analysis_pdf_envelope",
    "AnalysisSpecific": ".analysis_specific",
    "AnalysisSpecificPronunciationScores": ".analysis_specific_pronunciation_scores",
    "ApiError": ".api_error",
    "ApiErrorDetails": ".api_error_details",
    "ApiKey": ".api_key",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyEnvelope": ".api_key_envelope",
    "BackgroundSound": ".background_sound",
    "BillingSystem": ".billing_system",
    "BillingUsage": ".billing_usage",
    "BillingUsageBreakdownByCostKeyType1": ".billing_usage_breakdown_by_cost_key_type_1",
    "BillingUsageEnvelope": ".billing_usage_envelope",
    "CallAttempt": ".call_attempt",
    "CallAttemptCreate": ".call_attempt_create",
    "CallAttemptDirection": ".call_attempt_direction",
    "CallAttemptInvokeResult": ".call_attempt_invoke_result",
    "CallAttemptReasonCode": ".call_attempt_reason_code",
    "CallAttemptReschedule": ".call_attempt_reschedule",
    "CallAttemptStatus": ".call_attempt_status",
    "Candidate": ".candidate",
    "CandidateAnalysisFlatList": ".candidate_analysis_flat_list",
    "CandidateAnalysisListEnvelope": ".candidate_analysis_list_envelope",
    "CandidateAnalysisListPage": ".candidate_analysis_list_page",
    "CandidateCreate": ".candidate_create",
    "CandidateDeleteEnvelope": ".candidate_delete_envelope",
    "CandidateEnvelope": ".candidate_envelope",
    "CandidateFlatList": ".candidate_flat_list",
    "CandidateInterviewFlatList": ".candidate_interview_flat_list",
    "CandidateInterviewListEnvelope": ".candidate_interview_list_envelope",
    "CandidateInterviewListPage": ".candidate_interview_list_page",
    "CandidateLinks": ".candidate_links",
    "CandidateListEnvelope": ".candidate_list_envelope",
    "CandidateListPage": ".candidate_list_page",
    "CandidateStatus": ".candidate_status",
    "CandidateUpdate": ".candidate_update",
    "CefrLevel": ".cefr_level",
    "Company": ".company",
    "CompanyCreate": ".company_create",
    "CompanyDeleteResult": ".company_delete_result",
    "CompanyEnvelope": ".company_envelope",
    "CompanyFitRating": ".company_fit_rating",
    "CompanyFlatList": ".company_flat_list",
    "CompanyListEnvelope": ".company_list_envelope",
    "CompanyListEnvelopeData": ".company_list_envelope_data",
    "CompanyLocation": ".company_location",
    "CompanySettings": ".company_settings",
    "CompanyUpdate": ".company_update",
    "CompanyUsage": ".company_usage",
    "ContractType": ".contract_type",
    "CostKeyBreakdown": ".cost_key_breakdown",
    "Education": ".education",
    "EnrichmentAccepted": ".enrichment_accepted",
    "EnrichmentCreate": ".enrichment_create",
    "EnrichmentProfileResult": ".enrichment_profile_result",
    "EnrichmentResults": ".enrichment_results",
    "ErrorBody": ".error_body",
    "Experience": ".experience",
    "Interview": ".interview",
    "InterviewCreate": ".interview_create",
    "InterviewCreateCandidate": ".interview_create_candidate",
    "InterviewEnvelope": ".interview_envelope",
    "InterviewEventData": ".interview_event_data",
    "InterviewFlatList": ".interview_flat_list",
    "InterviewListEnvelope": ".interview_list_envelope",
    "InterviewListEnvelopeData": ".interview_list_envelope_data",
    "InterviewStatus": ".interview_status",
    "Job": ".job",
    "JobCreate": ".job_create",
    "JobDeleteEnvelope": ".job_delete_envelope",
    "JobEnvelope": ".job_envelope",
    "JobFlatList": ".job_flat_list",
    "JobFromUrlCreate": ".job_from_url_create",
    "JobFromUrlEnvelope": ".job_from_url_envelope",
    "JobFromUrlPreview": ".job_from_url_preview",
    "JobFromUrlPreviewEnvelope": ".job_from_url_preview_envelope",
    "JobFromUrlResult": ".job_from_url_result",
    "JobListEnvelope": ".job_list_envelope",
    "JobListPage": ".job_list_page",
    "JobLocation": ".job_location",
    "JobPreview": ".job_preview",
    "JobStatus": ".job_status",
    "JobUpdate": ".job_update",
    "Language": ".language",
    "LanguageRequirement": ".language_requirement",
    "Metadata": ".metadata",
    "Pagination": ".pagination",
    "PingEventData": ".ping_event_data",
    "PreviewAccepted": ".preview_accepted",
    "PreviewCandidate": ".preview_candidate",
    "PreviewCreate": ".preview_create",
    "PreviewResults": ".preview_results",
    "RenderHtmlCard": ".render_html_card",
    "RenderHtmlRequest": ".render_html_request",
    "RenderHtmlResponse": ".render_html_response",
    "RenderHtmlTheme": ".render_html_theme",
    "Salary": ".salary",
    "SalaryPeriod": ".salary_period",
    "SourcedCandidate": ".sourced_candidate",
    "SourcedCandidateExperienceItem": ".sourced_candidate_experience_item",
    "SourcedCandidateRationaleItem": ".sourced_candidate_rationale_item",
    "SourcingAccepted": ".sourcing_accepted",
    "SourcingCreate": ".sourcing_create",
    "SourcingResults": ".sourcing_results",
    "SourcingRunStatus": ".sourcing_run_status",
    "SourcingUpdate": ".sourcing_update",
    "VoiceId": ".voice_id",
    "WebhookConfig": ".webhook_config",
    "WebhookCreate": ".webhook_create",
    "WebhookCreated": ".webhook_created",
    "WebhookCreatedEnvelope": ".webhook_created_envelope",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryData": ".webhook_delivery_data",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookEventCode": ".webhook_event_code",
    "WebhookEventName": ".webhook_event_name",
    "WebhookEventType": ".webhook_event_type",
    "WebhookFlatList": ".webhook_flat_list",
    "WebhookHeader": ".webhook_header",
    "WebhookHeaderView": ".webhook_header_view",
    "WebhookListEnvelope": ".webhook_list_envelope",
    "WebhookTestResult": ".webhook_test_result",
    "WebhookTestResultEnvelope": ".webhook_test_result_envelope",
    "WebhookUpdate": ".webhook_update",
    "WorkMode": ".work_mode",
}

__all__ = (
    "Agent",
    "AgentCreate",
    "AgentDeleteEnvelope",
    "AgentEnvelope",
    "AgentFlatList",
    "AgentFocus",
    "AgentListEnvelope",
    "AgentListPage",
    "AgentType",
    "AgentUpdate",
    "Analysis",
    "AnalysisCompletedEventData",
    "AnalysisFailedEventData",
    "AnalysisGeneral",
    "AnalysisPdf",
    "AnalysisPdfEnvelope",
    "AnalysisSpecific",
    "AnalysisSpecificPronunciationScores",
    "ApiError",
    "ApiErrorDetails",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyEnvelope",
    "BackgroundSound",
    "BillingSystem",
    "BillingUsage",
    "BillingUsageBreakdownByCostKeyType1",
    "BillingUsageEnvelope",
    "CallAttempt",
    "CallAttemptCreate",
    "CallAttemptDirection",
    "CallAttemptInvokeResult",
    "CallAttemptReasonCode",
    "CallAttemptReschedule",
    "CallAttemptStatus",
    "Candidate",
    "CandidateAnalysisFlatList",
    "CandidateAnalysisListEnvelope",
    "CandidateAnalysisListPage",
    "CandidateCreate",
    "CandidateDeleteEnvelope",
    "CandidateEnvelope",
    "CandidateFlatList",
    "CandidateInterviewFlatList",
    "CandidateInterviewListEnvelope",
    "CandidateInterviewListPage",
    "CandidateLinks",
    "CandidateListEnvelope",
    "CandidateListPage",
    "CandidateStatus",
    "CandidateUpdate",
    "CefrLevel",
    "Company",
    "CompanyCreate",
    "CompanyDeleteResult",
    "CompanyEnvelope",
    "CompanyFitRating",
    "CompanyFlatList",
    "CompanyListEnvelope",
    "CompanyListEnvelopeData",
    "CompanyLocation",
    "CompanySettings",
    "CompanyUpdate",
    "CompanyUsage",
    "ContractType",
    "CostKeyBreakdown",
    "Education",
    "EnrichmentAccepted",
    "EnrichmentCreate",
    "EnrichmentProfileResult",
    "EnrichmentResults",
    "ErrorBody",
    "Experience",
    "Interview",
    "InterviewCreate",
    "InterviewCreateCandidate",
    "InterviewEnvelope",
    "InterviewEventData",
    "InterviewFlatList",
    "InterviewListEnvelope",
    "InterviewListEnvelopeData",
    "InterviewStatus",
    "Job",
    "JobCreate",
    "JobDeleteEnvelope",
    "JobEnvelope",
    "JobFlatList",
    "JobFromUrlCreate",
    "JobFromUrlEnvelope",
    "JobFromUrlPreview",
    "JobFromUrlPreviewEnvelope",
    "JobFromUrlResult",
    "JobListEnvelope",
    "JobListPage",
    "JobLocation",
    "JobPreview",
    "JobStatus",
    "JobUpdate",
    "Language",
    "LanguageRequirement",
    "Metadata",
    "Pagination",
    "PingEventData",
    "PreviewAccepted",
    "PreviewCandidate",
    "PreviewCreate",
    "PreviewResults",
    "RenderHtmlCard",
    "RenderHtmlRequest",
    "RenderHtmlResponse",
    "RenderHtmlTheme",
    "Salary",
    "SalaryPeriod",
    "SourcedCandidate",
    "SourcedCandidateExperienceItem",
    "SourcedCandidateRationaleItem",
    "SourcingAccepted",
    "SourcingCreate",
    "SourcingResults",
    "SourcingRunStatus",
    "SourcingUpdate",
    "VoiceId",
    "WebhookConfig",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookCreatedEnvelope",
    "WebhookDelivery",
    "WebhookDeliveryData",
    "WebhookEnvelope",
    "WebhookEventCode",
    "WebhookEventName",
    "WebhookEventType",
    "WebhookFlatList",
    "WebhookHeader",
    "WebhookHeaderView",
    "WebhookListEnvelope",
    "WebhookTestResult",
    "WebhookTestResultEnvelope",
    "WebhookUpdate",
    "WorkMode",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
