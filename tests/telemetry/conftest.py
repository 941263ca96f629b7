"""Fixtures for the hooks and OpenTelemetry tests: a fake, clients on it, and a real OTel SDK provider."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from instaview_plus.testing import FakeInstaView

KEY = "sk_test_telemetry_0123456789abcdef"
NOW = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=0, now=NOW)


class Sent:
    """The headers of every request the fake was sent, as each left httpx (an ``event_hooks`` request hook).

    Copied at send time: a retry resends the same ``httpx.Request`` with its ``traceparent`` replaced.
    """

    def __init__(self) -> None:
        self.headers: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> None:
        self.headers.append({k.lower(): v for k, v in request.headers.items()})

    async def record(self, request: httpx.Request) -> None:
        self(request)


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def exporter(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An SDK ``TracerProvider`` set as the global one for this test only, spans kept in memory."""
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    # the API sets its global provider once per process: the test swaps it in and monkeypatch restores it
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
    assert trace.get_tracer_provider() is provider
    yield memory
    provider.shutdown()
