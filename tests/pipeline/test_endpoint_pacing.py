"""The SDK paces an operation with its own limit (spec ``x-rate-limit``) at that limit: a preview poll loop
runs at 120 requests a minute against the fake, in fake time, and never sees a 429."""

from __future__ import annotations

import datetime as dt

import pytest

import instaview_plus as iv
from instaview_plus._generated.spec.operations import OPERATIONS
from instaview_plus._pipeline.endpoint_pacing import EndpointPacer, endpoint_limits
from instaview_plus.testing import FakeInstaView

NOW = dt.datetime(2026, 5, 4, 9, 0, 30, tzinfo=dt.UTC)  # mid-window: the fake counts fixed minutes
RUN = {"title": "Backend engineers", "job_description": "Node.js fintech", "location": "SF", "limit": 20}
POLLS = 241


def test_the_limits_come_from_the_spec_tables() -> None:
    declared = {op: spec["rate_limit"] for op, spec in OPERATIONS.items() if "rate_limit" in spec}
    assert declared and dict(endpoint_limits()) == {
        op: (limit["requests"], float(limit["seconds"])) for op, limit in declared.items()
    }


def test_a_sliding_window_of_the_declared_size() -> None:
    now = [1000.0]
    pacer = EndpointPacer(clock=lambda: now[0])
    assert [pacer.reserve("getSourcingPreviewResults") for _ in range(120)] == [0.0] * 120
    assert pacer.reserve("getSourcingPreviewResults") == pytest.approx(60.0)
    assert pacer.reserve("getJob") == 0.0  # no limit of its own
    now[0] += 60.0
    assert pacer.reserve("getSourcingPreviewResults") == 0.0
    assert EndpointPacer(enabled=False, clock=lambda: now[0]).reserve("getSourcingPreviewResults") == 0.0


def _no_429(fake: FakeInstaView) -> None:
    stats = fake.stats()
    assert "429" not in stats["status"] and not stats["throttled_by_key"], stats


def test_a_preview_poll_loop_runs_at_the_endpoint_limit_without_a_429() -> None:
    fake = FakeInstaView(now=NOW)
    with iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client(), max_retries=0) as client:
        run = client.sourcing.preview(**RUN)
        start = fake.clock.now()
        for _ in range(POLLS):  # max_retries=0: a 429 would surface as RateLimitError
            client.sourcing.preview_results(run.request_id)
        elapsed = (fake.clock.now() - start).total_seconds()
    _no_429(fake)
    # 120 a minute, the endpoint's rate: 241 polls in 2 minutes of fake time (the key's 60 would need 6)
    assert elapsed == pytest.approx(120.0)


async def test_the_async_client_paces_the_same_way() -> None:
    fake = FakeInstaView(now=NOW)
    async with iv.AsyncInstaView(
        api_key="sk_test_fake", http_client=fake.async_http_client(), max_retries=0
    ) as client:
        run = await client.sourcing.preview(**RUN)
        start = fake.clock.now()
        for _ in range(POLLS):
            await client.sourcing.preview_results(run.request_id)
        elapsed = (fake.clock.now() - start).total_seconds()
    _no_429(fake)
    assert elapsed == pytest.approx(120.0)
