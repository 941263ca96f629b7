"""The fake signs deliveries with the SDK's own (assumed) scheme: one definition, in ``instaview_plus._signature``."""

from __future__ import annotations

from .._signature import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    compute_signature,
    sign,
    signature_header,
)

__all__ = [
    "DELIVERY_HEADER",
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "compute_signature",
    "sign",
    "signature_header",
]
