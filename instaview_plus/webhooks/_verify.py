"""Verify a delivery's signature and freshness, then parse it into a typed event.

>>> import time
>>> from instaview_plus.testing import sign  # a delivery as the fake signs it
>>> raw_body = b'{"event": "interview.completed", "deliveryId": "d1", "data": {"interviewId": "int_1"}}'
>>> headers = sign("whsec_x", raw_body, timestamp=int(time.time()), event="interview.completed", delivery_id="d1")
>>> event = iv.webhooks.verify(payload=raw_body, headers=headers, secret="whsec_x")
>>> if event.type == "INTERVIEW_COMPLETED":
...     print(event.data.interview_id)
int_1

The signature (``t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`` in ``X-InstaView-Signature``) is written down
once, in ``instaview_plus.webhooks._signature``, and shared with the fake.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

from .._exceptions import WebhookVerificationError
from ._events import WebhookEvent, parse_event
from ._names import DEFAULT_TOLERANCE
from ._signature import DELIVERY_HEADER, SIGNATURE_HEADER, compute_signature

__all__ = ["Now", "header_value", "verify", "verified_body"]

Now = float | dt.datetime | Callable[[], "float | dt.datetime"] | None
"""When a delivery's age is measured: Unix seconds, an aware datetime, a callable giving either, or None
(the wall clock)."""


def header_value(headers: Mapping[str, str], name: str) -> str | None:
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


def _now(now: Now) -> float:
    if callable(now):
        now = now()
    if isinstance(now, dt.datetime):
        return now.timestamp()
    return time.time() if now is None else float(now)


def verified_body(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Now = None,
) -> dict[str, Any]:
    """The decoded JSON object of a delivery whose signature and age check out (else the reason, raised)."""
    if not isinstance(secret, str) or not secret:
        raise WebhookVerificationError("secret is empty: pass the webhook's signingSecret")
    try:
        body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
        secret.encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError) as exc:
        raise WebhookVerificationError(
            "payload must be the raw body bytes, and secret the signingSecret string"
        ) from exc
    header = header_value(headers, SIGNATURE_HEADER)
    if not header:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    timestamp, signatures = _parse_signature(header)
    expected = compute_signature(secret, timestamp, body).encode("ascii")
    # compare bytes: hmac.compare_digest raises TypeError on non-ASCII str; such a signature just mismatches
    given = [c.encode("utf-8", "surrogatepass") for c in signatures]
    if not any(hmac.compare_digest(expected, candidate) for candidate in given):
        raise WebhookVerificationError("signature mismatch: wrong secret, or the body was changed")
    if tolerance is not None and abs(_now(now) - timestamp) > tolerance:
        raise WebhookVerificationError(
            f"stale delivery: its timestamp is more than {tolerance:.0f} s away from now"
        )
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError) as exc:  # bad JSON or UTF-8, a 4,300-digit integer, deep nesting
        raise WebhookVerificationError("the body is not JSON") from exc
    if not isinstance(decoded, dict):
        raise WebhookVerificationError("the body is not a JSON object")
    return decoded


def verify(
    *,
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Now = None,
) -> WebhookEvent:
    """Check a delivery's signature (constant time) and freshness, then parse it into a typed event.

    Pass the raw body exactly as received. ``tolerance`` is how old (in seconds) a delivery may be;
    ``None`` skips the age check. ``now`` (Unix seconds, an aware datetime, or a callable giving either;
    default the wall clock) is the time the age is measured at: for the embedded fake's deliveries pass its
    clock, ``now=fake.clock.now``, which ``fake.advance()`` moves. Raises ``WebhookVerificationError`` with
    the reason. The event is an ``InterviewEvent``, ``AnalysisCompletedEvent``, ... by its type (``data`` a
    typed model), or a plain ``WebhookEvent`` (``data`` the JSON object) for a type the SDK does not know.
    """
    decoded = verified_body(payload, headers, secret, tolerance=tolerance, now=now)
    return parse_event(decoded, header_value(headers, DELIVERY_HEADER))
