"""The client-side pacer: waits instead of causing 429s, counts requests in flight, keeps the freshest report."""

from __future__ import annotations

from instaview_plus._pipeline.pacing import Pacer

NOW = 1_800_000_000.0


def _headers(remaining: int, reset: int, limit: int = 100) -> dict[str, str]:
    return {
        "x-ratelimit-limit-minute": str(limit),
        "x-ratelimit-remaining-minute": str(remaining),
        "x-ratelimit-reset-minute": str(reset),
        "x-ratelimit-limit-hour": "1000",
        "x-ratelimit-remaining-hour": "900",
        "x-ratelimit-reset-hour": str(int(NOW) + 3000),
    }


def _pacer() -> Pacer:
    return Pacer(clock=lambda: NOW)


def test_no_report_means_no_wait() -> None:
    assert _pacer().reserve() == 0.0


def test_an_exhausted_window_waits_until_its_reset() -> None:
    pacer = _pacer()
    assert pacer.reserve() == 0.0
    pacer.release(_headers(remaining=0, reset=int(NOW) + 7))
    assert pacer.reserve() == 7.0


def test_requests_in_flight_count_against_the_remaining_budget() -> None:
    pacer = _pacer()
    pacer.reserve()
    pacer.release(_headers(remaining=2, reset=int(NOW) + 5))
    assert pacer.reserve() == 0.0
    assert pacer.reserve() == 0.0
    assert pacer.reserve() == 5.0  # two in flight use up the two left


def test_after_waiting_resume_takes_a_slot_in_the_new_window() -> None:
    pacer = _pacer()
    pacer.reserve()
    pacer.release(_headers(remaining=0, reset=int(NOW) + 1))
    assert pacer.reserve() == 1.0
    pacer.resume()
    assert pacer.info is not None and pacer.info.remaining_minute is None
    assert pacer.reserve() == 0.0


def test_a_report_that_arrives_late_does_not_raise_the_budget() -> None:
    """Concurrent responses arrive out of order: within a window, the lowest remaining is the freshest."""
    pacer = _pacer()
    reset = int(NOW) + 30
    for _ in range(3):
        pacer.reserve()
    pacer.release(_headers(remaining=4, reset=reset))
    pacer.release(_headers(remaining=6, reset=reset))  # answered earlier by the server
    assert pacer.info is not None and pacer.info.remaining_minute == 4
    pacer.release(_headers(remaining=3, reset=reset))
    assert pacer.info.remaining_minute == 3


def test_a_new_window_replaces_the_old_one_and_an_ended_window_never_comes_back() -> None:
    pacer = _pacer()
    for _ in range(3):
        pacer.reserve()
    pacer.release(_headers(remaining=0, reset=int(NOW) + 1))
    pacer.release(_headers(remaining=99, reset=int(NOW) + 61))
    assert pacer.info is not None and (pacer.info.remaining_minute, pacer.info.reset_minute) == (
        99,
        int(NOW) + 61,
    )
    pacer.release(_headers(remaining=1, reset=int(NOW) + 1))  # a straggler from the window that ended
    assert (pacer.info.remaining_minute, pacer.info.reset_minute) == (99, int(NOW) + 61)
    assert pacer.info.limit_minute == 100 and pacer.info.remaining_hour == 900


def test_disabled_never_waits() -> None:
    pacer = Pacer(enabled=False, clock=lambda: NOW)
    pacer.reserve()
    pacer.release(_headers(remaining=0, reset=int(NOW) + 7))
    assert pacer.reserve() == 0.0
