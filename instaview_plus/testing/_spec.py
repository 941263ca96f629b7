"""The request limits of ``openapi/instaview.yaml``, enforced from the compiled tables (no restated numbers).

``instaview_plus._generated.spec.operations.OPERATIONS`` holds each operation's query and body schemas with every documented
limit (lengths, ranges, item counts, formats, enums, required fields); :func:`check_request` answers the
first violation with the documented 400 naming the field (``job.title``, ``requiredSkills[3]``). Rules that
JSON Schema cannot say (XOR of inline and id, the candidate's job resolution, metadata size, the call-time
window) stay in the handlers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from instaview_plus._generated.spec.operations import ENUMS, OPERATIONS
from instaview_plus._pipeline.wire import is_uuid

from ._errors import BadRequest
from ._validate import EMAIL, fail

__all__ = ["ENUMS", "OPERATIONS", "check_request", "declared", "operation_id"]

_BY_ROUTE = {(op["method"], op["path"]): op_id for op_id, op in OPERATIONS.items()}


def operation_id(method: str, path: str) -> str:
    """The operationId of ``method path`` (the spec's path template, e.g. ``/jobs/{id}``)."""
    return _BY_ROUTE[(method.upper(), path)]


def declared(value: Any, schema: Mapping[str, Any]) -> Any:
    """``value`` keeping only what ``schema`` declares: object properties (recursively, through arrays and
    ``anyOf``/``oneOf``/``allOf``); a schema that declares no properties keeps its value whole."""
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, ()):
            if branch.get("properties") and isinstance(value, dict):
                return declared(value, branch)
    props = schema.get("properties")
    if isinstance(value, dict) and props:
        return {k: declared(v, props[k]) for k, v in value.items() if k in props}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [declared(v, schema["items"]) for v in value]
    return value


def check_request(
    op_id: str, query: Mapping[str, str], body: Any, *, ignored: frozenset[str] = frozenset()
) -> None:
    """Raise the documented 400 for the first query or body value outside the spec's limits.

    ``ignored`` query parameters are not checked (``companyId`` for a regular key, which the docs say is
    ignored then).
    """
    op = OPERATIONS[op_id]
    for name in op["query_required"]:
        if query.get(name) in (None, ""):
            raise fail(name, "is required")
    for name, schema in op["query"].items():
        raw = query.get(name)
        if raw is None or raw == "" or name in ignored:
            continue
        _check(_coerce_query(raw, schema, name), schema, name)
    if op["body"] is not None:
        _check({} if body is None else body, op["body"], "body")


def _coerce_query(raw: str, schema: Mapping[str, Any], name: str) -> Any:
    if schema.get("type") in ("integer", "number"):
        try:
            return int(raw) if schema["type"] == "integer" else float(raw)
        except ValueError:
            raise fail(
                name, f"must be {'an integer' if schema['type'] == 'integer' else 'a number'}"
            ) from None
    return raw


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return list(kind) if isinstance(kind, list) else [kind]


def _label(path: str, key: str) -> str:
    return key if path == "body" else f"{path}.{key}"


def _check(value: Any, schema: Mapping[str, Any], path: str) -> None:
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        first: BadRequest | None = None
        for branch in branches:
            try:
                _check(value, branch, path)
                return
            except BadRequest as exc:
                first = first or exc
        assert first is not None
        raise first
    for part in schema.get("allOf", ()):
        _check(value, part, path)
    kinds = _types(schema)
    if value is None:
        if "null" in kinds or (not kinds and "enum" not in schema):
            return
        raise fail(path, "must not be null")
    if kinds == ["null"]:
        raise fail(path, "must be null")
    kind = next((k for k in kinds if k != "null"), "object" if "properties" in schema else None)
    checker = _CHECKERS.get(kind or "")
    if checker is not None:
        checker(value, schema, path)
    if "enum" in schema and value not in schema["enum"]:
        raise fail(path, f"must be one of {', '.join(map(str, schema['enum']))} (got {value!r})")


def _string(value: Any, schema: Mapping[str, Any], path: str) -> None:
    if not isinstance(value, str):
        raise fail(path, "must be a string")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(value) < low:
        raise fail(path, f"must be at least {low} characters (got {len(value)})")
    if high is not None and len(value) > high:
        raise fail(path, f"must be at most {high} characters (got {len(value)})")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise fail(path, f"must match {schema['pattern']} (got {value!r})")
    fmt = schema.get("format")
    if fmt is not None and not _FORMATS.get(fmt, lambda _v: True)(value):
        raise fail(path, f"must be a valid {fmt} (got {value!r})")


def _number(value: Any, schema: Mapping[str, Any], path: str) -> None:
    integer = schema.get("type") == "integer" or "integer" in _types(schema)
    if isinstance(value, bool) or not isinstance(value, int | float) or (integer and int(value) != value):
        raise fail(path, "must be an integer" if integer else "must be a number")
    low, high = schema.get("minimum"), schema.get("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        raise fail(path, f"must be between {low} and {high} (got {value})")


def _boolean(value: Any, schema: Mapping[str, Any], path: str) -> None:
    if not isinstance(value, bool):
        raise fail(path, "must be a boolean")


def _array(value: Any, schema: Mapping[str, Any], path: str) -> None:
    if not isinstance(value, list):
        raise fail(path, "must be an array")
    low, high = schema.get("minItems"), schema.get("maxItems")
    if (low is not None and len(value) < low) or (high is not None and len(value) > high):
        raise fail(path, f"must contain between {low or 0} and {high} items (got {len(value)})")
    items = schema.get("items")
    if items:
        for i, item in enumerate(value):
            _check(item, items, f"{path}[{i}]")


def _object(value: Any, schema: Mapping[str, Any], path: str) -> None:
    if not isinstance(value, dict):
        raise fail(path, "must be an object" if path != "body" else "request body must be a JSON object")
    for name in schema.get("required", ()):
        if name not in value:
            raise fail(_label(path, name), "is required")
    for name, sub in (schema.get("properties") or {}).items():
        if name in value:
            _check(value[name], sub, _label(path, name))


def _is_date(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def _is_datetime(value: str) -> bool:
    try:
        return "T" in value.upper() and bool(datetime.fromisoformat(value))
    except ValueError:
        return False


def _is_uri(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc)


_FORMATS = {
    "uuid": is_uuid,
    "date": _is_date,
    "date-time": _is_datetime,
    "email": lambda v: bool(EMAIL.match(v)),
    "uri": _is_uri,
}
_CHECKERS = {
    "string": _string,
    "integer": _number,
    "number": _number,
    "boolean": _boolean,
    "array": _array,
    "object": _object,
}
