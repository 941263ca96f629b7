"""The spec itself: valid OpenAPI, every operation named once with one declared tag, decisions marked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openapi_spec_validator import validate

from .examples import ROOT, load_spec

SPEC = load_spec()


def _operations() -> list[dict[str, object]]:
    return [op for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)]


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_operations_have_unique_ids_and_one_declared_tag_each() -> None:
    """Derived, not counted: whatever operations the spec has, each is named once and tagged once."""
    ops = _operations()
    ids = Counter(str(op.get("operationId")) for op in ops)
    assert not [name for name, n in ids.items() if n > 1 or name == "None"], ids
    declared = [tag["name"] for tag in SPEC["tags"]]
    wrong = {str(op["operationId"]): op.get("tags") for op in ops if len(op.get("tags", [])) != 1}
    assert not wrong, f"operations without exactly one tag: {wrong}"
    used = {op["tags"][0] for op in ops}  # type: ignore[index]
    assert used <= set(declared), f"undeclared tags: {sorted(used - set(declared))}"
    assert set(declared) <= used, f"declared tags without operations: {sorted(set(declared) - used)}"


def test_generated_tables_match_the_spec() -> None:
    """generated/instaview_spec lists exactly the spec's operations and webhook events (else regenerate)."""
    from instaview_spec.events import EVENTS
    from instaview_spec.operations import OPERATIONS

    assert set(OPERATIONS) == {str(op["operationId"]) for op in _operations()}
    assert set(EVENTS) == {item["post"]["x-event-type"] for item in SPEC.get("webhooks", {}).values()}


def test_webhook_events_declare_their_spellings() -> None:
    """Each ``webhooks:`` entry: a delivery payload, an UPPER_SNAKE type, a dotted label, a unique code."""
    codes: list[int] = []
    for key, item in SPEC["webhooks"].items():
        op = item["post"]
        assert op["requestBody"]["content"]["application/json"]["schema"], key
        assert op["x-event-type"] == op["x-event-type"].upper(), key
        assert op["x-event-label"] == key, key
        if "x-event-code" in op:
            codes.append(op["x-event-code"])
    assert len(codes) == len(set(codes)), codes


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


def _x_fields(node: object, name: str, where: str = "") -> list[tuple[str, object]]:
    """Every ``name`` field of the spec: ``(JSON pointer-ish location, value)``."""
    found: list[tuple[str, object]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == name:
                found.append((where, value))
            found += _x_fields(value, name, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _x_fields(value, name, f"{where}/{i}")
    return found


def test_x_inferred_has_one_schema() -> None:
    """``x-inferred`` is ``true`` or ``{reason: <text>}`` (openapi/NOTES.md, "Marking our decisions"): the
    reason of a decision lives here, never in a description users read."""
    found = _x_fields(SPEC, "x-inferred")
    wrong = [
        (where, value)
        for where, value in found
        if value is not True
        and not (isinstance(value, dict) and set(value) == {"reason"} and str(value["reason"]).strip())
    ]
    assert not wrong, wrong
    assert sum(isinstance(value, dict) for _, value in found) >= 20


def test_spec_has_no_duplicate_keys() -> None:
    """A key given twice in one mapping is silently dropped by YAML loaders: refuse it."""
    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
        keys = [loader.construct_object(k) for k, _ in node.value]  # type: ignore[no-untyped-call]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"duplicate keys {dupes} at line {node.start_mark.line + 1}"
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"), Strict)


def test_generated_package_has_py_typed() -> None:
    assert (ROOT / "generated" / "instaview_client" / "py.typed").exists()
    assert Path(ROOT / "generated" / "instaview_spec" / "py.typed").exists()
