"""Exercise every entry of the fake's behaviour tables against a fake (``instaview_plus.testing._tables``).

Each ``check_*`` function runs the fake over HTTP and returns the entries it found broken, each naming its
operation (or schema) and element, so a test asserts an empty list and a mutation test asserts a named one:

- ``check_filters``: per list filter, two records, one matching and one not; the list answers only the first;
- ``check_stored``: per stored request field, the value sent comes back in the operation's answer;
- ``check_statuses``: per documented status the fake gives, the state that provokes it gives it (and its code);
- ``behaviour_scenario.check_fields`` / ``check_events``: per response field and event, a scenario drives every
  resource through its lifecycle and the field is in some answer (or delivery) of its schema captured in the
  declared state, the event delivered in its step.

The request bodies and the states are the only things written here by hand: ``BODIES`` holds a valid body per
operation with every stored field, ``PROVOKE`` a way to reach each ``Status.when``; an entry with neither
fails by name, so a new table entry cannot go unexercised.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml

from instaview_plus._generated.spec.operations import ENUMS, OPERATIONS
from instaview_plus.testing import FakeInstaView
from instaview_plus.testing._tables import COMMON, TABLES, Table, merged

__all__ = [
    "BODIES",
    "MISSING",
    "World",
    "check_common_statuses",
    "check_filters",
    "check_statuses",
    "check_stored",
    "ids_for",
    "key_for",
    "merged",
    "spec",
    "value_at",
]

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk_test_behaviour"
ATS = "sk_test_behaviour_ats"
ADMIN = "admin_behaviour"


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))


# --- a fake and a client that records every answer with the lifecycle state it was taken in ----------------


class World:
    """A fake, an HTTP client on it, and every answer and delivery captured with the current ``phase``."""

    def __init__(self) -> None:
        self.fake = FakeInstaView(rate_limit_per_minute=10**6, rate_limit_per_hour=10**7)
        self.fake.call_window = None
        self.fake.add_api_key(ATS, ats=True)
        self.http = self.fake.http_client()
        self.phase = "created"
        self.answers: list[tuple[str, int, Any, str]] = []  # (operationId, status, JSON, phase)
        self.deliveries: list[tuple[dict[str, Any], str]] = []
        self.fake.on_webhook(self._delivered)

    def _delivered(self, url: str, headers: dict[str, str], body: bytes) -> None:
        self.deliveries.append((json.loads(body), self.phase))

    def call(
        self,
        op_id: str,
        ids: Mapping[str, str] | None = None,
        body: Any = None,
        query: Mapping[str, Any] | None = None,
        key: str = KEY,
    ) -> httpx.Response:
        """Send ``op_id`` with path ``ids`` (``id``, ``attemptId``), ``body`` and ``query``."""
        op = OPERATIONS[op_id]
        path = op["path"]
        for name, value in (ids or {}).items():
            path = path.replace("{" + name + "}", value)
        has_body = op["method"] in ("POST", "PATCH", "PUT")
        answer = self.http.request(
            op["method"],
            path,
            json=(body if body is not None else {}) if has_body else None,
            params=dict(query or {}),
            headers={"Authorization": f"Bearer {key}"},
        )
        content = answer.json() if answer.content else None
        self.answers.append((op_id, answer.status_code, content, self.phase))
        return answer

    def data(self, op_id: str, **kwargs: Any) -> Any:
        """``call``, asserting a 2xx, and the answer's ``data`` (or the whole flat answer)."""
        answer = self.call(op_id, **kwargs)
        assert answer.is_success, f"{op_id}: {answer.status_code} {answer.text[:300]}"
        content = answer.json()
        return content["data"] if isinstance(content, dict) and "timestamp" in content else content

    # -- records ----------------------------------------------------------------------------------------
    def job(self) -> str:
        return str(self.data("createJob", body=BODIES["createJob"]())["id"])

    def candidate(self, job_ids: list[str] | None = None) -> str:
        body = {"firstName": "Ada", "lastName": "Lovelace", "phoneNumber": "+421900111222"}
        return str(self.data("createCandidate", body={**body, "jobIds": job_ids or [self.job()]})["id"])

    def agent(self, kind: str = "ONLINE") -> str:
        body: dict[str, Any] = {"name": "Screener", "type": kind, "focus": "SCREENING"}
        if kind == "PHONE":
            body["companyPhoneNumberId"] = "7f0c2a4e-1b7d-4c55-9a8e-3d6f1c2b9a10"
        return str(self.data("createAgent", body=body)["id"])

    def interview(
        self, kind: str = "ONLINE", *, is_test: bool = False, later: bool = False
    ) -> dict[str, Any]:
        """An interview starting now (the next request dials a PHONE one), or in two days when ``later``."""
        body: dict[str, Any] = {
            "candidateId": self.candidate(),
            "agentId": self.agent(kind),
            "isTest": is_test,
        }
        if later:
            body["scheduleTime"] = _soon(self)
        return dict(self.data("createInterview", body=body))

    def in_progress(self) -> dict[str, Any]:
        """A PHONE interview whose call is running (advance by a second: the call dials, lasts minutes)."""
        interview = self.interview("PHONE")
        self.fake.advance(seconds=1)
        return dict(self.data("getInterview", ids={"id": interview["id"]}))

    def webhook(self, *events: str) -> str:
        body = {"url": "https://hooks.example.com/x", "events": list(events) or ["ping"]}
        return str(self.data("createWebhook", body=body)["id"])

    def company(self, name: str = "Initech") -> str:
        return str(self.data("createCompany", body={"name": name}, key=ATS)["id"])

    def run(
        self, kind: str = "sourcing", webhook: str | None = None, profiles: list[str] | None = None
    ) -> str:
        op = {"sourcing": "createSourcing", "preview": "createSourcingPreview", "enrich": "createEnrichment"}
        body: dict[str, Any] = {"query": "backend engineer", "limit": 2}
        if kind == "enrich":
            body = {"profileIds": profiles or ["p1"]}
        if webhook is not None:
            body["webhookId"] = webhook
        return str(self.data(op[kind], body=body)["requestId"])

    def finished_run(self, kind: str = "sourcing") -> str:
        run = self.run(kind)
        self.fake.advance(seconds=61)
        return run


def _future(days: int = 3) -> str:
    return f"2099-01-{days:02d}"


def _soon(world: World) -> str:
    """Two days ahead in the fake's time, as an ISO 8601 timestamp."""
    return (world.fake.clock.now() + timedelta(days=2)).replace(microsecond=0).isoformat()


# operationId -> a valid body (or several) holding every field its table marks stored, given the world
BODIES: dict[str, Callable[..., Any]] = {
    "createJob": lambda *_: {
        "title": "Backend Engineer",
        "description": "Build the APIs of the hiring platform.",
        "status": "OPEN",
        "jobUrl": "https://jobs.example.com/backend-engineer",
        "benefits": "Remote budget",
        "requiredSkills": ["Python"],
        "niceToHaveSkills": ["Go"],
        "languageRequirements": [{"language": "EN", "proficiency": "C1"}],
        "education": [ENUMS.get("Education", ["UNDEFINED", "MASTER_LEVEL"])[-1]],
        "experience": "ONE_TO_3_YEARS",
        "contractType": "FULL_TIME",
        "location": {
            "workMode": "REMOTE",
            "street": "Main 1",
            "city": "Bratislava",
            "postalCode": "81101",
            "countryCode": "SK",
        },
        "salary": {"min": 50000, "max": 70000, "currency": "EUR", "period": "YEARLY"},
        "metadata": {"team": "core"},
    },
    "updateJob": lambda *_: [
        {**BODIES["createJob"](), "title": "Senior Backend Engineer", "status": "CLOSED"},
        {"descriptionUrl": "https://jobs.example.com/senior", "workMode": "HYBRID"},
    ],
    "createJobFromUrl": lambda *_: {
        "jobUrl": "https://jobs.example.com/platform-engineer",
        "createJob": True,
    },
    "createCandidate": lambda w: {
        "firstName": "Grace",
        "lastName": "Hopper",
        "email": "grace@example.com",
        "phoneNumber": "+421900222333",
        "gdprExpiryDate": _future(),
        "metadata": {"source": "referral"},
        "jobIds": [w.job()],
    },
    "createCandidate:jobId": lambda w: {
        "firstName": "Ada",
        "lastName": "Solo",
        "email": "solo@example.com",
        "jobId": w.job(),
    },
    "updateCandidate": lambda w: {
        "firstName": "Grace B.",
        "lastName": "Hopper",
        "email": "grace.hopper@example.com",
        "phoneNumber": "+421900333444",
        "gdprExpiryDate": _future(5),
        "status": "IN_PROCESS",
        "gender": "female",
        "metadata": {"source": "fair"},
        "jobIds": [w.job()],
    },
    "createAgent": lambda *_: {
        "name": "Phone screener",
        "type": "PHONE",
        "focus": "SCREENING",
        "language": "EN",
        "duration": 20,
        "questions": ["Why us?"],
        "instructions": "Be kind.",
        "voiceId": "ALEX",
        "companyPhoneNumberId": "7f0c2a4e-1b7d-4c55-9a8e-3d6f1c2b9a10",
        "metadata": {"team": "core"},
        "cefrLevel": "B2",
        "backgroundSound": "OFF",
    },
    "updateAgent": lambda *_: {**BODIES["createAgent"](), "name": "Online screener", "type": "ONLINE"},
    "createInterview": lambda w: {
        "candidateId": (cand := w.candidate()),
        "agentId": w.agent(),
        "jobId": w.data("getCandidate", ids={"id": cand})["jobIds"][0],
        "metadata": {"round": "1"},
        "isTest": False,
        "scheduleTime": _soon(w),
    },
    "createCompany": lambda *_: {
        "name": "Umbrella Corp",
        "description": "Hiring widely",
        "ownerEmail": "owner@umbrella.example",
        "metadata": {"tier": "gold"},
        "website": "https://umbrella.example",
        "industry": "Pharma",
    },
    "updateCompany": lambda *_: {**BODIES["createCompany"](), "name": "Umbrella Corporation"},
    "createApiKey": lambda w: {
        "companyId": w.fake.default_company.id,
        "name": "CI key",
        "scopes": ["read:jobs"],
        "expiresAt": "2099-01-01T00:00:00Z",
        "allowedIPs": ["10.0.0.1"],
    },
    "createWebhook": lambda w: {
        "url": "https://hooks.example.com/instaview",
        "events": ["ping", "interview.completed"],
        "name": "main",
        "description": "all events",
        "companyId": w.fake.default_company.id,
        "headers": [{"name": "X-Team", "value": "core"}],
    },
    "updateWebhook": lambda *_: {
        "url": "https://hooks.example.com/v2",
        "events": ["ping"],
        "name": "renamed",
        "description": "only pings",
        "isActive": False,
        "headers": [{"name": "X-Team", "value": "edge"}],
    },
    "createSourcing": lambda w: {
        "query": "backend",
        "limit": 2,
        "webhookId": w.webhook("SOURCING_COMPLETED"),
    },
    "createSourcingPreview": lambda w: {
        "query": "backend",
        "limit": 2,
        "webhookId": w.webhook("SOURCING_COMPLETED"),
    },
    "createEnrichment": lambda w: {"profileIds": ["p1"], "webhookId": w.webhook("ENRICH_COMPLETED")},
}


def ids_for(world: World, op_id: str) -> dict[str, str]:
    """Path ids of an existing record for ``op_id`` (the resource its path names)."""
    path = OPERATIONS[op_id]["path"]
    if "{id}" not in path:
        return {}
    if path.startswith("/jobs"):
        return {"id": world.job()}
    if path.startswith("/candidates"):
        return {"id": world.candidate()}
    if path.startswith("/agents"):
        return {"id": world.agent()}
    if path.startswith("/company"):
        return {"id": world.company()}
    if path.startswith("/webhooks"):
        return {"id": world.webhook()}
    if path.startswith("/interviews"):
        interview = world.interview("PHONE", later=True)
        return {"id": interview["id"], "attemptId": interview["callAttempts"][0]["id"]}
    if path.startswith("/sourcing/enrich"):
        return {"id": world.run("enrich")}
    if path.startswith("/sourcing/preview"):
        return {"id": world.run("preview")}
    return {"id": world.finished_run("sourcing")}


def key_for(op_id: str) -> str:
    if OPERATIONS[op_id]["tag"] == "api-keys":
        return ADMIN
    return ATS if OPERATIONS[op_id]["tag"] == "companies" else KEY


# --- filters -----------------------------------------------------------------------------------------------

_RECORDS = {
    "listJobs": "jobs",
    "listCandidates": "candidates",
    "listAgents": "agents",
    "listInterviews": "interviews",
    "listCompanies": "companies",
}


def _two(world: World, op_id: str) -> tuple[Any, Any]:
    """Two fresh records of the list ``op_id`` returns."""
    if op_id == "listInterviews":
        a, b = world.interview(), world.interview()
    elif op_id == "listCompanies":
        a, b = {"id": world.company("Alpha Works")}, {"id": world.company("Beta Works")}
    else:
        make = {"listJobs": world.job, "listCandidates": world.candidate, "listAgents": world.agent}[op_id]
        a, b = {"id": make()}, {"id": make()}
    table = getattr(world.fake.state, _RECORDS[op_id])
    return table[a["id"]], table[b["id"]]


def _set(record: Any, field: str, value: Any) -> None:
    if hasattr(record, "fields") and field in ("type", "focus"):  # an agent keeps these in its fields
        record.fields[field] = value
    else:
        setattr(record, field, value)


def _values(op_id: str, param: str) -> tuple[str, str]:
    schema = OPERATIONS[op_id]["query"].get(param, {})
    enum = schema.get("enum") or next((b.get("enum") for b in schema.get("anyOf", []) if b.get("enum")), None)
    if enum:
        return str(enum[-1]), str(enum[-2])
    if schema.get("format") == "uuid":
        return "0b8f9c2e-6a51-4c8e-9d2b-1f4e5a6b7c8d", "5d3a1e7f-2c94-4b6a-8e1d-7a9b0c1d2e3f"
    return "Zephyr", "Quokka"


def check_filters(
    world_factory: Callable[[], World] = World,
    tables: Mapping[str, Table] = TABLES,
    ops: Collection[str] | None = None,
) -> list[str]:
    """Per declared filter: the list answers the matching record and not the other."""
    broken = []
    for op_id, filters in merged(tables).filters.items():
        if ops is not None and op_id not in ops:
            continue
        for param, rule in filters.items():
            world = world_factory()
            if op_id not in _RECORDS:
                broken.append(f"{op_id}: filter {param!r}: no records to list (add it to _RECORDS)")
                continue
            match, other = _two(world, op_id)
            value, different = _values(op_id, param)
            for field in rule.fields:
                if rule.how == "member":
                    _set(match, field, [value])
                    _set(other, field, [different])
                elif rule.how == "contains":
                    _set(match, field, f"x{value}y")
                    _set(other, field, different)
                else:
                    _set(match, field, value)
                    _set(other, field, different)
            query: dict[str, str] = {param: value if rule.how != "contains" else value.lower()}
            for required in OPERATIONS[op_id]["query_required"]:  # listInterviews needs a candidateId
                if required != param:
                    _set(other, filters[required].fields[0], getattr(match, filters[required].fields[0]))
                    query[required] = getattr(match, filters[required].fields[0])
            items = world.data(op_id, query={**query, "limit": 100}, key=key_for(op_id))["items"]
            got = {item["id"] for item in items}
            if match.id not in got or other.id in got:
                broken.append(
                    f"{op_id}: filter {param!r} ({rule.how} {'/'.join(rule.fields)}) answered "
                    f"{'the non-matching record' if other.id in got else 'without the matching record'}"
                )
    return broken


# --- stored request fields ---------------------------------------------------------------------------------


def value_at(value: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


MISSING = object()


def _same(sent: Any, got: Any) -> bool:
    if sent == got:
        return True
    if isinstance(sent, dict) and isinstance(got, dict):
        return all(_same(v, got.get(k, MISSING)) for k, v in sent.items())
    if isinstance(sent, list) and isinstance(got, list) and len(sent) == len(got):
        return all(_same(a, b) for a, b in zip(sent, got, strict=True))
    if isinstance(sent, str) and isinstance(got, str):
        if sent and got and sent in got:  # a date stored from a timestamp, an id in a list
            return True
        try:
            return datetime.fromisoformat(sent) == datetime.fromisoformat(got)
        except ValueError:
            return False
    return isinstance(sent, str) and isinstance(got, list) and sent in got


def check_stored(
    world_factory: Callable[[], World] = World,
    tables: Mapping[str, Table] = TABLES,
    ops: Collection[str] | None = None,
) -> list[str]:
    """Per stored request field: the value sent comes back in the operation's answer."""
    broken = []
    for op_id, fields in merged(tables).request.items():
        stored = {name: r for name, r in fields.items() if r.kind == "stored"}
        if not stored or op_id == "*" or (ops is not None and op_id not in ops):
            continue
        if op_id not in BODIES:
            broken.append(f"{op_id}: stored fields {sorted(stored)} but no body in BODIES to send them")
            continue
        world = world_factory()
        bodies = [BODIES[k](world) for k in BODIES if k.split(":")[0] == op_id]
        bodies = [b for variant in bodies for b in (variant if isinstance(variant, list) else [variant])]
        answers = [
            (b, world.data(op_id, ids=ids_for(world, op_id), body=b, key=key_for(op_id))) for b in bodies
        ]
        for name, entry in sorted(stored.items()):
            sent = [(b, data) for b, data in answers if name in b]
            if name.startswith("?") or not sent:
                broken.append(f"{op_id}: stored field {name!r} is not sent by BODIES[{op_id!r}]")
                continue
            body, data = sent[-1]
            got = value_at(data, entry.answer or name)
            if got is MISSING or not _same(body[name], got):
                answered = "nothing" if got is MISSING else repr(got)
                broken.append(f"{op_id}: stored field {name!r} sent {body[name]!r}, answered {answered}")
    return broken


# --- statuses ----------------------------------------------------------------------------------------------

Request = tuple[dict[str, str], Any, dict[str, Any]]  # (path ids, body, query)


def _phone_attempt(world: World, status: str) -> Request:
    interview = world.in_progress() if status == "IN_PROGRESS" else world.interview("PHONE")
    return (
        {"id": interview["id"], "attemptId": interview["callAttempts"][-1]["id"]},
        {"scheduledAt": _soon(world)},
        {},
    )


def _prepaid(world: World, op_id: str) -> Request:
    ids = ids_for(world, op_id)
    company = world.fake.default_company
    company.prepaid, company.credits = True, 0.0
    return (
        ids,
        {"query": "x", "limit": 5, "profileIds": ["p1"]} if op_id != "updateSourcing" else {"limit": 5},
        {},
    )


# Status.when -> (world, operationId) -> the request that provokes it
PROVOKE: dict[str, Callable[[World, str], Request]] = {
    "ok": lambda w, op: _ok(w, op),
    "createJob false": lambda w, op: (
        {},
        {"jobUrl": "https://jobs.example.com/x-role", "createJob": False},
        {},
    ),
    "interview COMPLETED": lambda w, op: ({"id": w.interview("PHONE", is_test=True)["id"]}, {}, {}),
    "interview SCHEDULED": lambda w, op: ({"id": w.interview()["id"]}, {}, {}),
    "interview IN_PROGRESS": lambda w, op: ({"id": w.in_progress()["id"]}, {}, {}),
    "interview ONLINE": lambda w, op: ({"id": w.interview("ONLINE")["id"]}, {}, {}),
    "attempt IN_PROGRESS": lambda w, op: _phone_attempt(w, "IN_PROGRESS"),
    "company prepaid without credits": _prepaid,
    "webhook not subscribed": lambda w, op: ({}, {**_minimal(op), "webhookId": w.webhook("PING")}, {}),
    "run processing": lambda w, op: (
        {"id": w.run(_kind(op))},
        {"limit": 3},
        {},
    ),
    "run completed": lambda w, op: ({"id": w.finished_run(_kind(op))}, {"limit": 3}, {}),
    "over the operation's own x-rate-limit": lambda w, op: _over_own_limit(w, op),
    "http URL to a non-loopback host": lambda w, op: (
        {},
        {"url": "http://hooks.example.com/instaview", "events": ["ping"]},
        {},
    ),
}


def _over_own_limit(world: World, op_id: str) -> Request:
    """The operation's own budget (the spec's ``x-rate-limit``) spent within one window of the fake clock."""
    limit = OPERATIONS[op_id]["rate_limit"]
    ids = {"id": world.run(_kind(op_id))}
    for _ in range(int(limit["requests"])):
        world.call(op_id, ids=ids)
    return ids, {}, {}


def _ok(world: World, op_id: str) -> Request:
    ids = ids_for(world, op_id)
    body = BODIES[op_id](world) if op_id in BODIES else _minimal(op_id)
    body = body[0] if isinstance(body, list) else body
    if op_id == "rescheduleCallAttempt":
        body = {"scheduledAt": _soon(world)}
    return ids, body, {"candidateId": world.candidate()} if op_id == "listInterviews" else {}


def _kind(op_id: str) -> str:
    return "enrich" if "Enrich" in op_id else "preview" if "Preview" in op_id else "sourcing"


def _minimal(op_id: str) -> dict[str, Any]:
    return {
        "createSourcing": {"query": "backend", "limit": 2},
        "createSourcingPreview": {"query": "backend", "limit": 2},
        "createEnrichment": {"profileIds": ["p1"]},
        "renderSourcingHtml": {"profileIds": ["p1"]},
        "createCallAttempt": {},
        "rescheduleCallAttempt": {"scheduledAt": "2099-01-01T10:00:00Z"},  # replaced in PROVOKE
        "updateSourcing": {"limit": 3},
    }.get(op_id, {})


def check_statuses(
    world_factory: Callable[[], World] = World,
    tables: Mapping[str, Table] = TABLES,
    ops: Collection[str] | None = None,
) -> list[str]:
    """Per documented status the fake gives (operation-specific entries): provoked, it is answered."""
    broken = []
    for op_id, statuses in merged(tables).statuses.items():
        if op_id == "*" or (ops is not None and op_id not in ops):
            continue
        for rules in statuses.values():
            for rule in rules:
                if not rule.simulated:
                    continue
                provoke = PROVOKE.get(rule.when)
                if provoke is None:
                    broken.append(
                        f"{op_id}: status {rule.status} when {rule.when!r}: no way to provoke it in PROVOKE"
                    )
                    continue
                world = world_factory()
                ids, body, query = provoke(world, op_id)
                answer = world.call(op_id, ids=ids, body=body, query=query, key=key_for(op_id))
                code = (
                    (answer.json().get("error") or {}).get("code")
                    if answer.content and answer.status_code >= 400
                    else None
                )
                if answer.status_code != rule.status or (rule.code and code != rule.code):
                    broken.append(
                        f"{op_id}: status {rule.status} when {rule.when!r} answered {answer.status_code}"
                        f"{f' {code}' if code else ''}"
                    )
    return broken


def check_common_statuses(world_factory: Callable[[], World] = World) -> list[str]:
    """The statuses every operation shares, provoked on one operation each."""
    world = world_factory()
    got = {
        "400": world.call("listJobs", query={"page": "0"}).status_code,
        "401": world.http.get("/jobs").status_code,
        "404": world.call("getJob", ids={"id": "0b8f9c2e-6a51-4c8e-9d2b-1f4e5a6b7c8d"}).status_code,
    }
    world.fake.add_api_key("sk_test_noscope", scopes=[])
    got["403"] = world.call("listJobs", key="sk_test_noscope").status_code
    world.fake.fail_next(503)
    got["5XX"] = world.call("listJobs").status_code
    world.fake.add_api_key("sk_test_slow", rate_limit_per_minute=1)
    world.call("listJobs", key="sk_test_slow")
    got["429"] = world.call("listJobs", key="sk_test_slow").status_code
    return [
        f"every operation: status {code} when {rules[0].when!r} answered {got.get(code)}"
        for code, rules in COMMON.statuses["*"].items()
        if got.get(code) != rules[0].status
    ]
