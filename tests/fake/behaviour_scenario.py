"""The lifecycle scenario behind the response-field and event checks (see ``behaviour_checks.py``).

:func:`scenario` drives every resource through its states on a :class:`behaviour_checks.World`, which
captures each answer and delivery with the state it was taken in; :func:`check_fields` finds, per declared
response field, an answer of its schema (walking the spec's response schema) carrying it in that state, and
:func:`check_events` a delivery of each declared event in its lifecycle step.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from behaviour_checks import ATS, BODIES, MISSING, World, ids_for, key_for, merged, spec, value_at

from instaview_plus._generated.spec.events import EVENTS
from instaview_plus.testing._tables import ALWAYS, TABLES, Table

__all__ = ["check_events", "check_fields", "scenario"]


# --- response fields and events: one scenario through every lifecycle --------------------------------------


def scenario(world: World) -> None:
    """Drive every resource through its states, phase by phase (answers are captured by ``World.call``)."""
    for op_id in (
        "createJob",
        "createCandidate",
        "createAgent",
        "createCompany",
        "createApiKey",
        "createWebhook",
    ):
        world.data(op_id, ids=ids_for(world, op_id), body=BODIES[op_id](world), key=key_for(op_id))
    world.data(
        "updateCandidate", ids=ids_for(world, "updateCandidate"), body=BODIES["updateCandidate"](world)
    )
    world.data("updateJob", ids=ids_for(world, "updateJob"), body=BODIES["updateJob"](world)[0])
    hook = world.data(
        "createWebhook", body={"url": "https://hooks.example.com/all", "events": sorted(EVENTS)}
    )
    world.data(
        "createJobFromUrl", body={"jobUrl": "https://jobs.example.com/data-analyst", "createJob": False}
    )
    world.data("createJobFromUrl", body=BODIES["createJobFromUrl"]())
    for op_id in ("listJobs", "listCandidates", "listAgents", "listCompanies", "listWebhooks", "getCompany"):
        world.data(op_id, ids=ids_for(world, op_id), key=key_for(op_id))
    world.data(
        "deleteCompany",
        ids={"id": world.data("createCompany", body={"name": "Gone Inc"}, key=ATS)["id"]},
        key=ATS,
    )
    for op_id in (
        "getWebhook",
        "updateWebhook",
        "deleteWebhook",
        "deleteJob",
        "deleteCandidate",
        "deleteAgent",
    ):
        world.call(op_id, ids=ids_for(world, op_id), body=BODIES[op_id](world) if op_id in BODIES else None)
    world.phase = "POST /webhooks/{id}/test"
    world.data("testWebhook", ids={"id": hook["id"]})
    world.phase = "processing"
    runs = {kind: world.run(kind, hook["id"]) for kind in ("sourcing", "preview", "enrich")}
    for kind, run in runs.items():
        world.call(
            f"get{'Enrichment' if kind == 'enrich' else 'SourcingPreview' if kind == 'preview' else 'Sourcing'}Results",
            ids={"id": run},
        )
    world.phase = "completed"
    world.fake.advance(seconds=61)
    _results(world, runs)
    profiles = [
        c["profileId"] for c in world.data("getSourcingResults", ids={"id": runs["sourcing"]})["candidates"]
    ]
    enrich = world.run("enrich", hook["id"], [*profiles[:1], "missing"])
    world.fake.advance(seconds=61)
    world.data("renderSourcingHtml", body={"profileIds": [*profiles[:1], "missing"]})
    _results(world, {"enrich": enrich})
    world.phase = "failed"
    world.fake.sourcing.fail_next = 3
    runs = {kind: world.run(kind, hook["id"]) for kind in ("sourcing", "preview", "enrich")}
    world.fake.advance(seconds=61)
    _results(world, runs)
    _interviews(world)
    world.phase = "credits"
    world.fake.default_company.billing_system = "credits"
    world.data("getBillingUsage")


def _results(world: World, runs: Mapping[str, str]) -> None:
    ops = {
        "sourcing": "getSourcingResults",
        "preview": "getSourcingPreviewResults",
        "enrich": "getEnrichmentResults",
    }
    for kind, run in runs.items():
        world.call(ops[kind], ids={"id": run})


def _interviews(world: World) -> None:
    world.phase = "created"
    phone = world.interview("PHONE")
    world.phase = "IN_PROGRESS"
    world.fake.advance(seconds=1)
    world.data("getInterview", ids={"id": phone["id"]})
    world.phase = "COMPLETED"
    world.fake.advance(hours=2)
    world.data("getInterview", ids={"id": phone["id"]})
    world.data("getCandidate", ids={"id": phone["candidateId"]})
    world.data("listCandidateAnalyses", ids={"id": phone["candidateId"]})
    world.data("listCandidateInterviews", ids={"id": phone["candidateId"]})
    world.data("listInterviews", query={"candidateId": phone["candidateId"]})
    world.data("getInterviewAnalysisPdf", ids={"id": phone["id"]})
    world.data("getBillingUsage")
    world.phase = "analysis failed"
    world.fake.lifecycle.analysis_failures = 1  # what fake.trigger("analysis.failed") sets
    unanalysed = world.interview("PHONE")
    world.fake.advance(seconds=1)
    world.fake.advance(hours=2)
    world.data("getInterview", ids={"id": unanalysed["id"]})
    world.phase = "NO_ANSWER"
    world.fake.queue_call_outcomes("NO_ANSWER", "NO_ANSWER", "NO_ANSWER")
    failing = world.interview("PHONE")
    world.fake.advance(seconds=1)
    world.data("getInterview", ids={"id": failing["id"]})
    world.phase = "FAILED"
    world.fake.advance(hours=3)
    world.data("getInterview", ids={"id": failing["id"]})
    world.phase = "created"
    world.data("createCallAttempt", ids={"id": failing["id"]}, body={})


def _deref(node: Any) -> tuple[Any, str | None]:
    name = None
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = spec()["components"]["schemas"][name]
    return node, name


def _instances(value: Any, schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(schema name, object) for every named schema the JSON ``value`` holds, walking the spec's schema."""
    node, name = _deref(schema)
    if not isinstance(node, dict):
        return
    if name is not None and isinstance(value, dict) and (node.get("properties") or not node.get("anyOf")):
        yield name, value
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key, []):
            sub, _ = _deref(branch)
            props = sub.get("properties", {}) if isinstance(sub, dict) else {}
            if key == "allOf" or not props or (isinstance(value, dict) and set(props) & set(value)):
                yield from _instances(value, branch)
    if isinstance(value, list) and "items" in node:
        for item in value:
            yield from _instances(item, node["items"])
    if isinstance(value, dict):
        for prop, sub in (node.get("properties") or {}).items():
            if prop in value:
                yield from _instances(value[prop], sub)


def _captured(world: World) -> list[tuple[str, dict[str, Any], str]]:
    paths = {
        op["operationId"]: op
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    out = []
    for op_id, status, content, phase in world.answers:
        answer = paths[op_id]["responses"].get(str(status), {})
        for media in answer.get("content", {}).values():
            out += [(name, obj, phase) for name, obj in _instances(content, media.get("schema"))]
    delivery = {"$ref": "#/components/schemas/WebhookDelivery"}
    per_event = {  # each event's own payload schema (the spec's `webhooks:`), whose inline part is "webhook"
        name: media["schema"]
        for name, hook in (spec().get("webhooks") or {}).items()
        for media in hook["post"]["requestBody"]["content"].values()
    }
    for payload, phase in world.deliveries:
        out.append(("webhook", payload, phase))
        schema = per_event.get(str(payload.get("event")), delivery)
        out += [(name, obj, phase) for name, obj in _instances(payload, schema)]
    return out


def check_fields(world: World | None = None, tables: Mapping[str, Table] = TABLES) -> list[str]:
    """Per declared response field: set in some captured answer of its schema, in its declared state."""
    if world is None:
        world = World()
        scenario(world)
    captured = _captured(world)
    table = merged(tables)
    broken = []
    for schema, fields in sorted(table.fields.items()):
        seen = [(obj, phase) for name, obj, phase in captured if name == schema]
        for field, state in sorted(fields.items()):
            if state == ALWAYS:
                ok = any(value_at(obj, field) is not MISSING for obj, _ in seen)
            else:
                ok = any(value_at(obj, field) not in (None, MISSING) for obj, phase in seen if phase == state)
            if not ok:
                where = "in any answer" if state == ALWAYS else f"in state {state}"
                broken.append(f"{schema}.{field}: never sent {where} ({len(seen)} {schema} answers captured)")
        for field in table.unsent.get(schema, {}):
            if any(value_at(obj, field) not in (None, MISSING) for obj, _ in seen):
                broken.append(f"{schema}.{field}: declared unsent, but the fake sends it")
    return broken


def check_events(world: World | None = None, tables: Mapping[str, Table] = TABLES) -> list[str]:
    """Per declared event: a delivery of it in the declared lifecycle step (none for an unsent one)."""
    if world is None:
        world = World()
        scenario(world)
    broken = []
    for event, rule in sorted(merged(tables).events.items()):
        label = EVENTS[event]["label"] if event in EVENTS else event
        phases = {phase for payload, phase in world.deliveries if payload.get("event") == label}
        if rule.sent and rule.trigger not in phases:
            broken.append(
                f"event {event}: not delivered when {rule.trigger!r} (delivered in {sorted(phases)})"
            )
        if not rule.sent and phases:
            broken.append(f"event {event}: declared never sent, but delivered in {sorted(phases)}")
    return broken
