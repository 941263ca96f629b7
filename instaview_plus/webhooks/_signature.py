"""Webhook signature scheme shared by the client verifier and the fake — assumed: InstaView does not document it.

The InstaView docs give every webhook a 64-hex-character ``signingSecret`` (shown once, at creation) and
say the test ping checks "signature validation", but they never show the header names, the signed string
or the encoding. We assume the common Stripe-like scheme below; this module is the ONE place that
encodes it, so the client's verifier and the fake can be corrected together when the real scheme is known:

- ``X-InstaView-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>``
- the HMAC key is the ``signingSecret`` string (UTF-8), the message is ``f"{timestamp}.{body}"`` with
  ``body`` the raw request body bytes;
- ``X-InstaView-Event`` carries the event label, ``X-InstaView-Delivery`` the delivery id (uuid).
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = [
    "DELIVERY_HEADER",
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "compute_signature",
    "sign",
    "signature_header",
]

SIGNATURE_HEADER = "X-InstaView-Signature"
EVENT_HEADER = "X-InstaView-Event"
DELIVERY_HEADER = "X-InstaView-Delivery"


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    """Hex HMAC-SHA256 of ``f"{timestamp}.{body}"`` keyed with ``secret`` (the assumed scheme, see the module doc)."""
    message = str(int(timestamp)).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_header(secret: str, timestamp: int, body: bytes) -> str:
    """The value of ``X-InstaView-Signature``: ``t=<unix>,v1=<hex>``."""
    return f"t={int(timestamp)},v1={compute_signature(secret, timestamp, body)}"


def sign(secret: str, body: bytes, *, timestamp: int, event: str, delivery_id: str) -> dict[str, str]:
    """Every header the fake attaches to a delivery of ``body`` (the assumed scheme, see the module doc)."""
    return {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature_header(secret, timestamp, body),
        EVENT_HEADER: event,
        DELIVERY_HEADER: delivery_id,
    }
