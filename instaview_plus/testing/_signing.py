"""The fake signs deliveries with the SDK's own (assumed) scheme: one definition, in ``instaview_plus.webhooks._signature``."""

from __future__ import annotations

from ..webhooks._signature import sign

__all__ = ["sign"]
