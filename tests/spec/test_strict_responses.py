"""The contract is as strict as the docs: what every docs example of a response object shows is required.

Each docs example (tests/fixtures/doc_examples.json, mapped to its response) is walked together with its
schema; every object met under a named component schema adds its keys to that schema's record (``anyOf``
alternatives count where the instance validates). A key present in every example of a schema must be in its
``required`` (so generated models type it ``str``, not ``str | Unset``); a success envelope's ``data``, present
in every example, is required and not nullable.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from .examples import cases, load_spec, validator

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
# the response objects held to "every example's keys are required" (issue 20 item 9); Job, Interview and
# Agent are not yet: see openapi/NOTES.md "Required response fields" for what keeps each out
STRICT = ("Candidate", "Company", "WebhookConfig")


@cache
def _validator(pointer: str) -> Draft202012Validator:
    return validator(SPEC, pointer)


def _walk(node: Any, pointer: str, instance: Any, seen: dict[str, list[Any]]) -> None:
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        ref = node["$ref"]
        name = ref.rsplit("/", 1)[-1]
        if ref.startswith("#/components/schemas/"):
            seen[name].append(instance)
        target: Any = SPEC
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        _walk(target, ref[1:], instance, seen)
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(node.get(key, [])):
            sub_pointer = f"{pointer}/{key}/{i}"
            if key == "allOf" or _validator(sub_pointer).is_valid(instance):
                _walk(sub, sub_pointer, instance, seen)
    if isinstance(instance, dict):
        for prop, sub in (node.get("properties") or {}).items():
            if prop in instance:
                _walk(sub, f"{pointer}/properties/{prop}", instance[prop], seen)
    if isinstance(instance, list) and isinstance(node.get("items"), dict):
        for item in instance:
            _walk(node["items"], f"{pointer}/items", item, seen)


@cache
def _instances() -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = defaultdict(list)
    for case in cases(SPEC):
        if case.pointer is None or " request" in case.target:
            continue
        node: Any = SPEC
        for part in case.pointer.lstrip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        _walk(node, case.pointer, case.instance, seen)
    return seen


def _always_present(name: str) -> set[str]:
    objects = [i for i in _instances().get(name, []) if isinstance(i, dict)]
    return set.intersection(*(set(o) for o in objects)) if objects else set()


def test_every_strict_schema_has_docs_examples() -> None:
    assert all(_instances().get(name) for name in STRICT), {n: len(_instances().get(n, [])) for n in STRICT}


def test_what_every_example_shows_is_required() -> None:
    loose = {
        name: sorted(_always_present(name) - set(SCHEMAS[name].get("required", [])))
        for name in STRICT
        if _always_present(name) - set(SCHEMAS[name].get("required", []))
    }
    assert not loose, f"always present in the docs' examples but optional in the spec: {loose}"


def test_success_envelopes_always_carry_data() -> None:
    envelopes = [n for n in SCHEMAS if n.endswith("Envelope") and _instances().get(n)]
    assert len(envelopes) >= 5
    loose = []
    for name in envelopes:
        if "data" not in _always_present(name):
            continue
        schema = SCHEMAS[name]
        data = schema["properties"]["data"]
        nullable = {"type": "null"} in data.get("anyOf", []) or "null" in (data.get("type") or [])
        if "data" not in schema.get("required", []) or nullable:
            loose.append(name)
    assert not loose, f"success envelopes whose data may be missing or null: {loose}"
