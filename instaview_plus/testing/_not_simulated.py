"""What the fake deliberately does not simulate, each with its reason (read by ``tests/test_completeness.py``).

The completeness test derives every operation, request field, response property and webhook event from the
spec and fails, naming it, when the fake neither emits nor uses it; an entry here is the written-down
exception. Keys: ``"Schema.property"`` for a property of a named component schema, ``"operationId.query.name"``
/ ``"operationId.body.name"`` for a field declared inline in an operation, an UPPER_SNAKE event type for a
webhook event.
"""

from __future__ import annotations

__all__ = ["NOT_EMITTED", "NOT_USED"]

# Response properties (and webhook events) the fake never sends, and why.
NOT_EMITTED: dict[str, str] = {}

# Request fields (query parameters, body properties) the fake neither stores nor acts on, and why.
NOT_USED: dict[str, str] = {
    "SourcingCreate.jobDescription": "free text for the vendor's matching model; the fake's candidates are"
    " drawn from a fixed pool whatever the description says",
    "PreviewCreate.jobDescription": "as for SourcingCreate.jobDescription",
}
