"""Billing: ``client.billing`` / ``aclient.billing``.

>>> from datetime import date
>>> usage = client.billing.usage(start=date(2026, 3, 1), end=date(2026, 3, 31))
>>> usage.total_minutes_used, [c.company_name for c in usage.companies]
(0..., ['Default Company'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import BillingUsage
    from instaview_plus._generated.spec.params import GetBillingUsageQuery

    from .._pipeline.operation import Operation

__all__ = ["AsyncBilling", "Billing"]

_USAGE: Operation[BillingUsage] = operation("getBillingUsage", model("BillingUsage"))


class Billing(SyncAPIResource["BillingWithRawResponse"]):
    """Billing usage in minutes or credits."""

    def usage(self, **query: Unpack[GetBillingUsageQuery]) -> BillingUsage:
        """Usage per company and cost key; ``start``/``end`` are ``datetime.date`` (sent as ``YYYY-MM-DD``)."""
        return self._call(_USAGE, query=query)


# twin: Billing
class AsyncBilling(AsyncAPIResource["AsyncBillingWithRawResponse"]):
    """Billing usage in minutes or credits (async)."""

    async def usage(self, **query: Unpack[GetBillingUsageQuery]) -> BillingUsage:
        """Usage per company and cost key; ``start``/``end`` are ``datetime.date`` (sent as ``YYYY-MM-DD``)."""
        return await self._call(_USAGE, query=query)


class BillingWithRawResponse(RawView[Billing]):
    """``client.billing.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    usage: Final = raw(Billing.usage)


# twin: BillingWithRawResponse
class AsyncBillingWithRawResponse(RawView[AsyncBilling]):
    """``aclient.billing.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    usage: Final = araw(AsyncBilling.usage)
