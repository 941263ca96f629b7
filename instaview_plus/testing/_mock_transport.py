"""The httpx transport (sync and async) that hands requests to the fake in-process, and the fake's time.

``FakeTime`` is the fake's clock as a client's wait clock (``instaview_plus._pipeline.clock.WaitClock``): the
http clients of ``fake.http_client()`` / ``fake.async_http_client()`` carry it as ``instaview_clock``, so a
client built on them sleeps by advancing the fake (``fake.advance``) instead of waiting for real.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

import httpx

from ._shaping import FakeRequest, FakeResponse

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["FakeAsyncHTTPClient", "FakeHTTPClient", "FakeTime", "FakeTransport", "to_fake_request"]


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


class FakeTime:
    """The fake's clock for a client's waits: ``time()`` reads it, ``sleep`` / ``asleep`` advance it.

    Every wait advances the one clock, so waits of concurrent threads or tasks add up rather than overlap.
    """

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake

    def time(self) -> float:
        """The fake's current time, Unix seconds."""
        return self.fake.clock.timestamp()

    def sleep(self, seconds: float) -> None:
        """Advance the fake by ``seconds`` (due lifecycle transitions and deliveries happen now)."""
        if seconds > 0:
            self.fake.advance(seconds=seconds)

    async def asleep(self, seconds: float) -> None:
        """Advance the fake by ``seconds``, then let other tasks run."""
        self.sleep(seconds)
        await asyncio.sleep(0)


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serves requests from a :class:`FakeInstaView` without any network."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Sync entry point."""
        body = request.read()
        if self.fake.faults.latency:
            time.sleep(self.fake.faults.latency)
        return _to_httpx(request, self.fake.respond(to_fake_request(request, body)))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Async entry point."""
        body = await request.aread()
        if self.fake.faults.latency:
            await asyncio.sleep(self.fake.faults.latency)
        return _to_httpx(request, self.fake.respond(to_fake_request(request, body)))


class FakeHTTPClient(httpx.Client):
    """An ``httpx.Client`` over the fake; an ``InstaView`` built on it waits in the fake's time."""

    def __init__(self, fake: FakeInstaView, **kwargs: Any) -> None:
        super().__init__(transport=FakeTransport(fake), **kwargs)
        self.instaview_clock = FakeTime(fake)


class FakeAsyncHTTPClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` over the fake; an ``AsyncInstaView`` built on it waits in the fake's time."""

    def __init__(self, fake: FakeInstaView, **kwargs: Any) -> None:
        super().__init__(transport=FakeTransport(fake), **kwargs)
        self.instaview_clock = FakeTime(fake)
