"""Generated from openapi/instaview.yaml by openapi/gen_spec_tables.py (nox -s generate). Do not edit."""

from typing import Any

# UPPER_SNAKE event type -> its dotted label (a delivery's `event`), numeric code, payload and data schemas.
EVENTS: dict[str, dict[str, Any]] = {
    "ANALYSIS_COMPLETED": {
        "label": "analysis.completed",
        "code": 0,
        "payload": "WebhookDelivery",
        "data": "AnalysisCompletedEventData",
    },
    "ANALYSIS_FAILED": {
        "label": "analysis.failed",
        "code": 1,
        "payload": "WebhookDelivery",
        "data": "AnalysisFailedEventData",
    },
    "PING": {
        "label": "ping",
        "code": 2,
        "payload": "WebhookDelivery",
        "data": "PingEventData",
    },
    "INTERVIEW_COMPLETED": {
        "label": "interview.completed",
        "code": 3,
        "payload": "WebhookDelivery",
        "data": "InterviewEventData",
    },
    "INTERVIEW_FAILED": {
        "label": "interview.failed",
        "code": 4,
        "payload": "WebhookDelivery",
        "data": "InterviewEventData",
    },
    "INTERVIEW_STARTED": {
        "label": "interview.started",
        "code": 5,
        "payload": "WebhookDelivery",
        "data": "InterviewEventData",
    },
    "SOURCING_COMPLETED": {
        "label": "sourcing.completed",
        "code": None,
        "payload": "WebhookDelivery",
        "data": "SourcingResults",
    },
    "SOURCING_FAILED": {
        "label": "sourcing.failed",
        "code": None,
        "payload": "WebhookDelivery",
        "data": "SourcingResults",
    },
    "ENRICH_COMPLETED": {
        "label": "enrich.completed",
        "code": None,
        "payload": "WebhookDelivery",
        "data": "EnrichmentResults",
    },
    "ENRICH_FAILED": {
        "label": "enrich.failed",
        "code": None,
        "payload": "WebhookDelivery",
        "data": "EnrichmentResults",
    },
}

EVENT_CODES: dict[int, str] = {
    0: "ANALYSIS_COMPLETED",
    1: "ANALYSIS_FAILED",
    2: "PING",
    3: "INTERVIEW_COMPLETED",
    4: "INTERVIEW_FAILED",
    5: "INTERVIEW_STARTED",
}

EVENT_LABELS: dict[str, str] = {
    "ANALYSIS_COMPLETED": "analysis.completed",
    "ANALYSIS_FAILED": "analysis.failed",
    "PING": "ping",
    "INTERVIEW_COMPLETED": "interview.completed",
    "INTERVIEW_FAILED": "interview.failed",
    "INTERVIEW_STARTED": "interview.started",
    "SOURCING_COMPLETED": "sourcing.completed",
    "SOURCING_FAILED": "sourcing.failed",
    "ENRICH_COMPLETED": "enrich.completed",
    "ENRICH_FAILED": "enrich.failed",
}
