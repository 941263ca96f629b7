"""Compare the fake's behaviour tables with a spec, structurally and per operation (no grep of the fake).

:func:`coverage_gaps` walks the spec (a parsed ``openapi/instaview.yaml``, or a changed copy of it) and names
every query parameter, request field, answer status, response field and webhook event that the tables do not
account for, and every table entry the spec no longer declares. ``tests/test_completeness.py`` runs it on the
spec; ``tests/fake/test_mutations.py`` runs it on changed copies.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from instaview_plus.testing._tables import COMMON, TABLES, Table, merged

__all__ = ["coverage_gaps", "spec_elements"]


def _deref(spec: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
    name = None
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = spec["components"]["schemas" if "/schemas/" in node["$ref"] else "parameters"][name]
    return node, name


def _paths(
    spec: Mapping[str, Any], node: Any, owner: str, prefix: str, seen: frozenset[str]
) -> Iterator[tuple[str, str]]:
    """(owner schema, dotted property path inside it) under a schema; a named schema starts a new owner."""
    node, name = _deref(spec, node)
    if not isinstance(node, dict):
        return
    if name is not None:
        if name in seen:
            return
        seen, owner, prefix = seen | {name}, name, ""
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key, []):
            yield from _paths(spec, sub, owner, prefix, seen)
    if "items" in node:
        yield from _paths(spec, node["items"], owner, prefix, seen)
    if isinstance(node.get("additionalProperties"), dict):
        yield from _paths(spec, node["additionalProperties"], owner, prefix, seen)
    for prop, sub in (node.get("properties") or {}).items():
        path = f"{prefix}{prop}"
        yield owner, path
        yield from _paths(spec, sub, owner, path + ".", seen)


def _body_paths(spec: Mapping[str, Any], node: Any, prefix: str = "") -> Iterator[str]:
    """Dotted property paths of a request body, through named schemas (``candidate.email``)."""
    node, _ = _deref(spec, node)
    if not isinstance(node, dict):
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key, []):
            yield from _body_paths(spec, sub, prefix)
    if "items" in node:
        yield from _body_paths(spec, node["items"], prefix)
    for prop, sub in (node.get("properties") or {}).items():
        yield prefix + prop
        yield from _body_paths(spec, sub, f"{prefix}{prop}.")


def _json(content: Mapping[str, Any]) -> list[Any]:
    return [m["schema"] for kind, m in content.items() if "json" in kind and "schema" in m]


def spec_elements(spec: Mapping[str, Any]) -> dict[str, Any]:
    """Per operation its query parameters, request fields, statuses and response fields; the events."""
    ops: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for op in item.values():
            if not (isinstance(op, dict) and "operationId" in op):
                continue
            params = [_deref(spec, p)[0] for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            body = [
                p for s in _json(op.get("requestBody", {}).get("content", {})) for p in _body_paths(spec, s)
            ]
            fields = {
                pair
                for code, answer in op["responses"].items()
                if code.startswith("2")
                for s in _json(answer.get("content", {}))
                for pair in _paths(spec, s, f"{op['operationId']}.{code}", "", frozenset())
            }
            ops[op["operationId"]] = {
                "query": {p["name"] for p in params if p["in"] == "query"},
                "body": set(body),
                "statuses": set(map(str, op["responses"])),
                "fields": fields,
            }
    events: dict[str, set[tuple[str, str]]] = {}
    for hook in (spec.get("webhooks") or {}).values():
        post = hook["post"]
        schemas = _json(post["requestBody"]["content"])
        events[post.get("x-event-type", "")] = {
            pair for s in schemas for pair in _paths(spec, s, "webhook", "", frozenset())
        }
    return {"operations": ops, "events": events}


def _declared(table: Mapping[str, Any], path: str) -> bool:
    """``path`` or one of its ancestors is in ``table`` (a stored object covers its properties)."""
    parts = path.split(".")
    return any(".".join(parts[:i]) in table for i in range(len(parts), 0, -1))


def coverage_gaps(spec: Mapping[str, Any], tables: Mapping[str, Table] = TABLES) -> list[str]:
    """Every spec element the tables do not account for, and every table entry the spec lacks, by name.

    A request field is accounted for by its own entry or one of an enclosing object (stored whole, created
    inline); a response field only by its own entry (a nested property of an inline object as ``a.b``; a named
    schema has entries of its own)."""
    t = merged(tables)
    answered = {o: {**t.fields.get(o, {}), **t.unsent.get(o, {})} for o in {*t.fields, *t.unsent}}
    common = COMMON.request.get("*", {})
    elements = spec_elements(spec)
    gaps: list[str] = []
    fields_seen: set[tuple[str, str]] = set()
    for op_id, el in sorted(elements["operations"].items()):
        filters, request, statuses = (
            t.filters.get(op_id, {}),
            t.request.get(op_id, {}),
            t.statuses.get(op_id, {}),
        )
        for name in sorted(el["query"]):
            if name not in filters and f"?{name}" not in request and f"?{name}" not in common:
                gaps.append(f"{op_id}: query parameter {name!r} is not in the behaviour tables")
        for path in sorted(el["body"]):
            if not _declared(request, path):
                gaps.append(f"{op_id}: request field {path!r} is not in the behaviour tables")
        for code in sorted(el["statuses"]):
            if code not in statuses and code not in COMMON.statuses.get("*", {}):
                gaps.append(f"{op_id}: status {code} has no rule in the behaviour tables")
        for owner, path in sorted(el["fields"]):
            fields_seen.add((owner, path))
            if path not in answered.get(owner, {}):
                gaps.append(f"{op_id}: response field {owner}.{path} is not in the behaviour tables")
        gaps += [
            f"{op_id}: filter {p!r} is not a query parameter of the spec"
            for p in filters
            if p not in el["query"]
        ]
        gaps += [
            f"{op_id}: request field {k!r} in the tables is not in the spec"
            for k in request
            if not (k[1:] in el["query"] if k.startswith("?") else k in el["body"])
        ]
        gaps += [
            f"{op_id}: status {c} in the tables is not documented"
            for c in statuses
            if c not in el["statuses"]
        ]
    for event, fields in sorted(elements["events"].items()):
        if event not in t.events:
            gaps.append(f"webhook event {event}: not in the behaviour tables")
        for owner, path in sorted(fields):
            fields_seen.add((owner, path))
            if path not in answered.get(owner, {}):
                gaps.append(
                    f"webhook event {event}: payload field {owner}.{path} is not in the behaviour tables"
                )
    for kind in ("filters", "request", "statuses"):
        gaps += [
            f"{op_id}: {kind} entries for an operation the spec does not have"
            for op_id in getattr(t, kind)
            if op_id not in elements["operations"] and op_id != "*"
        ]
    gaps += [
        f"webhook event {e}: in the tables but not in the spec"
        for e in t.events
        if e not in elements["events"]
    ]
    gaps += [
        f"response field {owner}.{path}: in the tables but in no answer of the spec"
        for owner, paths in answered.items()
        for path in paths
        if (owner, path) not in fields_seen
    ]
    return gaps
