"""Field validators enforcing the documented limits; each failure raises a 400 naming the field."""

from __future__ import annotations

import json
import re
import uuid as _uuid
from collections.abc import Collection
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from ._errors import BadRequest

__all__ = [
    "body_object",
    "check_date",
    "check_datetime",
    "check_email",
    "check_enum",
    "check_int",
    "check_metadata",
    "check_phone",
    "check_str",
    "check_str_list",
    "check_url",
    "check_uuid",
    "fail",
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def fail(field: str, message: str) -> BadRequest:
    """A 400 for ``field``."""
    return BadRequest(f"{field}: {message}", details={"field": field, "reason": message})


def body_object(raw: Any) -> dict[str, Any]:
    """The request body, which must be a JSON object."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise BadRequest("Request body must be a JSON object", details={"field": "body"})
    return raw


def check_str(
    body: dict[str, Any],
    field: str,
    lo: int = 0,
    hi: int | None = None,
    *,
    required: bool = False,
    nullable: bool = False,
    label: str | None = None,
) -> str | None:
    """A string of length ``lo..hi``."""
    name = label or field
    if field not in body or (body[field] is None and nullable):
        if required:
            raise fail(name, "is required")
        return None
    value = body[field]
    if not isinstance(value, str):
        raise fail(name, "must be a string")
    if len(value) < lo or (hi is not None and len(value) > hi):
        raise fail(
            name,
            f"must be between {lo} and {hi} characters (got {len(value)})"
            if hi is not None
            else f"must be at least {lo} characters",
        )
    return value


def check_int(
    body: dict[str, Any], field: str, lo: int, hi: int, *, required: bool = False, label: str | None = None
) -> int | None:
    """An integer in ``lo..hi``."""
    name = label or field
    if field not in body or body[field] is None:
        if required:
            raise fail(name, "is required")
        return None
    value = body[field]
    if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
        raise fail(name, "must be an integer")
    if not lo <= value <= hi:
        raise fail(name, f"must be between {lo} and {hi} (got {value})")
    return int(value)


def check_enum(
    body: dict[str, Any],
    field: str,
    allowed: Collection[str],
    *,
    required: bool = False,
    nullable: bool = False,
    label: str | None = None,
) -> str | None:
    """One of ``allowed``."""
    name = label or field
    if field not in body or (body[field] is None and nullable):
        if required:
            raise fail(name, "is required")
        return None
    value = body[field]
    if value not in allowed:
        raise fail(name, f"must be one of {', '.join(allowed)} (got {value!r})")
    return str(value)


def check_str_list(
    body: dict[str, Any],
    field: str,
    *,
    max_items: int,
    item_max: int | None = None,
    min_items: int = 0,
    allowed: Collection[str] | None = None,
    label: str | None = None,
) -> list[str] | None:
    """A list of non-empty strings, at most ``max_items`` long (absent is fine; ``null`` is not an array)."""
    name = label or field
    if field not in body:
        return None
    value = body[field]
    if not isinstance(value, list):
        raise fail(name, "must be an array")
    if len(value) > max_items or len(value) < min_items:
        raise fail(name, f"must contain between {min_items} and {max_items} items (got {len(value)})")
    for item in value:
        if not isinstance(item, str) or not item:
            raise fail(name, "items must be non-empty strings")
        if item_max is not None and len(item) > item_max:
            raise fail(name, f"items must be at most {item_max} characters")
        if allowed is not None and item not in allowed:
            raise fail(name, f"items must be one of {', '.join(allowed)} (got {item!r})")
    return list(value)


def check_uuid(value: Any, field: str) -> str:
    """A UUID string."""
    if not isinstance(value, str):
        raise fail(field, "must be a UUID string")
    try:
        _uuid.UUID(value)
    except ValueError:
        raise fail(field, f"must be a UUID (got {value!r})") from None
    return value


def check_email(value: Any, field: str, hi: int = 254) -> str:
    """An e-mail address of at most ``hi`` characters."""
    if not isinstance(value, str) or not _EMAIL.match(value) or len(value) > hi:
        raise fail(field, f"must be a valid email address of at most {hi} characters")
    return value


def check_phone(value: Any, field: str) -> str:
    """An E.164 phone number."""
    if not isinstance(value, str) or not _E164.match(value):
        raise fail(field, f"must be an E.164 phone number such as +421915123456 (got {value!r})")
    return value


def check_url(value: Any, field: str, hi: int = 2048, *, https_only: bool = False) -> str:
    """An absolute http(s) URL of at most ``hi`` characters."""
    if not isinstance(value, str) or len(value) > hi:
        raise fail(field, f"must be a URL of at most {hi} characters")
    parsed = urlparse(value)
    schemes = ("https",) if https_only else ("http", "https")
    if parsed.scheme not in schemes or not parsed.netloc:
        raise fail(field, "must be an HTTPS URL" if https_only else "must be an http(s) URL")
    return value


def check_date(value: Any, field: str) -> date:
    """An ISO 8601 date ``YYYY-MM-DD``."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise fail(field, f"must be an ISO 8601 date YYYY-MM-DD (got {value!r})")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise fail(field, f"is not a valid date: {exc}") from None


def check_datetime(value: Any, field: str) -> datetime:
    """An ISO 8601 date-time (offset optional; a naive result means "no offset sent")."""
    if not isinstance(value, str) or "T" not in value.upper():
        raise fail(field, f"must be an ISO 8601 date-time such as 2026-04-02T07:00:00+10:30 (got {value!r})")
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise fail(field, f"could not be parsed as an ISO 8601 date-time: {exc}") from None


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return max((_depth(v) for v in value), default=0)
    return 0


def check_metadata(body: dict[str, Any], field: str = "metadata") -> dict[str, Any] | None:
    """A metadata object: at most 10 KB serialised, 5 levels deep, 50 keys."""
    if field not in body or body[field] is None:
        return None
    value = body[field]
    if not isinstance(value, dict):
        raise fail(field, "must be an object")
    if len(json.dumps(value).encode()) > 10 * 1024:
        raise fail(field, "must be at most 10KB")
    if _depth(value) > 5:
        raise fail(field, "must be at most 5 levels deep")
    if len(value) > 50:
        raise fail(field, "must have at most 50 keys")
    return value
