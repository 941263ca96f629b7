"""Classify the differences between two versions of an OpenAPI 3.1 document, from a client's point of view.

``diff_specs(old, new)`` is pure (two parsed documents in, a list of ``Change`` out). The rules:

* breaking: a removed operation, a removed or renamed field or parameter, a newly required request field or
  parameter, a narrowed request enum (values removed), a changed type or format, a response field that is
  no longer required, a removed success status, a tighter ``x-rate-limit``;
* webhook events (the top-level ``webhooks:``): a removed or renamed event, a changed label or code is
  breaking, an added event is not; delivery payloads are compared like responses;
* an enum value removed and another added in the same place is reported once, as a rename (breaking);
* non-breaking: an added operation, an added optional request field or parameter, a requirement relaxed,
  an added enum value (requests and responses alike: the SDK keeps unknown response values as strings), an
  added response field or success status.

Schemas are compared after resolving ``$ref`` and merging ``allOf``. ``anyOf``/``oneOf`` are read the way
our spec uses them: ``[X, {type: null}]`` is a nullable X, ``[Enum, {type: string}]`` an extensible enum,
and other unions (the response shapes ``[Envelope, Bare]``) are compared branch by branch, paired by
``$ref`` name where there is one, else by position. Descriptions, examples and other prose are ignored:
behaviour the spec only describes in words is not seen here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Change", "diff_specs"]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_LIMITS_UPPER = ("maxLength", "maximum", "maxItems", "exclusiveMaximum")
_LIMITS_LOWER = ("minLength", "minimum", "minItems", "exclusiveMinimum")
_SCALARS = {"string", "integer", "number"}


@dataclass(frozen=True, order=True)
class Change:
    """One difference: what kind, where (``METHOD /path`` and the place in it), breaking or not, and why.

    ``schema`` is the same place relative to the named component schema that declares it
    (``Company.ownerEmail``), when there is one: the report prints a change once per schema, with the
    operations it reaches, instead of once per operation and response shape.
    """

    kind: str
    location: str
    breaking: bool
    message: str
    schema: str = ""


class _Resolver:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def ref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            pointer = str(node["$ref"])
            if pointer in seen or not pointer.startswith("#/"):
                return {}
            seen.add(pointer)
            target: Any = self.spec
            for part in pointer[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
            node = target
        return node

    def schema(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """The schema with $ref resolved and allOf merged (one level of properties; deeper on demand)."""
        node = self.ref(node)
        if not isinstance(node, Mapping):
            return {}
        out = {k: v for k, v in node.items() if k != "allOf"}
        for part in node.get("allOf", []) if depth < 20 else []:
            merged = self.schema(part, depth + 1)
            props = {**merged.get("properties", {}), **out.get("properties", {})}
            required = list(dict.fromkeys([*merged.get("required", []), *out.get("required", [])]))
            out = {**merged, **out}
            if props:
                out["properties"] = props
            if required:
                out["required"] = required
        return out


def _ref_name(node: Any) -> str | None:
    if isinstance(node, Mapping) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def _owner_name(node: Any) -> str | None:
    """The named schema a node stands for: a ``$ref``, or the one ``$ref`` of a nullable or extensible union
    (``[X, {type: null}]``, ``[Enum, {type: string}]``)."""
    name = _ref_name(node)
    if name is not None or not isinstance(node, Mapping):
        return name
    branches = [*node.get("anyOf", []), *node.get("oneOf", [])]
    refs = [b for b in branches if _ref_name(b)]
    others = [b for b in branches if not _ref_name(b)]
    plain = all(isinstance(b, Mapping) and set(b) <= {"type", "description"} for b in others)
    return _ref_name(refs[0]) if len(refs) == 1 and plain else None


def _types(schema: Mapping[str, Any]) -> set[str]:
    t = schema.get("type")
    if t is None:
        return set()
    return {t} if isinstance(t, str) else set(t)


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = _Resolver(old), _Resolver(new)
        self.changes: list[Change] = []
        self._owner: tuple[str, str] | None = None  # (location where a named schema starts, its name)

    def add(self, kind: str, location: str, breaking: bool, message: str) -> None:
        schema = ""
        if self._owner is not None and location.startswith(self._owner[0]):
            schema = self._owner[1] + location[len(self._owner[0]) :]
        self.changes.append(Change(kind, location, breaking, message, schema))

    # -- schemas ---------------------------------------------------------------------------------------

    def _view(self, resolver: _Resolver, node: Any) -> tuple[dict[str, Any], bool, list[Any], bool]:
        """(schema, nullable, union branches, open enum) of a node, reading our anyOf idioms."""
        schema = resolver.schema(node)
        nullable = "null" in _types(schema)
        branches = list(schema.get("anyOf", [])) + list(schema.get("oneOf", []))
        if not branches:
            return schema, nullable, [], False
        rest = []
        for branch in branches:
            b = resolver.schema(branch)
            if _types(b) == {"null"}:
                nullable = True
            else:
                rest.append(branch)
        resolved = [resolver.schema(b) for b in rest]
        enums = [b for b in resolved if "enum" in b]
        plain = [b for b in resolved if "enum" not in b and _types(b) and _types(b) <= _SCALARS]
        if enums and len(enums) + len(plain) == len(resolved):
            # Enum alternatives (+ a plain scalar: an extensible enum) read as one enum of all their values.
            values = list(dict.fromkeys(v for b in enums for v in b["enum"]))
            return {"enum": values}, nullable, [], bool(plain)
        if len(rest) == 1:
            inner, inner_null, inner_branches, inner_open = self._view(resolver, rest[0])
            return inner, nullable or inner_null, inner_branches, inner_open
        return {}, nullable, rest, False

    def schemas(self, old: Any, new: Any, where: str, request: bool, depth: int = 0) -> None:
        if depth > 12:
            return
        name = _owner_name(new) or _owner_name(old)
        if name is None:
            self._schemas(old, new, where, request, depth)
            return
        outer, self._owner = self._owner, (where, name)
        try:
            self._schemas(old, new, where, request, depth)
        finally:
            self._owner = outer

    def _schemas(self, old: Any, new: Any, where: str, request: bool, depth: int) -> None:
        o, o_null, o_branches, o_open = self._view(self.old, old)
        n, n_null, n_branches, n_open = self._view(self.new, new)
        if o_branches or n_branches:
            self._unions(old, new, o_branches, n_branches, where, request, depth)
            return
        if request and o_null and not n_null:
            self.add("type-changed", where, True, "no longer accepts null")
        if not request and n_null and not o_null:
            self.add("type-changed", where, True, "may now be null in responses")
        o_types, n_types = _types(o) - {"null"}, _types(n) - {"null"}
        if (
            o_types
            and n_types
            and o_types != n_types
            and not (o_types == {"integer"} and n_types == {"number"})
        ):
            self.add("type-changed", where, True, f"type {_fmt(o_types)} -> {_fmt(n_types)}")
            return
        if o.get("format") != n.get("format") and o.get("format") and n.get("format"):
            self.add("format-changed", where, True, f"format {o['format']} -> {n['format']}")
        elif request and n.get("format") and not o.get("format"):
            self.add("format-changed", where, True, f"format {n['format']} now required")
        self._enums(o, n, o_open or n_open, where, request)
        if request:
            self._limits(o, n, where)
        if "properties" in o or "properties" in n:
            self._objects(o, n, where, request, depth)
        if "items" in o and "items" in n:
            self.schemas(o["items"], n["items"], where + "[]", request, depth + 1)

    def _unions(
        self, old: Any, new: Any, o_b: list[Any], n_b: list[Any], where: str, request: bool, depth: int
    ) -> None:
        o_b = o_b or [old]
        n_b = n_b or [new]
        o_named = {str(_ref_name(b)): b for b in o_b if _ref_name(b)}
        n_named = {str(_ref_name(b)): b for b in n_b if _ref_name(b)}
        pairs: list[tuple[Any, Any, str]] = []
        if o_named and set(o_named) & set(n_named):
            for name in sorted(set(o_named) & set(n_named)):
                pairs.append((o_named[name], n_named[name], f"{where}<{name}>"))
            for name in sorted(set(o_named) - set(n_named)):
                self.add(
                    "shape-removed", where, request, f"no longer {'accepts' if request else 'answers'} {name}"
                )
            for name in sorted(set(n_named) - set(o_named)):
                self.add(
                    "shape-added", where, not request, f"now {'accepts' if request else 'may answer'} {name}"
                )
        else:
            for i, (a, b) in enumerate(zip(o_b, n_b, strict=False)):
                pairs.append((a, b, f"{where}<{_ref_name(b) or i}>"))
            if len(o_b) != len(n_b):
                self.add("shape-changed", where, True, f"{len(o_b)} alternative shapes -> {len(n_b)}")
        for a, b, label in pairs:
            self.schemas(a, b, label, request, depth + 1)

    def _enums(
        self, o: Mapping[str, Any], n: Mapping[str, Any], open_: bool, where: str, request: bool
    ) -> None:
        if "enum" not in o or "enum" not in n:
            if "enum" in n and "enum" not in o and request:
                self.add("enum-narrowed", where, True, f"now limited to {n['enum']}")
            return
        removed = [v for v in o["enum"] if v not in n["enum"]]
        added = [v for v in n["enum"] if v not in o["enum"]]
        if len(removed) == 1 and len(added) == 1:
            # One value gone and one new in the same place: a rename. Code sending or matching the old value
            # stops working, in requests and responses alike.
            self.add("enum-renamed", where, True, f"enum value renamed? {removed[0]!r} -> {added[0]!r}")
            return
        if removed:
            breaking = request  # a response enum losing values only means the server sends fewer of them
            note = (
                "" if request else " (responses: the server no longer sends them; code matching them is dead)"
            )
            self.add("enum-narrowed", where, breaking, f"enum values removed: {removed}{note}")
        if added:
            note = "" if request or open_ else " (closed enum in responses: the SDK keeps unknown values)"
            self.add("enum-widened", where, False, f"enum values added: {added}{note}")

    def _limits(self, o: Mapping[str, Any], n: Mapping[str, Any], where: str) -> None:
        for key in (*_LIMITS_UPPER, *_LIMITS_LOWER):
            a, b = o.get(key), n.get(key)
            if a == b or not isinstance(a if a is not None else b, int | float):
                continue
            tighter = (
                (a is None or (b is not None and b < a))
                if key in _LIMITS_UPPER
                else (a is None or (b is not None and b > a))
            )
            if b is None:
                tighter = False
            self.add(
                "constraint-narrowed" if tighter else "constraint-widened",
                where,
                tighter,
                f"{key} {a} -> {b}",
            )

    def _objects(
        self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, request: bool, depth: int
    ) -> None:
        o_props, n_props = dict(o.get("properties", {})), dict(n.get("properties", {}))
        o_req, n_req = set(o.get("required", [])), set(n.get("required", []))
        removed = sorted(set(o_props) - set(n_props))
        added = sorted(set(n_props) - set(o_props))
        if len(removed) == 1 and len(added) == 1 and self._same_shape(o_props[removed[0]], n_props[added[0]]):
            a, b = removed[0], added[0]
            self.add("field-renamed", f"{where}.{a}", True, f"renamed? {a} -> {b} (same type, same place)")
            removed, added = [], []
        for name in removed:
            side = "request" if request else "response"
            self.add("field-removed", f"{where}.{name}", True, f"{side} field removed")
        for name in added:
            if request and name in n_req:
                self.add("field-added", f"{where}.{name}", True, "new required request field")
            else:
                what = "optional request field" if request else "response field"
                self.add("field-added", f"{where}.{name}", False, f"new {what}")
        for name in sorted(set(o_props) & set(n_props)):
            here = f"{where}.{name}"
            if request and name in n_req and name not in o_req:
                self.add("field-required", here, True, "request field is now required")
            if request and name in o_req and name not in n_req:
                self.add("field-optional", here, False, "request field is now optional")
            if not request and name in o_req and name not in n_req:
                self.add("field-optional", here, True, "response field may now be absent")
            if not request and name in n_req and name not in o_req:
                self.add("field-required", here, False, "response field is now always present")
            self.schemas(o_props[name], n_props[name], here, request, depth + 1)

    def _same_shape(self, a: Any, b: Any) -> bool:
        x, _, xb, _ = self._view(self.old, a)
        y, _, yb, _ = self._view(self.new, b)
        return not xb and not yb and _types(x) == _types(y) and x.get("format") == y.get("format")

    # -- operations ------------------------------------------------------------------------------------

    def operations(self) -> None:
        old_ops, new_ops = dict(_operations(self.old)), dict(_operations(self.new))
        for key in sorted(set(old_ops) - set(new_ops)):
            self.add(
                "operation-removed", key, True, f"operation {old_ops[key][0].get('operationId', '')} removed"
            )
        for key in sorted(set(new_ops) - set(old_ops)):
            self.add("operation-added", key, False, f"new operation {new_ops[key][0].get('operationId', '')}")
        for key in sorted(set(old_ops) & set(new_ops)):
            (o_op, o_params), (n_op, n_params) = old_ops[key], new_ops[key]
            self._parameters(o_params, n_params, key)
            self._body(o_op, n_op, key)
            self._responses(o_op, n_op, key)
            self._rate_limit(o_op, n_op, key)

    def _parameters(self, o: dict[tuple[str, str], Any], n: dict[tuple[str, str], Any], where: str) -> None:
        removed = sorted(set(o) - set(n))
        added = sorted(set(n) - set(o))
        for place in {p for p, _ in removed}:
            gone = [k for k in removed if k[0] == place]
            new = [k for k in added if k[0] == place]
            if (
                len(gone) == 1
                and len(new) == 1
                and self._same_shape(o[gone[0]].get("schema"), n[new[0]].get("schema"))
            ):
                self.add(
                    "parameter-renamed",
                    f"{where} {place} {gone[0][1]}",
                    True,
                    f"renamed? {gone[0][1]} -> {new[0][1]}",
                )
                removed.remove(gone[0])
                added.remove(new[0])
        for place, name in removed:
            self.add("parameter-removed", f"{where} {place} {name}", True, f"{place} parameter removed")
        for place, name in added:
            required = bool(n[(place, name)].get("required"))
            what = "new required" if required else "new optional"
            self.add("parameter-added", f"{where} {place} {name}", required, f"{what} {place} parameter")
        for key in sorted(set(o) & set(n)):
            here = f"{where} {key[0]} {key[1]}"
            was, now = bool(o[key].get("required")), bool(n[key].get("required"))
            if now and not was:
                self.add("parameter-required", here, True, "parameter is now required")
            if was and not now:
                self.add("parameter-optional", here, False, "parameter is now optional")
            self.schemas(o[key].get("schema"), n[key].get("schema"), here, request=True)

    def _body(self, o_op: Mapping[str, Any], n_op: Mapping[str, Any], where: str) -> None:
        o_body, n_body = self.old.ref(o_op.get("requestBody")), self.new.ref(n_op.get("requestBody"))
        if not o_body and not n_body:
            return
        if not o_body:
            required = bool(n_body.get("required"))
            self.add(
                "body-added",
                f"{where} body",
                required,
                "request body added" + (" (required)" if required else ""),
            )
            return
        if not n_body:
            self.add("body-removed", f"{where} body", True, "request body removed")
            return
        if n_body.get("required") and not o_body.get("required"):
            self.add("body-required", f"{where} body", True, "request body is now required")
        o_schema = _json_schema(o_body)
        n_schema = _json_schema(n_body)
        if o_schema is not None and n_schema is not None:
            self.schemas(o_schema, n_schema, f"{where} body", request=True)

    def _responses(self, o_op: Mapping[str, Any], n_op: Mapping[str, Any], where: str) -> None:
        o_res = {
            k: self.old.ref(v) for k, v in (o_op.get("responses") or {}).items() if str(k).startswith("2")
        }
        n_res = {
            k: self.new.ref(v) for k, v in (n_op.get("responses") or {}).items() if str(k).startswith("2")
        }
        for code in sorted(set(o_res) - set(n_res)):
            self.add("response-removed", f"{where} {code}", True, f"success status {code} removed")
        for code in sorted(set(n_res) - set(o_res)):
            self.add("response-added", f"{where} {code}", False, f"success status {code} added")
        for code in sorted(set(o_res) & set(n_res)):
            o_schema, n_schema = _json_schema(o_res[code]), _json_schema(n_res[code])
            if o_schema is not None and n_schema is not None:
                self.schemas(o_schema, n_schema, f"{where} {code}", request=False)

    def _rate_limit(self, o_op: Mapping[str, Any], n_op: Mapping[str, Any], where: str) -> None:
        o_rl, n_rl = _per_second(o_op.get("x-rate-limit")), _per_second(n_op.get("x-rate-limit"))
        if o_rl == n_rl:
            return
        label = f"{n_op.get('x-rate-limit') or 'none'}"
        if n_rl is None:
            self.add("rate-limit-changed", where, False, "x-rate-limit removed")
        elif o_rl is None:
            self.add("rate-limit-changed", where, False, f"x-rate-limit declared: {label}")
        else:
            self.add(
                "rate-limit-changed", where, n_rl < o_rl, f"x-rate-limit {o_op['x-rate-limit']} -> {label}"
            )


def _per_second(limit: Any) -> float | None:
    if not isinstance(limit, Mapping) or not limit.get("requests") or not limit.get("seconds"):
        return None
    return float(limit["requests"]) / float(limit["seconds"])


def _json_schema(holder: Mapping[str, Any]) -> Any:
    content = holder.get("content") or {}
    for media, body in content.items():
        if "json" in media and isinstance(body, Mapping):
            return body.get("schema")
    return None


def _fmt(types: set[str]) -> str:
    return "|".join(sorted(types))


def _operations(
    resolver: _Resolver,
) -> Iterator[tuple[str, tuple[Mapping[str, Any], dict[tuple[str, str], Any]]]]:
    for path, item in (resolver.spec.get("paths") or {}).items():
        shared = [resolver.ref(p) for p in item.get("parameters", [])]
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            params = {(p.get("in", ""), p.get("name", "")): p for p in shared}
            params.update(
                {(p.get("in", ""), p.get("name", "")): p for p in map(resolver.ref, op.get("parameters", []))}
            )
            yield f"{method.upper()} {path}", (op, params)


def _events(resolver: _Resolver) -> dict[str, Mapping[str, Any]]:
    """UPPER_SNAKE event type (``x-event-type``, else the key) -> its ``webhooks:`` POST operation."""
    out: dict[str, Mapping[str, Any]] = {}
    for key, item in (resolver.spec.get("webhooks") or {}).items():
        op = item.get("post") or {}
        out[str(op.get("x-event-type", key))] = op
    return out


def _webhooks(differ: _Differ) -> None:
    """Webhook events: added, removed, renamed; their label, code and delivery payload (read like a response)."""
    old, new = _events(differ.old), _events(differ.new)
    removed, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    if len(removed) == 1 and len(added) == 1:
        a, b = removed[0], added[0]
        differ.add("event-renamed", f"webhook {a}", True, f"event renamed? {a} -> {b}")
        old[b] = old.pop(a)
        removed, added = [], []
    for name in removed:
        differ.add("event-removed", f"webhook {name}", True, "webhook event removed")
    for name in added:
        differ.add("event-added", f"webhook {name}", False, "new webhook event")
    for name in sorted(set(old) & set(new)):
        o, n = old[name], new[name]
        for ext, what in (
            ("x-event-label", "label (a delivery's `event`)"),
            ("x-event-code", "numeric code"),
        ):
            if o.get(ext) != n.get(ext):
                breaking = o.get(ext) is not None  # a spelling clients match on changed or went away
                differ.add(
                    "event-changed", f"webhook {name}", breaking, f"{what} {o.get(ext)} -> {n.get(ext)}"
                )
        o_schema = _json_schema(differ.old.ref(o.get("requestBody") or {}))
        n_schema = _json_schema(differ.new.ref(n.get("requestBody") or {}))
        if o_schema is not None and n_schema is not None:
            differ.schemas(o_schema, n_schema, f"webhook {name} payload", request=False)


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every client-visible difference from ``old`` to ``new`` (two parsed OpenAPI documents), sorted."""
    differ = _Differ(old, new)
    differ.operations()
    _webhooks(differ)
    return sorted(set(differ.changes), key=lambda c: (c.location, c.kind, c.message))
