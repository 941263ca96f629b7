"""The spec itself: valid OpenAPI, the 48 documented operations, one tag each, decisions marked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openapi_spec_validator import validate

from .examples import ROOT, load_spec

SPEC = load_spec()
EXPECTED = {
    "jobs": ["listJobs", "createJob", "createJobFromUrl", "getJob", "updateJob", "deleteJob"],
    "candidates": [
        "listCandidates", "createCandidate", "getCandidate", "updateCandidate", "deleteCandidate",
        "listCandidateAnalyses", "listCandidateInterviews",
    ],
    "agents": ["listAgents", "createAgent", "getAgent", "updateAgent", "deleteAgent"],
    "interviews": ["createInterview", "listInterviews", "getInterview", "deleteInterview", "getInterviewAnalysisPdf"],
    "call-attempts": ["createCallAttempt", "rescheduleCallAttempt", "deleteCallAttempt"],
    "companies": ["createCompany", "listCompanies", "getCompany", "updateCompany", "deleteCompany"],
    "billing": ["getBillingUsage"],
    "webhooks": [
        "listWebhooks", "createWebhook", "getWebhook", "updateWebhook", "deleteWebhook", "testWebhook",
        "resetWebhookCircuit",
    ],
    "api-keys": ["createApiKey"],
    "sourcing": [
        "createSourcing", "updateSourcing", "getSourcingResults", "createEnrichment", "getEnrichmentResults",
        "createSourcingPreview", "getSourcingPreviewResults", "renderSourcingHtml",
    ],
}  # fmt: skip


def _operations() -> list[dict[str, object]]:
    return [op for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)]


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_the_48_documented_operations_each_with_one_tag() -> None:
    ops = _operations()
    found = {str(op["operationId"]): op["tags"] for op in ops}
    assert len(ops) == 48
    assert Counter(str(op["operationId"]) for op in ops) == Counter(
        n for names in EXPECTED.values() for n in names
    )
    for tag, names in EXPECTED.items():
        for name in names:
            assert found[name] == [tag], name


def test_servers_security_and_rate_limit_headers() -> None:
    assert SPEC["servers"] == [{"url": "https://api.instaview.sk"}]
    assert SPEC["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    headers = SPEC["components"]["responses"]["TooManyRequests"]["headers"]
    assert {"Retry-After", "X-RateLimit-Remaining-Minute", "X-RateLimit-Reset-Hour"} <= set(headers)


def test_every_operation_documents_errors() -> None:
    for op in _operations():
        codes = set(op["responses"])  # type: ignore[call-overload]
        assert {"400", "401", "429"} <= codes, op["operationId"]
        assert any(c.startswith("2") for c in codes), op["operationId"]


def test_inferred_decisions_are_written_down() -> None:
    text = (ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8")
    notes = (ROOT / "openapi" / "NOTES.md").read_text(encoding="utf-8")
    assert text.count("x-inferred: true") >= 100
    assert notes.count("\n- **") >= 100


def test_generated_package_has_py_typed() -> None:
    assert (ROOT / "generated" / "instaview_client" / "py.typed").exists()
    assert Path(ROOT / "generated" / "instaview_spec" / "py.typed").exists()
