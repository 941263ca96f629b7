"""``INSTAVIEW_LOG``: ``info`` logs one line per attempt; ``debug`` adds redacted request headers, retry
delays, pacer waits and poll pauses; any other value warns with the allowed ones; the key never shows."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

import pytest

import instaview_plus as iv
from instaview_plus._pipeline import logs as _logging
from instaview_plus.testing import FakeInstaView

FROZEN = dt.datetime(2026, 5, 4, 9, 0, 30, tzinfo=dt.UTC)  # the fake's clock, frozen

KEY = "sk_test_0123456789abcdefghijklmnopqrstuvwx"


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """``INSTAVIEW_LOG`` read again by the next client; the logger's level and handlers restored after."""
    logger = _logging.logger
    level, handlers = logger.level, list(logger.handlers)
    monkeypatch.setattr(_logging, "_configured", False)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def _traffic(capsys: pytest.CaptureFixture[str]) -> str:
    """Send a retried request and a paced one through the fake; what the stderr handler printed."""
    fake = FakeInstaView(rate_limit_per_minute=1, now=FROZEN)  # frozen: the window resets only when waited
    client = iv.InstaView(api_key=KEY, http_client=fake.http_client())
    fake.fail_next(503, path="/jobs", method="GET")
    client.jobs.list()  # a 503, a retry
    client.jobs.list()  # the minute's one request is used: the pacer waits for the window
    return capsys.readouterr().err


def test_debug_adds_headers_retry_delays_and_pacer_waits(
    fresh_logging: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INSTAVIEW_LOG", "debug")
    err = _traffic(capsys)
    assert "GET /jobs -> 503 (attempt 1" in err and "GET /jobs -> 200 (attempt 2" in err
    assert "retry 1 of 2, waiting" in err
    assert "rate limit exhausted, pacing until the window resets, waiting" in err
    assert "'authorization': 'Bearer sk_test_…'" in err and "'user-agent': 'instaview-plus/" in err
    assert KEY not in err and KEY[8:] not in err


def test_info_is_one_line_per_attempt_only(
    fresh_logging: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INSTAVIEW_LOG", "INFO")
    err = _traffic(capsys)
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(" INFO GET /jobs -> " in line for line in lines)
    assert "waiting" not in err and "authorization" not in err


def test_an_unknown_value_warns_with_the_allowed_ones(
    fresh_logging: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSTAVIEW_LOG", "verbose")
    before = (fresh_logging.level, list(fresh_logging.handlers))
    with pytest.warns(
        UserWarning, match=r"INSTAVIEW_LOG='verbose' is not a known level; use one of: info, debug"
    ):
        iv.InstaView(api_key=KEY)
    assert (fresh_logging.level, fresh_logging.handlers) == before  # nothing turned on


def test_wait_polls_log_their_pauses_at_debug(
    fresh_logging: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="instaview_plus")
    fake = FakeInstaView(now=dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC))
    client = iv.InstaView(api_key=KEY, http_client=fake.http_client())
    scheduled = client.workflows.schedule_interview(
        job={"title": "Backend engineer", "description": "Builds the API.", "status": "OPEN"},
        candidate={
            "first_name": "Ada",
            "last_name": "Lovelace",
            "email": "ada@example.com",
            "gdpr_expiry_date": dt.date(2030, 1, 1),
        },
        agent={"name": "Screener", "type": "ONLINE", "focus": "GENERIC", "language": "EN", "duration": 30},
        at=fake.clock.now() + dt.timedelta(minutes=5),
    )
    client.interviews.wait(scheduled.interview.id)
    pauses = [r.getMessage() for r in caplog.records if "before the next poll" in r.getMessage()]
    assert pauses[:2] == ["waiting 5.00 s before the next poll", "waiting 7.50 s before the next poll"]


def test_redact_headers_masks_every_credential() -> None:
    masked = _logging.redact_headers(
        {"Authorization": f"Bearer {KEY}", "Cookie": "session=abc", "Accept": "application/json"}
    )
    assert masked == {"Authorization": "Bearer sk_test_…", "Cookie": "…", "Accept": "application/json"}
