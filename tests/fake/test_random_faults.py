"""Seeded random failures (``fail_randomly``) and a shorter rate-limit window (``rate_limit_window``)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from fake_helpers import AUTH

from instaview_plus.testing import FakeInstaView

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _create(http: httpx.Client, i: int) -> int:
    body = {
        "firstName": "Ada",
        "lastName": f"L{i}",
        "email": f"ada{i}@example.com",
        "gdprExpiryDate": "2027-01-31",
    }
    return http.post("/candidates", json=body).status_code


def _statuses(seed: int, rate: float, n: int = 120) -> tuple[list[int], FakeInstaView]:
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=1000)  # 140 calls, more than 60 a minute
    fake.fail_randomly(503, rate=rate, seed=seed, method="POST", path="/candidates")
    with fake.http_client(headers=AUTH) as http:
        statuses = [_create(http, i) for i in range(n)]
        assert all(http.get("/candidates").status_code == 200 for _ in range(20))  # GETs never match
    return statuses, fake


def test_a_seeded_fraction_fails_before_anything_is_applied() -> None:
    statuses, fake = _statuses(seed=3, rate=0.25)
    failed = statuses.count(503)
    assert set(statuses) == {201, 503}
    assert 10 <= failed <= 50  # about a quarter of 120
    assert len(fake.state.candidates) == statuses.count(201)  # a 503 created nothing
    again, _ = _statuses(seed=3, rate=0.25)
    assert again == statuses  # the same seed replays the same failures
    other, _ = _statuses(seed=4, rate=0.25)
    assert other != statuses


def test_rate_zero_never_fires_rate_one_always_does() -> None:
    assert set(_statuses(seed=1, rate=0.0, n=30)[0]) == {201}
    assert set(_statuses(seed=1, rate=1.0, n=30)[0]) == {503}


def test_invalid_rate_is_refused_and_reset_disarms(fake: FakeInstaView, http: httpx.Client) -> None:
    with pytest.raises(ValueError, match="rate"):
        fake.fail_randomly(503, rate=1.5)
    fake.fail_randomly(503, rate=1.0)
    assert _create(http, 0) == 503
    fake.reset()
    assert _create(http, 1) == 201


def test_a_shorter_window_resets_sooner() -> None:
    start = datetime(2026, 5, 4, 9, 0, 0, tzinfo=UTC)
    fake = FakeInstaView(now=start, rate_limit_per_minute=3, rate_limit_window=2)
    with fake.http_client(headers=AUTH) as http:
        first = [http.get("/candidates") for _ in range(4)]
        assert [r.status_code for r in first] == [200, 200, 200, 429]
        reset = int(first[0].headers["X-RateLimit-Reset-Minute"])
        assert reset == int(start.timestamp()) + 2
        assert first[2].headers["X-RateLimit-Remaining-Minute"] == "0"
        fake.advance(seconds=2)
        assert http.get("/candidates").status_code == 200
    with pytest.raises(ValueError, match="rate_limit_window"):
        FakeInstaView(rate_limit_window=0)
