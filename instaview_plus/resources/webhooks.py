"""Webhook subscriptions: ``client.webhooks`` / ``aclient.webhooks``.

(Verifying a delivery's signature is ``instaview_plus.webhooks.verify``, a different module.)

>>> created = client.webhooks.create(url="https://example.com/hooks", events=["INTERVIEW_COMPLETED", "ping"])
>>> secret = created.signing_secret  # returned only at creation: store it to verify deliveries
>>> client.webhooks.test(created.id).success  # a signed "ping" delivery; needs the ping event
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Unpack

from .._plans.pagination import AsyncPager, SyncPage
from .._types import RequestOptions
from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, boolean, model, operation, raw

if TYPE_CHECKING:
    from uuid import UUID

    from instaview_plus._generated.client.models import WebhookConfig, WebhookCreated, WebhookTestResult
    from instaview_plus._generated.spec.params import CreateWebhookBody, UpdateWebhookBody

    from .._pipeline.operation import Operation

__all__ = ["AsyncWebhooks", "Webhooks"]


def _deleted(data: Any) -> bool:
    """DELETE /webhooks/{id} answers 204 with no body (payload ``None``), or a boolean."""
    return True if data is None else boolean(data)


# GET /webhooks has no page parameters: one page `{data: [...], total}`, read by ``read_page``.
_LIST: Operation[WebhookConfig] = operation("listWebhooks", model("WebhookConfig"))
_CREATE: Operation[WebhookCreated] = operation("createWebhook", model("WebhookCreated"))
_GET: Operation[WebhookConfig] = operation("getWebhook", model("WebhookConfig"))
_UPDATE: Operation[WebhookConfig] = operation("updateWebhook", model("WebhookConfig"))
_DELETE = operation("deleteWebhook", _deleted)
_TEST: Operation[WebhookTestResult] = operation("testWebhook", model("WebhookTestResult"))
_RESET: Operation[WebhookConfig] = operation("resetWebhookCircuit", model("WebhookConfig"))


def _list_query(company_id: str | UUID | None) -> dict[str, Any]:
    return {} if company_id is None else {"company_id": company_id}


class Webhooks(SyncAPIResource["WebhooksWithRawResponse"]):
    """Create, read, update, list and delete webhook subscriptions; send a test ping; reset the circuit."""

    def list(
        self, *, company_id: str | UUID | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPage[WebhookConfig]:
        """Every webhook of this key (``company_id=`` filters; ``for_company`` does not apply here)."""
        return self._list(_LIST, {**_list_query(company_id), **options}, paged=False)

    def create(self, **body: Unpack[CreateWebhookBody]) -> WebhookCreated:
        """Subscribe ``url`` to ``events``; the result's ``signing_secret`` is returned only this once."""
        return self._call(_CREATE, body=body)

    def get(self, webhook_id: str, **options: Unpack[RequestOptions]) -> WebhookConfig:
        """One webhook by id."""
        return self._call(_GET, path=(("webhook_id", webhook_id),), options=options)

    def update(self, webhook_id: str, **body: Unpack[UpdateWebhookBody]) -> WebhookConfig:
        """Change some fields of a webhook (only the fields given are sent)."""
        return self._call(_UPDATE, path=(("webhook_id", webhook_id),), body=body)

    def delete(self, webhook_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a webhook (the server answers 204 No Content); returns ``True``."""
        return self._call(_DELETE, path=(("webhook_id", webhook_id),), options=options)

    def test(self, webhook_id: str, **options: Unpack[RequestOptions]) -> WebhookTestResult:
        """Send a test ping delivery (the webhook must subscribe to ``PING``); ``.success`` tells the outcome."""
        return self._call(_TEST, path=(("webhook_id", webhook_id),), options=options)

    def reset_circuit(self, webhook_id: str, **options: Unpack[RequestOptions]) -> WebhookConfig:
        """Close an open circuit breaker: re-activate the webhook and zero its failure count."""
        return self._call(_RESET, path=(("webhook_id", webhook_id),), options=options)


# twin: Webhooks
class AsyncWebhooks(AsyncAPIResource["AsyncWebhooksWithRawResponse"]):
    """Create, read, update, list and delete webhook subscriptions; test ping; circuit reset (async)."""

    def list(
        self, *, company_id: str | UUID | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[WebhookConfig]:
        """Every webhook of this key; ``async for`` iterates, ``await`` gives the (single) page."""
        return self._list(_LIST, {**_list_query(company_id), **options}, paged=False)

    async def create(self, **body: Unpack[CreateWebhookBody]) -> WebhookCreated:
        """Subscribe ``url`` to ``events``; the result's ``signing_secret`` is returned only this once."""
        return await self._call(_CREATE, body=body)

    async def get(self, webhook_id: str, **options: Unpack[RequestOptions]) -> WebhookConfig:
        """One webhook by id."""
        return await self._call(_GET, path=(("webhook_id", webhook_id),), options=options)

    async def update(self, webhook_id: str, **body: Unpack[UpdateWebhookBody]) -> WebhookConfig:
        """Change some fields of a webhook (only the fields given are sent)."""
        return await self._call(_UPDATE, path=(("webhook_id", webhook_id),), body=body)

    async def delete(self, webhook_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a webhook (the server answers 204 No Content); returns ``True``."""
        return await self._call(_DELETE, path=(("webhook_id", webhook_id),), options=options)

    async def test(self, webhook_id: str, **options: Unpack[RequestOptions]) -> WebhookTestResult:
        """Send a test ping delivery (the webhook must subscribe to ``PING``); ``.success`` tells the outcome."""
        return await self._call(_TEST, path=(("webhook_id", webhook_id),), options=options)

    async def reset_circuit(self, webhook_id: str, **options: Unpack[RequestOptions]) -> WebhookConfig:
        """Close an open circuit breaker: re-activate the webhook and zero its failure count."""
        return await self._call(_RESET, path=(("webhook_id", webhook_id),), options=options)


class WebhooksWithRawResponse(RawView[Webhooks]):
    """``client.webhooks.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = raw(Webhooks.list)
    create: Final = raw(Webhooks.create)
    get: Final = raw(Webhooks.get)
    update: Final = raw(Webhooks.update)
    delete: Final = raw(Webhooks.delete)
    test: Final = raw(Webhooks.test)
    reset_circuit: Final = raw(Webhooks.reset_circuit)


# twin: WebhooksWithRawResponse
class AsyncWebhooksWithRawResponse(RawView[AsyncWebhooks]):
    """``aclient.webhooks.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = araw(AsyncWebhooks.list)
    create: Final = araw(AsyncWebhooks.create)
    get: Final = araw(AsyncWebhooks.get)
    update: Final = araw(AsyncWebhooks.update)
    delete: Final = araw(AsyncWebhooks.delete)
    test: Final = araw(AsyncWebhooks.test)
    reset_circuit: Final = araw(AsyncWebhooks.reset_circuit)
