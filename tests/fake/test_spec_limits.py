"""Every request limit of the spec, read from ``instaview_plus._generated.spec.operations``: a request at the limit is accepted
and one just over it answers the documented 400, naming the field, with nothing stored.

The cases are derived from the compiled tables (maxLength, minLength, maximum, minimum, maxItems, minItems,
pattern, closed enums, formats), so a limit added to ``openapi/instaview.yaml`` is tested here after
``nox -s generate``. Each operation has one valid base request below; a case changes one field of it.
Open enums (``anyOf [Enum, string]``, e.g. ``experience``) have no "over" and are skipped by construction.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fake_helpers import make_agent, make_candidate, make_job

from instaview_plus._generated.spec.operations import OPERATIONS
from instaview_plus.testing import FakeInstaView

PHONE_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
_JOB = {"title": "Senior Engineer", "description": "Build and run things well.", "status": "OPEN"}
_CANDIDATE = {
    "firstName": "Jane",
    "lastName": "Doe",
    "email": "jane@example.com",
    "gdprExpiryDate": "2027-05-01",
}
_AGENT = {"name": "Screener", "type": "ONLINE", "focus": "GENERIC", "language": "EN", "duration": 30}
_RUN = {"title": "Backend engineers", "jobDescription": "Node.js fintech", "location": "SF", "limit": 3}
# One valid body per operation under test ("{job}" etc. are filled from the fixtures of each test).
BASES: dict[str, dict[str, Any]] = {
    "createJob": _JOB,
    "updateJob": {},
    "createJobFromUrl": {"jobUrl": "https://jobs.example.com/backend-engineer"},
    "createCandidate": _CANDIDATE,
    "updateCandidate": {},
    "createAgent": _AGENT,
    "updateAgent": {},
    "createInterview": {"candidate": _CANDIDATE, "agent": _AGENT, "job": _JOB},
    "createCompany": {"name": "Client A"},
    "updateCompany": {},
    "createWebhook": {"url": "https://hooks.example.com/iv", "events": ["PING"]},
    "updateWebhook": {},
    "createSourcing": _RUN,
    "createSourcingPreview": _RUN,
    "updateSourcing": {"limit": 2},
    "createEnrichment": {"profileIds": ["p1"]},
    "renderSourcingHtml": {"profileIds": ["p1"]},
    "createCallAttempt": {},
    "rescheduleCallAttempt": {"scheduledAt": "2026-05-04T13:00:00Z"},
}
QUERY_OPS = ["listJobs", "listCandidates", "listAgents", "listInterviews", "listCompanies", "getBillingUsage"]
# A valid item for arrays of objects, and values a limit alone cannot produce (existing ids, a PHONE agent's number).
ITEMS: dict[str, Any] = {"headers": {"name": "X-A", "value": "1"}, "languageRequirements": {}}
VALID = {
    "jobId": "{job}",
    "jobIds": "{job}",
    "candidateId": "{candidate}",
    "agentId": "{agent}",
    "webhookId": "{webhook}",
    "companyId": "{company}",
    "companyPhoneNumberId": PHONE_ID,
    "scheduleTime": "2026-05-04T13:00:00Z",
    "scheduledAt": "2026-05-04T13:00:00Z",
    "gdprExpiryDate": "2027-05-01",
    "start": "2026-05-01",
    "end": "2026-05-04",
}
# Ids that must name a record of their own kind; inline-object siblings make the "ok" side another rule's case.
SKIP_OK = {("createInterview", "candidateId"), ("createInterview", "agentId"), ("createInterview", "jobId")}
SKIP = {
    (
        "createInterview",
        "candidate.jobIds",
    ),  # the inline candidate's jobIds: a job-resolution rule, not a limit
    ("createInterview", "candidate.jobIds[0]"),
    ("createInterview", "candidate.jobId"),
    ("listInterviews", "companyId"),
}


def _label(parts: list[str]) -> str:
    out = ""
    for part in parts:
        out += "[0]" if part == "[]" else (part if not out else f".{part}")
    return out


def _string(n: int, schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "uri":
        return "https://e.io/" + "a" * (n - len("https://e.io/"))
    if fmt == "email":
        return "a" * (n - len("@e.io")) + "@e.io"
    return "a" * n


def _item(schema: dict[str, Any], name: str, i: int) -> Any:
    if name in ITEMS:
        return copy.deepcopy(ITEMS[name])
    if schema.get("format") == "uuid":
        return "{jobs[" + str(i) + "]}"
    if "enum" in schema:
        return schema["enum"][i % len(schema["enum"])]
    return f"s{i}"


def _closed_enum(schema: dict[str, Any]) -> list[Any] | None:
    """The values of a closed enum (also an anyOf of closed enums and null), else None."""
    if "enum" in schema:
        return list(schema["enum"])
    branches = schema.get("anyOf") or schema.get("oneOf")
    if not branches:
        return None
    values: list[Any] = []
    for branch in branches:
        if branch.get("type") == "null":
            continue
        if "enum" not in branch:
            return None
        values += branch["enum"]
    return values


def cases(op_id: str, schema: dict[str, Any], parts: list[str]) -> Iterator[tuple[list[str], str, Any, Any]]:
    """(path, limit, accepted value, refused value) for every limit under ``schema``."""
    name = next((p for p in reversed(parts) if p != "[]"), "")
    values = _closed_enum(schema)
    if values is not None and parts:
        yield parts, "enum", values[0], "NOT_A_VALUE"
    if schema.get("type") == "string" or "string" in (schema.get("type") or []):
        if "maxLength" in schema:
            hi = schema["maxLength"]
            yield parts, f"maxLength={hi}", _string(hi, schema), _string(hi + 1, schema)
        if schema.get("minLength", 0) > 0:
            lo = schema["minLength"]
            yield parts, f"minLength={lo}", "a" * lo, "a" * (lo - 1)
        if "pattern" in schema:  # the only pattern is E.164: + and 2 to 15 digits
            yield parts, "pattern", "+1" + "0" * 14, "+1" + "0" * 15
        fmt = schema.get("format")
        if fmt in ("uuid", "date", "date-time", "email", "uri"):
            ok = VALID.get(name, str(uuid.UUID(int=1)) if fmt == "uuid" else None)
            if fmt == "email":
                ok = "o@a.io"
            if fmt == "uri":
                ok = "https://e.io/x"
            bad = {"date": "2027-02-30", "date-time": "2026-05-04 13:00"}.get(fmt, "not valid")
            yield parts, f"format={fmt}", ok, bad
    if schema.get("type") == "integer":
        if "maximum" in schema:
            yield parts, f"maximum={schema['maximum']}", schema["maximum"], schema["maximum"] + 1
        if "minimum" in schema:
            yield parts, f"minimum={schema['minimum']}", schema["minimum"], schema["minimum"] - 1
    if schema.get("type") == "array":
        items = schema.get("items") or {}
        if "maxItems" in schema:
            hi = schema["maxItems"]
            many = [_item(items, name, i) for i in range(hi + 1)]
            yield parts, f"maxItems={hi}", many[:hi], many
        if schema.get("minItems", 0) > 0:
            lo = schema["minItems"]
            yield parts, f"minItems={lo}", [_item(items, name, i) for i in range(lo)], []
        yield from cases(op_id, items, [*parts, "[]"])
    for prop, sub in (schema.get("properties") or {}).items():
        yield from cases(op_id, sub, [*parts, prop])


def _all_cases() -> Iterator[Any]:
    for op_id in [*BASES, *QUERY_OPS]:
        op = OPERATIONS[op_id]
        found = []
        if op_id in BASES:
            found += [("body", *c) for c in cases(op_id, op["body"], [])]
        for qname, qschema in op["query"].items():
            found += [("query", *c) for c in cases(op_id, qschema, [qname])]
        for where, parts, limit, ok, bad in found:
            label = _label(parts)
            if (op_id, label) in SKIP or (where == "query" and parts[0] == "companyId"):
                continue
            yield pytest.param(op_id, where, parts, ok, bad, id=f"{op_id}:{label}:{limit}")


def _fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        key = value[1:-1]
        if key.startswith("jobs["):
            return ids["jobs"][int(key[5:-1])]
        return ids[key]
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def _set(body: dict[str, Any], parts: list[str], value: Any) -> None:
    """Set the field at ``parts``; ``[]`` means the first item of a one-item array."""
    node: Any = body
    for i, part in enumerate(parts[:-1]):
        if part == "[]":
            continue
        if parts[i + 1] != "[]":
            node = node.setdefault(part, {})
        elif i + 2 == len(parts):
            node[part] = [value]
            return
        else:
            item = copy.deepcopy(ITEMS.get(part, {}))
            node[part] = [item]
            node = item
    node[parts[-1]] = value


class _Jobs:
    """Job ids made on first use (only the item-count cases of ``jobIds`` need 51 of them)."""

    def __init__(self, http: httpx.Client) -> None:
        self.http, self.ids = http, []

    def __getitem__(self, index: int) -> str:
        while len(self.ids) <= index:
            self.ids.append(make_job(self.http))
        return self.ids[index]


@pytest.fixture
def world(fake: FakeInstaView, http: httpx.Client) -> dict[str, Any]:
    """Records the bases refer to, and the URL of each operation under test."""
    job = make_job(http)
    cand = make_candidate(http, [job])
    agent = make_agent(http, focus="GENERIC")
    phone = make_agent(http, type="PHONE", companyPhoneNumberId=PHONE_ID)
    webhook = http.post(
        "/webhooks",
        json={"url": "https://h.example.com", "events": ["PING", "SOURCING_COMPLETED", "ENRICH_COMPLETED"]},
    ).json()["data"]["id"]
    iv = http.post(
        "/interviews", json={"candidateId": cand, "agentId": phone, "scheduleTime": "2026-05-04T12:00:00Z"}
    ).json()["data"]
    run = http.post("/sourcing", json=_RUN).json()["requestId"]
    fake.sourcing.finish(fake.state.sourcing_runs[run], fake.clock.now())
    jobs = _Jobs(http)
    fake.add_api_key("sk_live_ats", ats=True)
    child = fake.add_company("Child", ats_key="sk_live_ats")
    return {
        "job": job,
        "candidate": cand,
        "agent": agent,
        "webhook": webhook,
        "company": fake.default_company.id,
        "jobs": jobs,
        "urls": {
            "updateJob": f"/jobs/{job}",
            "updateCandidate": f"/candidates/{cand}",
            "updateAgent": f"/agents/{agent}",
            "updateWebhook": f"/webhooks/{webhook}",
            "updateSourcing": f"/sourcing/{run}",
            "createCallAttempt": f"/interviews/{iv['id']}/call-attempts",
            "rescheduleCallAttempt": f"/interviews/{iv['id']}/call-attempts/{iv['callAttempts'][0]['id']}",
            "updateCompany": f"/company/{child.id}",
        },
    }


def _send(
    fake: FakeInstaView, world: dict[str, Any], op_id: str, where: str, parts: list[str], value: Any
) -> httpx.Response:
    op = OPERATIONS[op_id]
    url = world["urls"].get(op_id, op["path"])
    headers = {"Authorization": "Bearer sk_test_fake"}
    if op_id in ("createCompany", "updateCompany"):
        headers = {"Authorization": "Bearer sk_live_ats"}
    params: dict[str, Any] = {"candidateId": world["candidate"]} if op_id == "listInterviews" else {}
    body = copy.deepcopy(BASES.get(op_id))
    if where == "body":
        assert body is not None
        _set(body, parts, _fill(value, world))
    else:
        params[parts[0]] = _fill(value, world)
    with fake.http_client(headers=headers) as http:
        return http.request(op["method"], url, params=params, json=_fill(body, world))


def _counts(fake: FakeInstaView) -> dict[str, int]:
    s = fake.state
    tables = (s.jobs, s.candidates, s.agents, s.interviews, s.companies, s.webhooks, s.sourcing_runs)
    return {str(i): len(t) for i, t in enumerate(tables)}


@pytest.mark.contract_exempt(
    "sends a value just over each spec limit on purpose: the fake's 400", check="request"
)
@pytest.mark.parametrize(("op_id", "where", "parts", "ok", "bad"), list(_all_cases()))
def test_limit(
    fake: FakeInstaView, world: dict[str, Any], op_id: str, where: str, parts: list[str], ok: Any, bad: Any
) -> None:
    ok, bad = _fill(ok, world), _fill(bad, world)  # makes the jobs a case refers to before counting
    before = _counts(fake)
    r = _send(fake, world, op_id, where, parts, bad)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert error["details"]["field"] == _label(parts), error
    assert _counts(fake) == before  # nothing stored by a refused request
    if (op_id, _label(parts)) in SKIP_OK:
        return
    r = _send(fake, world, op_id, where, parts, ok)
    assert r.status_code in OPERATIONS[op_id]["success"], r.text


def test_every_limit_of_the_chosen_operations_has_a_case() -> None:
    """The table drives the cases: the derived ids name each limit once, and no operation is without one."""
    ids = [p.id for p in _all_cases()]
    assert len(ids) == len(set(ids))
    for op_id in [*BASES, *QUERY_OPS]:
        has_limits = any(True for _ in cases(op_id, OPERATIONS[op_id]["body"] or {}, []))
        has_limits = has_limits or bool(OPERATIONS[op_id]["query"])
        if has_limits:
            assert any(i.startswith(op_id + ":") for i in ids), op_id
