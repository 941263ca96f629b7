"""Python arguments → the documented wire form, checked against the spec's limits before anything is sent.

The request schemas come from ``openapi/instaview.yaml`` (compiled into ``instaview_plus._generated.spec.operations`` by
``nox -s generate``), so the limits live in one place. Arguments are snake_case; nested mappings may use
snake_case or the wire's camelCase keys. Every refusal is an ``InvalidRequestError`` naming the argument
(``location.work_mode``, ``questions[3]``), what was expected and what was given.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import unicodedata
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .._exceptions import InvalidRequestError, NaiveDatetimeError, NonexistentTimeError
from .._types import NotGiven

__all__ = ["check_json", "check_path_id", "datetime_to_wire", "is_uuid", "short_repr", "snake", "to_wire"]

_SNAKE = re.compile(r"(?<=[a-z0-9])([A-Z])")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_DEPTH = 200  # nesting a JSON body may have (json and the server recurse over it)
_ZONE_HINT = "pass an aware datetime, e.g. datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo('Europe/Bratislava'))"


def snake(name: str) -> str:
    """``requiredSkills`` → ``required_skills``."""
    return _SNAKE.sub(r"_\1", name).lower()


def short_repr(value: Any) -> str:
    """``repr(value)``, shortened to 60 characters."""
    try:
        shown = repr(value)
    except Exception:  # a hostile __repr__
        shown = f"<{type(value).__name__}>"
    return shown if len(shown) <= 60 else shown[:57] + "..."


def is_uuid(value: str) -> bool:
    """Whether ``value`` is a UUID's text (any of the forms ``uuid.UUID`` reads)."""
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _fail(arg: str, expected: str, value: Any) -> InvalidRequestError:
    return InvalidRequestError(f"{arg} must be {expected} (got {short_repr(value)})", argument=arg)


def check_path_id(value: Any, arg: str) -> str:
    """An id that stays in its own path segment, or ``InvalidRequestError`` naming ``arg``.

    Refused: non-strings, empty or blank ids, the dot segments ``.`` and ``..`` (HTTP clients resolve them,
    so ``delete("..")`` would hit the parent resource), control characters and lone surrogates. Everything
    else is percent-encoded into exactly one segment by the pipeline.
    """
    if not isinstance(value, str) or not value.strip():
        raise _fail(arg, "a non-empty string id", value)
    if value in (".", ".."):
        raise _fail(arg, "an id, not a relative path segment", value)
    if value.isascii() and value.isprintable():  # no ASCII control character, and ASCII has no surrogates
        return value
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc":
            raise _fail(arg, "an id without control characters", value)
        if category == "Cs":
            raise _fail(arg, "an id without lone surrogates", value)
    return value


def check_json(value: Any, arg: str, depth: int = 0) -> Any:
    """``value`` if it is plain JSON that can be sent (str keys, finite numbers, UTF-8-encodable strings).

    Free-form fields (``metadata``) go through here; anything else (datetimes, sets, tuple keys, NaN,
    infinity, lone surrogates, integers too long to print) is an ``InvalidRequestError`` naming the path.
    """
    if depth > _MAX_DEPTH:
        raise _fail(arg, f"JSON nested at most {_MAX_DEPTH} levels deep", "...")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if not value.isascii() and any(unicodedata.category(c) == "Cs" for c in value):
            raise _fail(arg, "a string without lone surrogates (it cannot be sent as UTF-8)", value)
        return value
    if isinstance(value, int):
        try:
            str(value)
        except ValueError:
            raise _fail(arg, "an integer of at most 4300 digits", "<huge int>") from None
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(arg, "a finite number (JSON has no NaN or Infinity)", value)
        return value
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidRequestError(
                    f"{arg} keys must be strings (JSON object keys; got {short_repr(key)})",
                    argument=f"{arg}[{short_repr(key)}]",
                )
            check_json(key, f"{arg}[{short_repr(key[:20])}]", depth + 1)
            out[key] = check_json(item, f"{arg}.{key}", depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [check_json(item, f"{arg}[{i}]", depth + 1) for i, item in enumerate(value)]
    raise _fail(arg, "JSON (a dict, list, str, int, float, bool or None)", value)


def datetime_to_wire(value: Any, arg: str) -> str:
    """An aware datetime (or ISO string with an offset) → ISO 8601 keeping its wall time and UTC offset.

    >>> from zoneinfo import ZoneInfo
    >>> datetime_to_wire(dt.datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide")), "at")
    '2026-04-02T07:00:00+10:30'
    """
    # dateutil is imported on the first datetime argument (it costs more than the rest of the layer to load)
    from dateutil import parser as date_parser
    from dateutil import tz

    if isinstance(value, str):
        try:
            parsed = date_parser.isoparse(value)
        except (ValueError, OverflowError) as exc:
            raise _fail(arg, "an ISO 8601 date-time with a UTC offset", value) from exc
        if parsed.tzinfo is None:
            raise NaiveDatetimeError(
                f"{arg} has no UTC offset ({value!r}); add one (e.g. '+02:00') or {_ZONE_HINT}", argument=arg
            )
        _in_range(parsed, arg)
        return value  # valid and carrying its offset: sent exactly as the caller wrote it
    if not isinstance(value, dt.datetime):
        raise _fail(arg, "a timezone-aware datetime.datetime", value)
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{arg} must be timezone-aware (got {value!r}, no tzinfo); {_ZONE_HINT}", argument=arg
        )
    _in_range(value, arg)
    if not tz.datetime_exists(value):
        raise NonexistentTimeError(
            f"{arg} {value.replace(tzinfo=None).isoformat()} does not exist in {value.tzinfo} (a daylight-saving"
            " gap); pick a time outside the gap",
            argument=arg,
        )
    return value.isoformat()


def _in_range(value: dt.datetime, arg: str) -> None:
    """Refuse an aware datetime whose UTC time is outside what ``datetime`` can hold (year 1 at +10:00)."""
    try:
        value.astimezone(dt.UTC)
    except (OverflowError, ValueError) as exc:
        raise _fail(arg, "a date-time whose UTC time is between years 1 and 9999", value) from exc


def _string(value: Any, schema: Mapping[str, Any], arg: str) -> Any:
    fmt = schema.get("format")
    if isinstance(value, enum.Enum):
        value = value.value
    if fmt == "date-time":
        return datetime_to_wire(value, arg)
    if fmt == "date":
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
            raise _fail(arg, "a datetime.date (or 'YYYY-MM-DD')", value)
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError as exc:
                raise _fail(arg, "a date as 'YYYY-MM-DD'", value) from exc
        return value.isoformat()
    if fmt == "uuid" and isinstance(value, uuid.UUID):
        value = str(value)
    if not isinstance(value, str):
        raise _fail(arg, "a string", value)
    check_json(value, arg)
    if "enum" in schema and value not in schema["enum"]:
        raise _fail(arg, "one of " + ", ".join(repr(v) for v in schema["enum"]), value)
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(value) < low:
        raise _fail(
            arg, "a non-empty string" if low == 1 else f"a string of at least {low} characters", value
        )
    if high is not None and len(value) > high:
        raise _fail(arg, f"a string of at most {high} characters (got {len(value)})", value[:20] + "…")
    if fmt == "uuid":
        try:
            uuid.UUID(value)
        except ValueError as exc:
            raise _fail(arg, "a UUID", value) from exc
    elif fmt == "email" and not _EMAIL.match(value):
        raise _fail(arg, "an e-mail address", value)
    elif fmt == "uri":
        parts = urlsplit(value)
        if not (parts.scheme and parts.netloc):
            raise _fail(arg, "an absolute URL (https://...)", value)
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise _fail(arg, f"a string matching {schema['pattern']}", value)
    return value


def _number(value: Any, schema: Mapping[str, Any], arg: str) -> Any:
    integer = schema.get("type") == "integer"
    if isinstance(value, bool) or not isinstance(value, int if integer else int | float):
        raise _fail(arg, "an integer" if integer else "a number", value)
    check_json(value, arg)
    low, high = schema.get("minimum"), schema.get("maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = (
            f"between {low} and {high}"
            if low is not None and high is not None
            else (f"at least {low}" if low is not None else f"at most {high}")
        )
        raise _fail(arg, f"{'an integer' if integer else 'a number'} {bounds}", value)
    if "enum" in schema and value not in schema["enum"]:
        raise _fail(arg, "one of " + ", ".join(map(repr, schema["enum"])), value)
    return value


def _array(value: Any, schema: Mapping[str, Any], arg: str) -> Any:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set | frozenset):
        raise _fail(arg, "a list", value)
    low, high = schema.get("minItems"), schema.get("maxItems")
    if low is not None and len(value) < low:
        raise _fail(arg, f"a list of at least {low} item{'s' if low != 1 else ''}", value)
    if high is not None and len(value) > high:
        raise _fail(arg, f"a list of at most {high} items (got {len(value)})", f"[{len(value)} items]")
    items = schema.get("items") or {}
    return [to_wire(v, items, f"{arg}[{i}]") for i, v in enumerate(value)]


def _object(value: Any, schema: Mapping[str, Any], arg: str) -> Any:
    if not isinstance(value, Mapping):
        raise _fail(arg, "a mapping (dict)", value)
    props: Mapping[str, Any] = schema.get("properties") or {}
    if not props:
        return check_json(value, arg)  # free-form (metadata): any JSON object
    by_snake = {snake(name): name for name in props}
    out: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(item, NotGiven):
            continue
        wire = key if key in props else by_snake.get(key)
        if wire is None:
            allowed = ", ".join(sorted(by_snake))
            raise InvalidRequestError(
                f"{arg} has no field {key!r}; the documented fields are: {allowed}", argument=f"{arg}.{key}"
            )
        out[wire] = to_wire(item, props[wire], f"{arg}.{snake(wire)}")
    missing = [snake(name) for name in schema.get("required", ()) if name not in out]
    if missing:
        raise InvalidRequestError(f"{arg} is missing required field(s): {', '.join(missing)}", argument=arg)
    return out


def _allows_null(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_allows_null(s) for s in schema.get("anyOf", ()) or schema.get("oneOf", ()))


def _merged(schema: Mapping[str, Any]) -> dict[str, Any]:
    """An ``allOf`` folded into one schema (properties and required lists united; the inline candidate of
    POST /interviews is CandidateCreate plus ``required: [gdprExpiryDate]``)."""
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = _merged(part) if "allOf" in part else part
        for key, value in part.items():
            if key == "properties":
                out["properties"] = {**out.get("properties", {}), **value}
            elif key == "required":
                out["required"] = [*out.get("required", []), *value]
            else:
                out.setdefault(key, value)
    return out


def to_wire(value: Any, schema: Mapping[str, Any], arg: str) -> Any:
    """Check ``value`` against ``schema`` and return its JSON form; ``arg`` names it in errors."""
    if value is None:
        if _allows_null(schema):
            return None
        raise _fail(arg, "given (None is not allowed here; leave the argument out instead)", value)
    if "allOf" in schema:
        schema = _merged(schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        first: InvalidRequestError | None = None
        for branch in branches:
            if branch.get("type") == "null":
                continue
            try:
                return to_wire(value, branch, arg)
            except (NaiveDatetimeError, NonexistentTimeError):
                raise  # a datetime was meant (a date-or-datetime field): its own error says what to fix
            except InvalidRequestError as exc:
                first = first or exc
        assert first is not None
        raise first
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "string" or (kind is None and "enum" in schema and isinstance(value, str | enum.Enum)):
        return _string(value, schema, arg)
    if kind in ("integer", "number"):
        return _number(value, schema, arg)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise _fail(arg, "True or False", value)
        return value
    if kind == "array":
        return _array(value, schema, arg)
    if kind == "object" or "properties" in schema:
        return _object(value, schema, arg)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return datetime_to_wire(value, arg)
    if isinstance(value, dt.date):
        return value.isoformat()
    return check_json(value, arg)
