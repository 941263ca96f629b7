"""The fake signs deliveries with the SDK's own (assumed) scheme: one definition, in ``instaview_plus.webhooks._signature``."""

from __future__ import annotations

from ..webhooks._signature import (
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
