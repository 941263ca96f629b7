"""Completeness, derived from the spec: nothing the spec declares is silently missing from the SDK or the fake.

Every pytest session runs this (no Node, no server). Each check names every gap it finds:

- every operation has a sync and an async resource method whose keyword arguments are the operation's
  (path ids positional; query and body fields as keywords; the per-call options tolerated), or an entry in
  ``METHOD_EXEMPT`` with its reason;
- the fake has a route for it (``instaview_plus.testing._routes``), the Prism call table
  (``tests/contract/prism_calls.py``) calls it and the schemathesis 2xx floor expects it (or says why not);
- every response property (of a 2xx answer or a webhook delivery) appears in the fake's code, and every request
  field is stored or used by it, or is listed in ``instaview_plus.testing._not_simulated`` with its reason;
- every webhook event of the spec's ``webhooks:`` is emitted by the fake (or listed there), and the spec's
  event enums agree with the ``webhooks:`` section.

"Appears in the fake's code" is a string literal of the wire name in ``instaview_plus/testing/`` (the fake
writes its wire renderings field by field): coarse, but a new name is caught, and it needs no lifecycle run.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any

import pytest
import yaml

import instaview_plus.resources
from instaview_plus._generated.spec import params as spec_params
from instaview_plus._generated.spec.events import EVENTS
from instaview_plus._generated.spec.operations import ENUMS, OPERATIONS
from instaview_plus._resource import AsyncAPIResource, SyncAPIResource
from instaview_plus._transport import Operation
from instaview_plus.testing import _not_simulated
from instaview_plus.testing._routes import ROUTES

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
FAKE = ROOT / "instaview_plus" / "testing"

# Options every resource method may take besides the operation's own arguments (one call's overrides).
PER_CALL_OPTIONS = frozenset({"timeout", "extra_headers", "extra_query", "extra_body"})
# operationId -> why it has no plain sync/async method pair whose keyword arguments are the operation's.
METHOD_EXEMPT: dict[str, str] = {}


def _report(gaps: list[str] | set[str], what: str) -> None:
    assert not gaps, f"{len(gaps)} {what}:\n  " + "\n  ".join(sorted(gaps))


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _pascal(op_id: str) -> str:
    return op_id[0].upper() + op_id[1:]


# --- resource methods -------------------------------------------------------------------------------------


def _codes(code: CodeType) -> Iterator[CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _codes(const)


def _operations_used(function: FunctionType, module: Any) -> set[str]:
    """The operationIds a method refers to: module-level ``Operation`` constants or operationId strings."""
    found: set[str] = set()
    for code in _codes(function.__code__):
        for name in code.co_names:
            value = getattr(module, name, None)
            if isinstance(value, Operation):
                found.add(value.id)
        found |= {c for c in code.co_consts if isinstance(c, str) and c in OPERATIONS}
    return found


@cache
def _resource_methods() -> dict[str, list[tuple[str, bool, Callable[..., Any]]]]:
    """operationId -> [(Class.method, is_async, function)] over every resource class."""
    table: dict[str, list[tuple[str, bool, Callable[..., Any]]]] = {op: [] for op in OPERATIONS}
    for info in pkgutil.iter_modules(instaview_plus.resources.__path__):
        module = importlib.import_module(f"instaview_plus.resources.{info.name}")
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            is_async = issubclass(cls, AsyncAPIResource)
            if not (is_async or issubclass(cls, SyncAPIResource)):
                continue
            for name, function in vars(cls).items():
                if name.startswith("_") or not isinstance(function, FunctionType):
                    continue
                for op_id in _operations_used(function, module):
                    table.setdefault(op_id, []).append((f"{cls.__name__}.{name}", is_async, function))
    return table


def _unpacked_keys(annotation: str, module: Any) -> set[str] | None:
    match = re.fullmatch(r"Unpack\[(\w+)\]", annotation.strip())
    if not match:
        return None
    name = match.group(1)
    # The TypedDict may be imported only under TYPE_CHECKING: look for it in the generated params, the
    # resource's module, then any loaded module of the SDK.
    places = [spec_params, module, *(m for n, m in sorted(sys.modules.items()) if n.startswith("instaview"))]
    typed = next((getattr(m, name) for m in places if m is not None and hasattr(m, name)), None)
    if typed is None or not hasattr(typed, "__required_keys__"):
        return None
    return set(typed.__required_keys__) | set(typed.__optional_keys__)


def _fields(op_id: str) -> tuple[set[str], set[str]]:
    """The snake_case keyword arguments of an operation: (all of them, the required ones)."""
    op = OPERATIONS[op_id]
    # The shared companyId parameter is the client's company_id option; an operation's own one is an argument.
    query = {k for k in op["query"] if not (k == "companyId" and op["company_scoped"])}
    body = op["body"] or {}
    props = set(body.get("properties", {})) if isinstance(body, dict) else set()
    required = set(op["query_required"]) & query | set(body.get("required", []))
    return {_snake(n) for n in query | props}, {_snake(n) for n in required}


def _signature_problem(op_id: str, function: Callable[..., Any]) -> str | None:
    """Why ``function``'s arguments are not the operation's, or None when they are."""
    module = sys.modules[function.__module__]
    positional, keywords, unpacked = 0, set(), set()
    for param in list(inspect.signature(function).parameters.values())[1:]:
        if param.kind is param.POSITIONAL_OR_KEYWORD and param.default is param.empty:
            positional += 1
        elif param.kind is param.VAR_KEYWORD:
            keys = _unpacked_keys(str(param.annotation), module)
            if keys is None:
                return f"**{param.name} is not Unpack[<TypedDict>]"
            unpacked |= keys
        elif param.kind in (param.KEYWORD_ONLY, param.POSITIONAL_OR_KEYWORD):
            keywords.add(param.name)
    wanted, _required = _fields(op_id)
    path_params = len(OPERATIONS[op_id]["path_params"])
    if positional != path_params:
        return f"takes {positional} positional id(s), the path has {path_params}"
    accepted = (keywords | unpacked) - PER_CALL_OPTIONS
    if accepted - wanted:
        return f"takes {sorted(accepted - wanted)}, not fields of the operation"
    if wanted - accepted:
        return f"lacks {sorted(wanted - accepted)}"
    return None


def test_every_operation_has_sync_and_async_methods_with_its_arguments() -> None:
    gaps = []
    for op_id in OPERATIONS:
        if op_id in METHOD_EXEMPT:
            continue
        methods = _resource_methods().get(op_id, [])
        for is_async, flavour in ((False, "sync"), (True, "async")):
            candidates = [(name, fn) for name, a, fn in methods if a is is_async]
            if not candidates:
                gaps.append(f"{op_id}: no {flavour} resource method calls it")
                continue
            problems = {name: _signature_problem(op_id, fn) for name, fn in candidates}
            if all(problems.values()):
                detail = "; ".join(f"{n} {p}" for n, p in problems.items())
                gaps.append(f"{op_id}: no {flavour} method takes its arguments ({detail})")
    _report(gaps, "operations without their resource methods (or a METHOD_EXEMPT reason)")


def test_method_exemptions_name_spec_operations() -> None:
    _report(
        [f"{op}: not a spec operation" for op in METHOD_EXEMPT if op not in OPERATIONS], "stale exemptions"
    )


# --- the fake's routes, the Prism call table, the schemathesis floor ---------------------------------------


def test_the_fake_routes_every_operation() -> None:
    routed = {route.op_id for route in ROUTES}
    gaps = [f"{op}: {o['method']} {o['path']} has no route in the fake" for op, o in OPERATIONS.items()]
    _report(
        [g for g, op in zip(gaps, OPERATIONS, strict=True) if op not in routed], "operations the fake lacks"
    )


def test_the_prism_call_table_covers_every_operation() -> None:
    from tests.contract.prism_calls import CALLS

    gaps = [f"{op}: no call in tests/contract/prism_calls.py CALLS" for op in OPERATIONS if op not in CALLS]
    gaps += [f"{op}: in CALLS but not in the spec" for op in CALLS if op not in OPERATIONS]
    _report(gaps, "Prism call table gaps")


def test_the_schemathesis_2xx_floor_covers_every_operation() -> None:
    sys.path.insert(0, str(ROOT / "tests" / "contract"))
    try:
        import schemathesis_fake
    finally:
        sys.path.remove(str(ROOT / "tests" / "contract"))
    gaps = [
        f"{op}: {o['method']} {o['path']} neither in EXPECTED_2XX nor in NOT_2XX_FUZZED"
        for op, o in OPERATIONS.items()
        if f"{o['method']} {o['path']}" not in schemathesis_fake.EXPECTED_2XX
        and op not in schemathesis_fake.NOT_2XX_FUZZED
    ]
    gaps += [
        f"{op}: in NOT_2XX_FUZZED but not in the spec"
        for op in schemathesis_fake.NOT_2XX_FUZZED
        if op not in OPERATIONS
    ]
    _report(gaps, "schemathesis gaps")


# --- fields and events the fake emits and uses -------------------------------------------------------------


@cache
def _fake_strings() -> frozenset[str]:
    """Every string literal and keyword-argument name in the fake's code (its wire names among them)."""
    found: set[str] = set()
    for path in FAKE.rglob("*.py"):
        if path.name == "_not_simulated.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
            elif isinstance(node, ast.keyword) and node.arg:  # out.update(foundCount=...)
                found.add(node.arg)
    return frozenset(found)


def _deref(node: Any) -> tuple[Any, str | None]:
    name = None
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = SPEC["components"]["schemas"][name]
    return node, name


def _properties(
    node: Any, owner: str, seen: set[str], parents: tuple[str, ...] = ()
) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(owner, property, parent properties) for every property under a schema; owner is the named schema
    that declares it."""
    node, name = _deref(node)
    if not isinstance(node, dict):
        return
    if name is not None:
        if name in seen:
            return
        seen.add(name)
        owner = name
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key, []):
            yield from _properties(sub, owner, seen, parents)
    if "items" in node:
        yield from _properties(node["items"], owner, seen, parents)
    if isinstance(node.get("additionalProperties"), dict):
        yield from _properties(node["additionalProperties"], owner, seen, parents)
    for prop, sub in node.get("properties", {}).items():
        yield owner, prop, parents
        yield from _properties(sub, owner, seen, (*parents, prop))


def _covered(prop: str, parents: tuple[str, ...]) -> bool:
    """The fake names the property, or the object it belongs to (which the fake then stores and echoes whole,
    like a job's ``salary`` or ``location``)."""
    strings = _fake_strings()
    return prop in strings or (bool(parents) and parents[-1] in strings)


def _spec_operations() -> Iterator[tuple[str, dict[str, Any], list[Any]]]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                yield op["operationId"], op, [*item.get("parameters", []), *op.get("parameters", [])]


def _json_schemas(content: dict[str, Any]) -> list[Any]:
    return [media["schema"] for kind, media in content.items() if "json" in kind and "schema" in media]


def test_every_response_property_is_emitted_by_the_fake() -> None:
    seen: set[str] = set()
    labels: set[tuple[str, str, tuple[str, ...]]] = set()
    for op_id, op, _params in _spec_operations():
        for code, response in op["responses"].items():
            if code.startswith("2"):
                for schema in _json_schemas(response.get("content", {})):
                    labels |= set(_properties(schema, f"{op_id}.{code}", seen))
    for item in SPEC.get("webhooks", {}).values():
        for schema in _json_schemas(item["post"]["requestBody"]["content"]):
            labels |= set(_properties(schema, "webhook", seen))
    gaps = {
        f"{owner}.{prop}: never emitted by the fake"
        for owner, prop, parents in labels
        if not _covered(prop, parents) and f"{owner}.{prop}" not in _not_simulated.NOT_EMITTED
    }
    _report(gaps, "response properties the fake never sends (or list them in _not_simulated.NOT_EMITTED)")


def test_every_request_field_is_used_by_the_fake() -> None:
    labels: set[tuple[str, str, tuple[str, ...]]] = set()
    for op_id, op, params in _spec_operations():
        for param in params:
            param, _ = _deref_parameter(param)
            if param["in"] == "query" and param["name"] != "companyId":
                labels.add((f"{op_id}.query", param["name"], ()))
        body = op.get("requestBody", {})
        for schema in _json_schemas(body.get("content", {})):
            labels |= set(_properties(schema, f"{op_id}.body", set()))
    gaps = {
        f"{owner}.{prop}: neither stored nor used by the fake"
        for owner, prop, parents in labels
        if not _covered(prop, parents) and f"{owner}.{prop}" not in _not_simulated.NOT_USED
    }
    _report(gaps, "request fields the fake ignores (or list them in _not_simulated.NOT_USED)")


def _deref_parameter(param: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    if "$ref" in param:
        name = param["$ref"].rsplit("/", 1)[-1]
        return SPEC["components"]["parameters"][name], name
    return param, None


def test_every_webhook_event_is_emitted_by_the_fake() -> None:
    strings = _fake_strings()
    gaps = [
        f"{event} ({spec['label']}): never emitted by the fake"
        for event, spec in EVENTS.items()
        if event not in strings and event not in _not_simulated.NOT_EMITTED
    ]
    _report(gaps, "webhook events the fake never sends (or list them in _not_simulated.NOT_EMITTED)")


def _body_reads(tree: ast.AST) -> Iterator[str]:
    """Names a handler reads from a request ``body``: ``body["x"]`` and ``body.get("x")`` (not writes)."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Load)
            and isinstance(node.value, ast.Name)
            and node.value.id == "body"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
        ):
            yield node.slice.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "body"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value


def test_the_fake_reads_only_request_fields_the_spec_declares() -> None:
    """A field taken out of the spec is no longer honoured by the fake (its control routes aside)."""
    declared = {
        prop
        for _op_id, op, _params in _spec_operations()
        for schema in _json_schemas(op.get("requestBody", {}).get("content", {}))
        for _owner, prop, _parents in _properties(schema, "", set())
    }
    read = {
        (path.name, name)
        for path in FAKE.rglob("*.py")
        if path.name != "_control.py"  # /_fake/* control routes: the fake's own API, not InstaView's
        for name in _body_reads(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert read, "the fake reads no body field: this check sees nothing"
    _report(
        [
            f"{file}: reads body field {name!r}, which no request schema declares"
            for file, name in read
            if name not in declared
        ],
        "request fields the fake honours but the spec does not declare",
    )


def test_the_fake_sends_only_events_the_spec_declares() -> None:
    """``label("X")`` in the fake names an event of ``webhooks:`` (a renamed event is not sent under its old name)."""
    used = {
        (path.name, node.args[0].value)
        for path in FAKE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "label"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert used, "the fake names no event with label(...): this check sees nothing"
    _report(
        [f"{f}: label({e!r}) is not a spec event" for f, e in used if e not in EVENTS], "undeclared events"
    )


def test_exemption_lists_name_what_the_spec_declares() -> None:
    """An entry for a field or event the spec no longer has is stale: it would hide nothing, and mislead."""
    declared = {
        f"{o}.{prop}" for op_id, op, _p in _spec_operations() for o, prop, _ in _all_labels(op_id, op)
    }
    declared |= set(EVENTS)
    stale = [k for k in {**_not_simulated.NOT_EMITTED, **_not_simulated.NOT_USED} if k not in declared]
    _report([f"{k}: not in the spec" for k in stale], "stale _not_simulated entries")


def _all_labels(op_id: str, op: dict[str, Any]) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    for code, response in op["responses"].items():
        for schema in _json_schemas(response.get("content", {})):
            yield from _properties(schema, f"{op_id}.{code}", set())
    for schema in _json_schemas(op.get("requestBody", {}).get("content", {})):
        yield from _properties(schema, f"{op_id}.body", set())
    for param in op.get("parameters", []):
        param, _ = _deref_parameter(param)
        yield f"{op_id}.query", param["name"], ()


# --- the spec's own event lists agree -----------------------------------------------------------------------


def test_event_enums_agree_with_the_webhooks_section() -> None:
    """``WebhookEventType`` / ``WebhookEventCode`` (request enums) list exactly the events of ``webhooks:``."""
    gaps = []
    codes = {spec["code"] for spec in EVENTS.values() if spec["code"] is not None}
    if set(ENUMS["WebhookEventType"]) != set(EVENTS):
        gaps.append(f"WebhookEventType {sorted(ENUMS['WebhookEventType'])} != webhooks: {sorted(EVENTS)}")
    if set(ENUMS["WebhookEventCode"]) != codes:
        gaps.append(
            f"WebhookEventCode {sorted(ENUMS['WebhookEventCode'])} != webhooks: codes {sorted(codes)}"
        )
    labels = {spec["label"] for spec in EVENTS.values()}
    if not set(ENUMS["WebhookEventName"]) <= labels:
        gaps.append(f"WebhookEventName {sorted(set(ENUMS['WebhookEventName']) - labels)} not in webhooks:")
    _report(gaps, "event list disagreements")


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_every_event_spelling_normalizes_to_its_type(event: str) -> None:
    from instaview_plus.webhooks import normalize_event_type

    spec = EVENTS[event]
    spellings = [
        event,
        spec["label"],
        *([spec["code"], str(spec["code"])] if spec["code"] is not None else []),
    ]
    assert {normalize_event_type(s) for s in spellings} == {event}
