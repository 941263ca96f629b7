"""Verify and parse incoming webhook deliveries.

>>> import time
>>> from instaview_plus.testing import sign  # a delivery as the fake signs it
>>> raw_body = b'{"event": "interview.completed", "data": {"interviewId": "int_1"}}'
>>> headers = sign("whsec_x", raw_body, timestamp=int(time.time()), event="interview.completed", delivery_id="d1")
>>> event = iv.webhooks.verify(payload=raw_body, headers=headers, secret="whsec_x")
>>> if event.type == "INTERVIEW_COMPLETED":
...     print(event.data["interviewId"])
int_1

The signature scheme is not documented by InstaView; ours (``t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`` in
``X-InstaView-Signature``) is written down once, in ``instaview_plus.webhooks._signature``, and shared with the fake.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import json
import time
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .._exceptions import WebhookVerificationError
from ._signature import DELIVERY_HEADER, SIGNATURE_HEADER, compute_signature

__all__ = ["EVENT_CODES", "WebhookEvent", "normalize_event_type", "verify"]


@functools.cache
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    """(code -> type, dotted label -> type) from ``instaview_spec.events``, loaded on first use (not on import)."""
    from instaview_spec.events import EVENT_CODES as codes
    from instaview_spec.events import EVENT_LABELS as labels

    return dict(codes), {label: name for name, label in labels.items()}


class _EventCodes(Mapping[int, str]):
    """Read-only ``code -> type``, generated from the spec's ``webhooks:`` section and loaded lazily."""

    def __getitem__(self, code: int) -> str:
        return _tables()[0][code]

    def __iter__(self) -> Iterator[int]:
        return iter(_tables()[0])

    def __len__(self) -> int:
        return len(_tables()[0])

    def __repr__(self) -> str:
        return repr(_tables()[0])


EVENT_CODES: Mapping[int, str] = _EventCodes()
"""Documented numeric event code -> UPPER_SNAKE type, generated from the spec's ``webhooks:`` section."""
DEFAULT_TOLERANCE = 300.0


def normalize_event_type(raw: object) -> str:
    """Every documented spelling → UPPER_SNAKE: ``"interview.completed"``, ``"INTERVIEW_COMPLETED"``, ``3``.

    Unknown names are kept (upper-cased the same way), never rejected; unknown codes become ``"UNKNOWN_<n>"``.
    """
    if isinstance(raw, bool):
        return str(raw).upper()
    if isinstance(raw, int):
        return EVENT_CODES.get(raw, f"UNKNOWN_{raw}")
    text = str(raw).strip()
    if text.isascii() and text.isdigit():
        return EVENT_CODES.get(int(text), f"UNKNOWN_{text}") if len(text) < 20 else f"UNKNOWN_{text[:20]}"
    by_label = _tables()[1]
    if text in by_label:
        return by_label[text]
    return text.replace(".", "_").replace("-", "_").upper()


@attrs.frozen
class WebhookEvent:
    """A verified delivery: ``type`` (UPPER_SNAKE), ``raw_type`` (as sent), ``delivery_id``, ``timestamp``,
    ``data`` (the event's object) and ``payload`` (the whole body)."""

    type: str
    raw_type: Any
    delivery_id: str | None
    timestamp: dt.datetime | None
    data: dict[str, Any]
    payload: dict[str, Any]


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value: object = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == lowered), None)
    if isinstance(value, bytes):  # some frameworks hand over raw header bytes
        value = value.decode("latin-1")
    return value if isinstance(value, str) or value is None else str(value)


def _parse_signature(value: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for part in value.split(","):
        key, _, item = part.strip().partition("=")
        if key == "t":
            if not (item.isascii() and item.isdigit() and len(item) <= 12):
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} timestamp is not a Unix time in seconds: {item[:20]!r}"
                )
            timestamp = int(item)
        elif key == "v1":
            signatures.append(item)
    if timestamp is None or not signatures:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header must look like 't=<unix>,v1=<hex>'")
    return timestamp, signatures


def verify(
    *,
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | dt.datetime | None = None,
) -> WebhookEvent:
    """Check a delivery's signature (constant time) and freshness, then parse it into a ``WebhookEvent``.

    Pass the raw body exactly as received. ``tolerance`` is how old (in seconds) a delivery may be;
    ``None`` skips the age check. ``now`` (Unix seconds or an aware datetime; default the wall clock) is
    the time the age is measured at: for the embedded fake's deliveries pass its clock,
    ``now=fake.clock.now()``, which ``fake.advance()`` moves. Raises ``WebhookVerificationError`` with the reason.
    """
    if not isinstance(secret, str) or not secret:
        raise WebhookVerificationError("secret is empty: pass the webhook's signingSecret")
    try:
        body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
        secret.encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError) as exc:
        raise WebhookVerificationError(
            "payload must be the raw body bytes, and secret the signingSecret string"
        ) from exc
    header = _header(headers, SIGNATURE_HEADER)
    if not header:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    timestamp, signatures = _parse_signature(header)
    expected = compute_signature(secret, timestamp, body).encode("ascii")
    # compare bytes: hmac.compare_digest raises TypeError on non-ASCII str; such a signature just mismatches
    given = [c.encode("utf-8", "surrogatepass") for c in signatures]
    if not any(hmac.compare_digest(expected, candidate) for candidate in given):
        raise WebhookVerificationError("signature mismatch: wrong secret, or the body was changed")
    if isinstance(now, dt.datetime):
        now = now.timestamp()
    if tolerance is not None and abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise WebhookVerificationError(
            f"stale delivery: its timestamp is more than {tolerance:.0f} s away from now"
        )
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError) as exc:  # bad JSON or UTF-8, a 4,300-digit integer, deep nesting
        raise WebhookVerificationError("the body is not JSON") from exc
    if not isinstance(decoded, dict):
        raise WebhookVerificationError("the body is not a JSON object")
    raw_type = decoded.get("event", decoded.get("type"))
    stamp = decoded.get("timestamp")
    when = None
    if isinstance(stamp, str):
        try:
            when = dt.datetime.fromisoformat(stamp)
        except ValueError:
            when = None
    data = decoded.get("data")
    return WebhookEvent(
        type=normalize_event_type(raw_type),
        raw_type=raw_type,
        delivery_id=decoded.get("deliveryId") or _header(headers, DELIVERY_HEADER),
        timestamp=when,
        data=data if isinstance(data, dict) else {},
        payload=decoded,
    )
