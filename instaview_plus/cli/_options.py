"""An operation's arguments as argparse options: typed from their schema, enums as choices, help from the spec."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from typing import Any

from ._commands import Argument

__all__ = ["add_argument", "dest", "kind_of"]

_SCALARS: Mapping[str, Callable[[str], Any]] = {"integer": int, "number": float, "string": str}


def dest(arg: Argument) -> str:
    """The namespace attribute of an argument (prefixed: never clashes with the common options)."""
    return f"arg_{arg.where}_{arg.name}"


def kind_of(schema: Mapping[str, Any]) -> str:
    """``string``/``integer``/``number``/``boolean``/``array`` for what a flag can carry, else ``json``."""
    if "anyOf" in schema or "oneOf" in schema or "allOf" in schema:
        return "json"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind in ("string", "integer", "number", "boolean"):
        return str(kind)
    if kind == "array" and kind_of(schema.get("items") or {}) in _SCALARS:
        return "array"
    return "json"


def _accepts_string(schema: Mapping[str, Any]) -> bool:
    variants = schema.get("anyOf") or schema.get("oneOf") or []
    return any(isinstance(v, dict) and v.get("type") == "string" for v in variants)


def _json_value(schema: Mapping[str, Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            if _accepts_string(schema):
                return text
            raise argparse.ArgumentTypeError(
                f'expected JSON, e.g. \'{{"key": "value"}}\' (got {text!r})'
            ) from None
        return text if isinstance(value, str | int | float) and _accepts_string(schema) else value

    parse.__name__ = "JSON"
    return parse


def _hint(schema: Mapping[str, Any], kind: str) -> str:
    fmt = schema.get("format") or (schema.get("items") or {}).get("format")
    hints = {"date": "YYYY-MM-DD", "date-time": "ISO 8601 with a UTC offset", "uuid": "an id"}
    parts = [hints[fmt]] if fmt in hints else []
    low, high = schema.get("minLength", schema.get("minimum")), schema.get("maxLength", schema.get("maximum"))
    unit = " characters" if "minLength" in schema or "maxLength" in schema else ""
    if low is not None and high is not None:
        parts.append(f"{low}-{high}{unit}")
    elif high is not None:
        parts.append(f"at most {high}{unit}")
    elif low is not None:
        parts.append(f"at least {low}{unit}")
    if kind == "array":
        parts.append("repeat for several")
    if kind == "json":
        parts.append("JSON")
    return f"({', '.join(parts)})" if parts else ""


def add_argument(parser: argparse.ArgumentParser, arg: Argument) -> None:
    """Add one argument: path parameters positional, the rest ``--options``."""
    text = (arg.help or "").replace("%", "%%")
    if arg.where == "path":
        parser.add_argument(dest(arg), metavar=arg.name.upper(), help=text or f"the {arg.name}")
        return
    schema = arg.schema
    kind = kind_of(schema)
    hint = _hint(schema, kind)
    options: dict[str, Any] = {"dest": dest(arg), "help": f"{text} {hint}".strip(), "default": None}
    items = schema.get("items") or {}
    if kind == "boolean":
        options["action"] = argparse.BooleanOptionalAction
    elif kind == "array":
        options.update(action="append", type=_SCALARS[kind_of(items)], metavar=arg.name.upper())
        if "enum" in items:
            options["choices"] = items["enum"]
    elif kind == "json":
        options.update(type=_json_value(schema), metavar="JSON")
    else:
        options.update(type=_SCALARS[kind], metavar=arg.name.upper())
        if "enum" in schema:
            options.update(choices=schema["enum"], metavar="{" + ",".join(map(str, schema["enum"])) + "}")
    if arg.required:
        options["required"] = True
    parser.add_argument(arg.option, **options)
