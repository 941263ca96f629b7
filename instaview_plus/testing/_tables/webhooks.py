"""Webhook configurations and deliveries: the fake's declared behaviour for their operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Event, Request, Status, Table, never, rule, stored

__all__ = ["TABLE"]

_CREATED = "the fake answers 201 Created"
_OK = "the fake answers 200 OK"
_HEADERS = rule("sent with every delivery; answers name them with the value masked")
_URL = Request("stored", "https, or http to a loopback host (a receiver on the test machine); else 400")
_EVENT_IDS = ("candidateId", "interviewId", "jobId")
_CONFIG = (
    "apiKeyId", "circuitOpenedAt", "companyId", "consecutiveFailures", "createdAt", "description", "events",
    "headers", "id", "isActive", "maxRetries", "name", "timeoutMs", "updatedAt", "url",
)  # fmt: skip

TABLE = Table(
    request={
        "createWebhook": {
            **{n: stored() for n in ("companyId", "description", "events", "name")},
            "url": _URL,
            "headers": _HEADERS,
        },
        "updateWebhook": {
            **{n: stored() for n in ("description", "events", "isActive", "name")},
            "url": _URL,
            "headers": _HEADERS,
        },
    },
    statuses={
        "listWebhooks": {"200": (Status(200, "ok"),)},
        "createWebhook": {
            "200": (never(200, _CREATED),),
            "201": (Status(201, "ok"),),
            "400": (Status(400, "http URL to a non-loopback host", "VALIDATION_ERROR"),),
        },
        "getWebhook": {"200": (Status(200, "ok"),)},
        "updateWebhook": {"200": (Status(200, "ok"),)},
        "deleteWebhook": {"204": (Status(204, "ok"),)},
        "testWebhook": {"200": (Status(200, "ok"),), "201": (never(201, _OK),)},
        "resetWebhookCircuit": {"200": (Status(200, "ok"),), "201": (never(201, _OK),)},
    },
    fields={
        "WebhookConfig": dict.fromkeys(_CONFIG, ALWAYS),
        "WebhookCreated": dict.fromkeys(("events", "id", "isActive", "signingSecret", "url"), ALWAYS),
        "WebhookHeaderView": {"isMasked": ALWAYS, "name": ALWAYS},
        "WebhookFlatList": {"data": ALWAYS, "total": ALWAYS},
        "WebhookTestResult": dict.fromkeys(
            ("deliveryId", "durationMs", "httpStatus", "message", "success"), ALWAYS
        ),
        "WebhookDelivery": dict.fromkeys(("data", "deliveryId", "event", "timestamp"), ALWAYS),
        "WebhookDeliveryData": {
            **dict.fromkeys(("callAttemptId", "candidateId", "interviewId", "jobId", "status"), ALWAYS),
            "analysisPdfBase64": "COMPLETED",
            "error": "FAILED",
        },
        "webhook": {"data": ALWAYS},  # the per-event payload schema's own `data` (spec `webhooks:`)
        "InterviewEventData": {
            **dict.fromkeys(("callAttemptId", *_EVENT_IDS, "status"), ALWAYS),
            "error": "FAILED",
        },
        "AnalysisCompletedEventData": {
            **dict.fromkeys(_EVENT_IDS, ALWAYS),
            "analysis": "COMPLETED",
            "analysisPdfBase64": "COMPLETED",
        },
        "AnalysisFailedEventData": {**dict.fromkeys(_EVENT_IDS, ALWAYS), "error": "analysis failed"},
        "PingEventData": {"message": ALWAYS, "webhookId": ALWAYS},
    },
    events={"PING": Event("POST /webhooks/{id}/test")},
)
