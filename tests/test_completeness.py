"""Completeness, derived from the spec: nothing the spec declares is silently missing from the SDK or the fake.

Every pytest session runs this (no Node, no server). Each check names every gap it finds:

- every operation has a sync and an async resource method whose keyword arguments are the operation's
  (path ids positional; query and body fields as keywords; the per-call options tolerated), or an entry in
  ``METHOD_EXEMPT`` with its reason;
- the fake has a route for it (``instaview_plus.testing._routes``), the Prism call table
  (``tests/contract/prism_calls.py``) calls it and the schemathesis 2xx floor expects it (or says why not);
- every query parameter, request field, status and response field of every operation, and every webhook
  event, has an entry in the fake's behaviour tables (``instaview_plus/testing/_tables/``), compared
  structurally per operation; ``tests/fake/test_behaviour_tables.py`` checks the fake does what they say;
- the spec's event enums agree with the ``webhooks:`` section.
"""

from __future__ import annotations

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
from instaview_plus._pipeline.operation import Operation
from instaview_plus.resources._base import AsyncAPIResource, SyncAPIResource
from instaview_plus.testing._responses._registry import HANDLERS
from instaview_plus.testing._routes import ROUTES, unhandled

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))

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


def test_the_fake_has_a_handler_for_every_operation() -> None:
    """The fake's routes come from the spec's operation table; each operation needs a registered handler."""
    gaps = [
        f"{op}: no handler registered with @handles({op.split(' ')[0]!r})"
        for op in unhandled(OPERATIONS, HANDLERS)
    ]
    gaps += [
        f"{op}: a handler for an operation the spec does not have" for op in HANDLERS if op not in OPERATIONS
    ]
    _report(gaps, "operations the fake lacks")
    assert {route.op_id for route in ROUTES} == set(OPERATIONS)


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


# --- the fake's behaviour tables against the spec, element by element ------------------------------------


def test_the_behaviour_tables_account_for_every_spec_element() -> None:
    """Per operation, every query parameter, request field, status and response field (list items and nested
    objects included), and every webhook event, has an entry in the fake's behaviour tables, and every entry
    names something the spec declares (``tests/fake/table_coverage.py``; no grep of the fake's source)."""
    from tests.fake.table_coverage import coverage_gaps

    _report(coverage_gaps(SPEC), "spec elements the fake's behaviour tables do not account for")


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
