"""Validate the documented JSON examples against the schema our spec gives them.

Used by ``tests/spec/test_examples.py``; also runnable while editing the spec:

    python tests/spec/examples.py [SPEC.yaml]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "instaview.yaml"
FIXTURES = ROOT / "tests" / "fixtures"
URN = "urn:instaview-spec"


@dataclass(frozen=True)
class Case:
    id: str
    target: str
    pointer: str | None  # JSON pointer of the schema in the spec; None when skipped
    instance: Any
    skip: str | None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _operation_index(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    index = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                index[op["operationId"]] = (path, method)
    return index


def _response_pointer(spec: dict[str, Any], op_id: str, status: int) -> str:
    path, method = _operation_index(spec)[op_id]
    resp = spec["paths"][path][method]["responses"][str(status)]
    base = resp["$ref"][1:] if "$ref" in resp else f"/paths/{_escape(path)}/{method}/responses/{status}"
    return f"{base}/content/application~1json/schema"


def cases(spec: dict[str, Any]) -> Iterator[Case]:
    examples = {e["id"]: e for e in json.loads((FIXTURES / "doc_examples.json").read_text())}
    ops = _operation_index(spec)
    mapped: set[str] = set()
    for map_file in sorted(FIXTURES.glob("example_map_*.yaml")):
        for ex_id, target in (yaml.safe_load(map_file.read_text()) or {}).items():
            mapped.add(ex_id)
            ex = examples[ex_id]
            if "skip" in target:
                yield Case(ex_id, "skip", None, None, str(target["skip"]))
            elif ex["json"] is None:
                yield Case(ex_id, "skip", None, None, f"mapped but {ex['invalid']}")
            elif "schema" in target:
                name = target["schema"]
                yield Case(ex_id, f"schema {name}", f"/components/schemas/{name}", ex["json"], None)
            elif "request" in target:
                op_id = target["request"]
                path, method = ops[op_id]
                pointer = f"/paths/{_escape(path)}/{method}/requestBody/content/application~1json/schema"
                yield Case(ex_id, f"{op_id} request", pointer, ex["json"], None)
            else:
                op_id, status = target["response"], int(target["status"])
                yield Case(
                    ex_id, f"{op_id} {status}", _response_pointer(spec, op_id, status), ex["json"], None
                )
    for ex_id in sorted(set(examples) - mapped):
        yield Case(ex_id, "unmapped", None, None, "not mapped to an operation (add it to an example map)")


def validator(spec: dict[str, Any], pointer: str) -> Draft202012Validator:
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(URN, resource)
    return Draft202012Validator(
        {"$ref": f"{URN}#{pointer}"}, registry=registry, format_checker=FormatChecker()
    )


def errors(spec: dict[str, Any], case: Case) -> list[str]:
    assert case.pointer is not None
    found = validator(spec, case.pointer).iter_errors(case.instance)
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:200]}" for e in found]


def main() -> None:
    spec = load_spec(Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC)
    ok = bad = skipped = 0
    for case in cases(spec):
        if case.skip:
            skipped += 1
            print(f"SKIP {case.id}: {case.skip}")
            continue
        errs = errors(spec, case)
        if errs:
            bad += 1
            print(f"FAIL {case.id} ({case.target}):")
            for e in errs[:5]:
                print(f"     {e}")
        else:
            ok += 1
    print(f"{ok} valid, {bad} invalid, {skipped} skipped")


if __name__ == "__main__":
    main()
