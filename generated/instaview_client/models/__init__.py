"""Contains all the data models used in inputs/outputs"""

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
from .analysis_general import AnalysisGeneral
from .analysis_pdf import AnalysisPdf
from .analysis_pdf_envelope import AnalysisPdfEnvelope
from .analysis_specific import AnalysisSpecific
from .analysis_specific_pronunciation_scores import AnalysisSpecificPronunciationScores
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
