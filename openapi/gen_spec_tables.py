"""Compile openapi/instaview.yaml into the tables the hand-written layer reads (run by ``nox -s generate``).

Writes ``generated/instaview_spec/``:
- ``operations.py``: per operationId its method, path, path parameters, query parameter schemas and request
  body schema (``$ref``s inlined), so the layer checks arguments against the spec's limits; and ``ENUMS``,
  every named enum of ``components/schemas`` (name -> values), for code that needs a closed set by name;
- ``params.py``: a ``TypedDict`` per operation's body and query, so every keyword argument is typed;
- ``events.py``: the webhook events of the spec's top-level ``webhooks:`` (OpenAPI 3.1), from their
  ``x-event-type`` (UPPER_SNAKE), ``x-event-label`` (the dotted ``event`` of a delivery) and ``x-event-code``
  (the documented number, where there is one) extensions, so no event list is kept by hand.
- ``help.py``: per operationId its summary and the description of each argument (the ``instaview`` CLI's help).

    python openapi/gen_spec_tables.py openapi/instaview.yaml generated/instaview_spec
"""

from __future__ import annotations

import json
import keyword
import pprint
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HEADER = '"""Generated from openapi/instaview.yaml by openapi/gen_spec_tables.py (nox -s generate). Do not edit."""\n'
_KEEP = {
    "type", "format", "enum", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems",
    "pattern", "required", "properties", "items", "anyOf", "oneOf", "allOf",
}  # fmt: skip
_SNAKE = re.compile(r"(?<=[a-z0-9])([A-Z])")


def snake(name: str) -> str:
    return _SNAKE.sub(r"_\1", name).lower()


def pascal(op_id: str) -> str:
    return op_id[0].upper() + op_id[1:]


class Compiler:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def schema(self, node: Any) -> Any:
        """A self-contained copy keeping only what argument checks need."""
        node = self.deref(node)
        if not isinstance(node, dict):
            return node
        if "allOf" in node and len(node["allOf"]) == 1 and "properties" not in node:
            return self.schema(node["allOf"][0])
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key not in _KEEP:
                continue
            if key == "properties":
                out[key] = {name: self.schema(sub) for name, sub in value.items()}
            elif key == "items":
                out[key] = self.schema(value)
            elif key in ("anyOf", "oneOf", "allOf"):
                out[key] = [self.schema(sub) for sub in value]
            else:
                out[key] = value
        return out

    def operations(self) -> dict[str, dict[str, Any]]:
        ops: dict[str, dict[str, Any]] = {}
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                raw_params = [*item.get("parameters", []), *op.get("parameters", [])]
                params = [self.deref(p) for p in raw_params]
                body = op.get("requestBody")
                body_schema = None
                if body is not None:
                    body = self.deref(body)
                    media = body.get("content", {}).get("application/json")
                    body_schema = self.schema(media["schema"]) if media else None
                ok = sorted(int(code) for code in op["responses"] if code.isdigit() and code.startswith("2"))
                ops[op["operationId"]] = {
                    "method": method.upper(),
                    "path": path,
                    "tag": op["tags"][0],
                    "path_params": [p["name"] for p in params if p["in"] == "path"],
                    "company_scoped": {"$ref": "#/components/parameters/CompanyId"} in raw_params,
                    "query": {
                        p["name"]: self.schema(p.get("schema", {})) for p in params if p["in"] == "query"
                    },
                    "query_required": [p["name"] for p in params if p["in"] == "query" and p.get("required")],
                    "body": body_schema,
                    "body_required": bool(body and body.get("required")),
                    "success": ok,
                }
                if "x-rate-limit" in op:  # an endpoint's own budget (NOTES.md, "Per-endpoint rate limits")
                    ops[op["operationId"]]["rate_limit"] = dict(op["x-rate-limit"])
        return dict(sorted(ops.items()))

    def help(self) -> dict[str, dict[str, Any]]:
        """Per operationId: summary, description and each argument's description (wire name -> text)."""
        out: dict[str, dict[str, Any]] = {}
        for item in self.spec["paths"].values():
            for op in item.values():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                params = [self.deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
                texts = {
                    p["name"]: p.get("description") or self.deref(p.get("schema", {})).get("description")
                    for p in params
                }
                body = self.deref(op.get("requestBody") or {})
                media = body.get("content", {}).get("application/json")
                schema = self.deref(media["schema"]) if media else {}
                if "allOf" in schema and len(schema["allOf"]) == 1:
                    schema = self.deref(schema["allOf"][0])
                for name, sub in (schema.get("properties") or {}).items():
                    texts[name] = sub.get("description") or self.deref(sub).get("description")
                out[op["operationId"]] = {
                    "summary": " ".join((op.get("summary") or "").split()),
                    "description": " ".join((op.get("description") or "").split()),
                    "arguments": {k: " ".join(v.split()) for k, v in texts.items() if v},
                }
        return dict(sorted(out.items()))

    def enums(self) -> dict[str, list[Any]]:
        """Every named component schema that is an enum: name -> its values, in spec order."""
        schemas = self.spec.get("components", {}).get("schemas", {})
        return {name: list(node["enum"]) for name, node in sorted(schemas.items()) if "enum" in node}

    def events(self) -> dict[str, dict[str, Any]]:
        """The webhook events (``webhooks:``), in spec order: UPPER_SNAKE type -> label, code, payload schema,
        the schema of its ``data``."""
        out: dict[str, dict[str, Any]] = {}
        for key, item in self.spec.get("webhooks", {}).items():
            op = item["post"]
            media = op["requestBody"]["content"]["application/json"]["schema"]
            parts = media.get("allOf", [media])
            refs = [p["$ref"].rsplit("/", 1)[-1] for p in parts if "$ref" in p]
            data = [
                p["properties"]["data"]["$ref"].rsplit("/", 1)[-1]
                for p in parts
                if "$ref" in p.get("properties", {}).get("data", {})
            ]
            out[op["x-event-type"]] = {
                "label": op.get("x-event-label", key),
                "code": op.get("x-event-code"),
                "payload": refs[0] if refs else None,
                "data": data[0] if data else None,
            }
        return out


def render_events(events: dict[str, dict[str, Any]]) -> str:
    table = pprint.pformat(events, width=110, sort_dicts=False)
    codes = {e["code"]: name for name, e in events.items() if e["code"] is not None}
    labels = {name: e["label"] for name, e in events.items()}
    return (
        HEADER
        + "\nfrom typing import Any\n\n"
        + "# UPPER_SNAKE event type -> its dotted label (a delivery's `event`), numeric code, payload and data schemas.\n"
        + "EVENTS: dict[str, dict[str, Any]] = "
        + table
        + "\n\nEVENT_CODES: dict[int, str] = "
        + pprint.pformat(dict(sorted(codes.items())), width=110, sort_dicts=False)
        + "\n\nEVENT_LABELS: dict[str, str] = "
        + pprint.pformat(labels, width=110, sort_dicts=False)
        + "\n"
    )


def py_type(schema: Any, for_query: bool = False) -> str:
    """A Python annotation for an argument with this (compiled) schema."""
    if not isinstance(schema, dict):
        return "Any"
    variants = schema.get("anyOf") or schema.get("oneOf")
    if variants:
        parts = [py_type(v) for v in variants]
        return " | ".join(dict.fromkeys(parts))
    kind = schema.get("type")
    nullable = isinstance(kind, list) and "null" in kind
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if "enum" in schema and kind in ("string", None):
        base = "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    elif kind == "string":
        fmt = schema.get("format")
        base = {
            "date-time": "datetime.datetime | str",
            "date": "datetime.date | str",
            "uuid": "str | UUID",
        }.get(fmt or "", "str")
    elif kind == "integer":
        base = "int"
    elif kind == "number":
        base = "float"
    elif kind == "boolean":
        base = "bool"
    elif kind == "array":
        base = f"Sequence[{py_type(schema.get('items', {}))}]"
    elif kind == "null":
        return "None"
    elif kind == "object" or "properties" in schema:
        base = "Mapping[str, Any]"
    else:
        base = "Any"
    return f"{base} | None" if nullable else base


def typed_dict(name: str, fields: dict[str, Any], required: set[str], doc: str) -> str:
    # every method also takes the per-call options (timeout=, extra_headers=, extra_query=, extra_body=)
    lines = [f"class {name}(RequestOptions, total=False):", f'    """{doc}"""', ""]
    if not fields:
        lines.append("    pass")
    for wire, schema in fields.items():
        attr = snake(wire)
        if keyword.iskeyword(attr):
            continue
        annotation = py_type(schema)
        lines.append(f"    {attr}: {'Required[' + annotation + ']' if wire in required else annotation}")
    return "\n".join(lines) + "\n"


def render_params(ops: dict[str, dict[str, Any]]) -> str:
    out = [
        HEADER,
        "from __future__ import annotations\n",
        "import datetime",
        "from collections.abc import Mapping, Sequence",
        "from typing import Any, Literal, Required",
        "from uuid import UUID\n",
        "from instaview_plus._types import RequestOptions\n",
        "__all__ = [",
    ]
    classes: list[str] = []
    names: list[str] = []
    for op_id, op in ops.items():
        query = {k: v for k, v in op["query"].items() if k != "companyId"}
        if query:
            name = f"{pascal(op_id)}Query"
            names.append(name)
            classes.append(
                typed_dict(
                    name,
                    query,
                    set(op["query_required"]),
                    f"Query arguments of {op_id} (and the per-call options).",
                )
            )
        body = op["body"]
        if body and body.get("properties"):
            name = f"{pascal(op_id)}Body"
            names.append(name)
            classes.append(
                typed_dict(
                    name,
                    body["properties"],
                    set(body.get("required", [])),
                    f"Body of {op_id} (and the per-call options).",
                )
            )
    out += [f'    "{n}",' for n in sorted(names)] + ["]\n\n"]
    return "\n".join(out) + "\n\n".join(classes)


def main() -> None:
    spec_path, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    compiler = Compiler(spec)
    ops = compiler.operations()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "__init__.py").write_text(HEADER, encoding="utf-8")
    # The tables as JSON beside the module: parsing JSON costs a tenth of executing the same dict literal
    # (the layer reads them on its first request, so this is part of the first call's import cost).
    tables = {"OPERATIONS": ops, "ENUMS": compiler.enums()}
    (out_dir / "operations.json").write_text(json.dumps(tables, indent=1) + "\n", encoding="utf-8")
    (out_dir / "operations.py").write_text(
        HEADER
        + "\nimport json\nfrom pathlib import Path\nfrom typing import Any\n\n"
        + '_TABLES = json.loads(Path(__file__).with_name("operations.json").read_text(encoding="utf-8"))\n'
        + 'OPERATIONS: dict[str, dict[str, Any]] = _TABLES["OPERATIONS"]\n'
        + 'ENUMS: dict[str, list[Any]] = _TABLES["ENUMS"]\n',
        encoding="utf-8",
    )
    (out_dir / "params.py").write_text(render_params(ops), encoding="utf-8")
    (out_dir / "events.py").write_text(render_events(compiler.events()), encoding="utf-8")
    helps = pprint.pformat(compiler.help(), width=110, sort_dicts=False)
    (out_dir / "help.py").write_text(
        HEADER + "\nfrom typing import Any\n\nHELP: dict[str, dict[str, Any]] = " + helps + "\n",
        encoding="utf-8",
    )
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    print(f"{len(ops)} operations -> {out_dir}")


if __name__ == "__main__":
    main()
