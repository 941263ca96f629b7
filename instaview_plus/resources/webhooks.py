"""Webhook subscriptions: ``client.webhooks`` / ``aclient.webhooks``.

(Verifying a delivery's signature is ``instaview_plus.webhooks.verify``, a different module.)

>>> created = client.webhooks.create(url="https://example.com/hooks", events=["INTERVIEW_COMPLETED", "ping"])
>>> secret = created.signing_secret  # returned only at creation: store it to verify deliveries
>>> client.webhooks.test(created.id).success  # a signed "ping" delivery; needs the ping event
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from instaview_client.models import WebhookConfig, WebhookCreated, WebhookTestResult

from .._pagination import AsyncPage, AsyncPager, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, _page_op, boolean, build_call, model, operation

if TYPE_CHECKING:
    from uuid import UUID

    from instaview_spec.params import CreateWebhookBody, UpdateWebhookBody

__all__ = ["AsyncWebhooks", "Webhooks"]


def _deleted(data: Any) -> bool:
    """DELETE /webhooks/{id} answers 204 with no body (payload ``None``), or a boolean."""
    return True if data is None else boolean(data)


# GET /webhooks has no page parameters: one page `{data: [...], total}`, read by ``read_page``.
_LIST = _page_op(operation("listWebhooks", model(WebhookConfig)), page=1, limit=None)
_CREATE = operation("createWebhook", model(WebhookCreated))
_GET = operation("getWebhook", model(WebhookConfig))
_UPDATE = operation("updateWebhook", model(WebhookConfig))
_DELETE = operation("deleteWebhook", _deleted)
_TEST = operation("testWebhook", model(WebhookTestResult))
_RESET = operation("resetWebhookCircuit", model(WebhookConfig))


def _list_query(company_id: str | UUID | None) -> dict[str, Any]:
    return {} if company_id is None else {"company_id": company_id}


class Webhooks(SyncAPIResource):
    """Create, read, update, list and delete webhook subscriptions; send a test ping; reset the circuit."""

    def list(self, *, company_id: str | UUID | None = None) -> SyncPage[WebhookConfig]:
        """Every webhook of this key (``company_id=`` filters; ``for_company`` does not apply here)."""
        call = build_call(_LIST, query=_list_query(company_id))

        def fetch(_: int) -> SyncPage[WebhookConfig]:
            items, info = self._pipeline.request(self._http, call)
            return SyncPage(items, info, fetch)

        return fetch(1)

    def create(self, **body: Unpack[CreateWebhookBody]) -> WebhookCreated:
        """Subscribe ``url`` to ``events``; the result's ``signing_secret`` is returned only this once."""
        return self._call(_CREATE, body=body)

    def get(self, webhook_id: str) -> WebhookConfig:
        """One webhook by id."""
        return self._call(_GET, path=(("webhook_id", webhook_id),))

    def update(self, webhook_id: str, **body: Unpack[UpdateWebhookBody]) -> WebhookConfig:
        """Change some fields of a webhook (only the fields given are sent)."""
        return self._call(_UPDATE, path=(("webhook_id", webhook_id),), body=body)

    def delete(self, webhook_id: str) -> bool:
        """Delete a webhook (the server answers 204 No Content); returns ``True``."""
        return self._call(_DELETE, path=(("webhook_id", webhook_id),))

    def test(self, webhook_id: str) -> WebhookTestResult:
        """Send a test ping delivery (the webhook must subscribe to ``PING``); ``.success`` tells the outcome."""
        return self._call(_TEST, path=(("webhook_id", webhook_id),))

    def reset_circuit(self, webhook_id: str) -> WebhookConfig:
        """Close an open circuit breaker: re-activate the webhook and zero its failure count."""
        return self._call(_RESET, path=(("webhook_id", webhook_id),))


class AsyncWebhooks(AsyncAPIResource):
    """Create, read, update, list and delete webhook subscriptions; test ping; circuit reset (async)."""

    def list(self, *, company_id: str | UUID | None = None) -> AsyncPager[WebhookConfig]:
        """Every webhook of this key; ``async for`` iterates, ``await`` gives the (single) page."""
        call = build_call(
            _LIST, query=_list_query(company_id)
        )  # check the arguments before anything is awaited

        async def fetch(_: int) -> AsyncPage[WebhookConfig]:
            items, info = await self._pipeline.arequest(self._http, call)
            return AsyncPage(items, info, fetch)

        return AsyncPager(lambda: fetch(1))

    async def create(self, **body: Unpack[CreateWebhookBody]) -> WebhookCreated:
        """Subscribe ``url`` to ``events``; the result's ``signing_secret`` is returned only this once."""
        return await self._call(_CREATE, body=body)

    async def get(self, webhook_id: str) -> WebhookConfig:
        """One webhook by id."""
        return await self._call(_GET, path=(("webhook_id", webhook_id),))

    async def update(self, webhook_id: str, **body: Unpack[UpdateWebhookBody]) -> WebhookConfig:
        """Change some fields of a webhook (only the fields given are sent)."""
        return await self._call(_UPDATE, path=(("webhook_id", webhook_id),), body=body)

    async def delete(self, webhook_id: str) -> bool:
        """Delete a webhook (the server answers 204 No Content); returns ``True``."""
        return await self._call(_DELETE, path=(("webhook_id", webhook_id),))

    async def test(self, webhook_id: str) -> WebhookTestResult:
        """Send a test ping delivery (the webhook must subscribe to ``PING``); ``.success`` tells the outcome."""
        return await self._call(_TEST, path=(("webhook_id", webhook_id),))

    async def reset_circuit(self, webhook_id: str) -> WebhookConfig:
        """Close an open circuit breaker: re-activate the webhook and zero its failure count."""
        return await self._call(_RESET, path=(("webhook_id", webhook_id),))
