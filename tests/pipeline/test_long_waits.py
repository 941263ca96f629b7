"""Backoff arithmetic holds for any number of polls or retries: no ``OverflowError``, the cap is kept."""

from __future__ import annotations

import pytest

import instaview_plus as iv
from instaview_plus.resources.interviews import wait_decision


class _Running:
    id = "i-1"
    status = "SCHEDULED"


@pytest.mark.parametrize("polls", [1_751, 10_000, 1_000_000, 10**12])
def test_an_interview_wait_delay_stays_at_the_cap_for_any_poll_count(polls: int) -> None:
    delay = wait_decision(_Running(), 10.0, polls, timeout=10**9, interval=5.0, max_interval=60.0)
    assert delay == 60.0


@pytest.mark.parametrize("polls", [10_000, 1_000_000])
def test_growing_delay_is_capped_for_any_count(polls: int) -> None:
    from instaview_plus._plans.polling import growing_delay

    assert growing_delay(5.0, polls, 60.0) == 60.0
    assert growing_delay(1e-9, polls, 1e9) == 1e9


def test_growing_delay_grows_by_half_until_the_cap() -> None:
    from instaview_plus._plans.polling import growing_delay

    assert [growing_delay(5.0, n, 60.0) for n in range(1, 9)] == [
        5.0,
        7.5,
        11.25,
        16.875,
        25.3125,
        37.96875,
        56.953125,
        60.0,
    ]
    assert growing_delay(90.0, 1, 60.0) == 60.0  # a first pause above the cap is the cap


@pytest.mark.parametrize("attempt", [1_100, 10_000, 1_000_000])
def test_retry_backoff_is_capped_for_any_attempt(attempt: int) -> None:
    assert iv.RetryPolicy(jitter=0.0).backoff(attempt) == 8.0
