"""The httpx transport (sync and async) that hands requests to the fake in-process."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

from ._wire import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["FakeTransport", "to_fake_request"]


def to_fake_request(request: httpx.Request, body: bytes) -> FakeRequest:
    """Convert an ``httpx.Request`` to the fake's request type."""
    return FakeRequest(
        method=request.method,
        path=request.url.path,
        query=dict(request.url.params.multi_items()),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
    )


def _to_httpx(request: httpx.Request, response: FakeResponse) -> httpx.Response:
    if response.action == "reset":
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if response.action == "drop":
        raise httpx.ReadTimeout(
            "The read operation timed out (response dropped by the fake)", request=request
        )
    return httpx.Response(response.status, headers=response.headers, content=response.body, request=request)


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serves requests from a :class:`FakeInstaView` without any network."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Sync entry point."""
        body = request.read()
        if self.fake.faults.latency:
            time.sleep(self.fake.faults.latency)
        return _to_httpx(request, self.fake.handle(to_fake_request(request, body)))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Async entry point."""
        body = await request.aread()
        if self.fake.faults.latency:
            await asyncio.sleep(self.fake.faults.latency)
        return _to_httpx(request, self.fake.handle(to_fake_request(request, body)))
