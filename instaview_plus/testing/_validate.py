"""Field checks for the documented rules the spec's schemas cannot express; each raises a 400 naming the field."""

from __future__ import annotations

import json
import re
import uuid as _uuid
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from ._errors import BadRequest

__all__ = [
    "EMAIL",
    "body_object",
    "check_date",
    "check_datetime",
    "check_email",
    "check_metadata",
    "check_url",
    "check_uuid",
    "fail",
    "needed",
]

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def fail(field: str, message: str) -> BadRequest:
    """A 400 for ``field``."""
    return BadRequest(f"{field}: {message}", details={"field": field, "reason": message})


def needed(body: dict[str, Any], field: str) -> Any:
    """A field the fake cannot work without though the docs do not mark it required: the server's own 400."""
    value = body.get(field)
    if value is None or value in ("", []):
        raise fail(field, "is required")
    return value


def body_object(raw: Any) -> dict[str, Any]:
    """The request body, which must be a JSON object."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise BadRequest("Request body must be a JSON object", details={"field": "body"})
    return raw


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
    if not isinstance(value, str) or not EMAIL.match(value) or len(value) > hi:
        raise fail(field, f"must be a valid email address of at most {hi} characters")
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
