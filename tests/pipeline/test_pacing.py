"""The client-side pacer: waits instead of causing 429s, counts requests in flight, keeps the freshest report."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus._pipeline.pacing import Pacer

from .._support.hostile import KEY

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


class _CorruptBody(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers with rate-limit headers and a gzip body that cannot be decoded, not read yet."""

    def __init__(self, headers: dict[str, str]) -> None:
        self.headers = headers

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        stream = httpx.ByteStream(b"\x1f\x8b not gzip")
        return httpx.Response(200, headers=self.headers, stream=stream, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


class _Streaming(httpx.Client):
    """An application's client whose ``send`` hands the response back before its body is read."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        return super().send(request, **{**kwargs, "stream": True})


class _AsyncStreaming(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        return await super().send(request, **{**kwargs, "stream": True})


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_body_that_cannot_be_read_still_reports_the_rate_limit_its_headers_gave(mode: str) -> None:
    """The headers came before the body failed (corrupt gzip): the slot comes back with their report."""
    reset = int(time.time()) + 3600
    transport = _CorruptBody(
        {
            "x-ratelimit-remaining-minute": "0",
            "x-ratelimit-reset-minute": str(reset),
            "content-type": "application/json",
            "content-encoding": "gzip",
        }
    )
    if mode == "sync":
        client = iv.InstaView(api_key=KEY, http_client=_Streaming(transport=transport), max_retries=0)
        with pytest.raises(iv.APIConnectionError, match="DecodingError"):
            client.jobs.get("job-1")
        pacer = client._pipeline.pacer
    else:
        aclient = iv.AsyncInstaView(
            api_key=KEY, http_client=_AsyncStreaming(transport=transport), max_retries=0
        )
        with pytest.raises(iv.APIConnectionError, match="DecodingError"):
            asyncio.run(aclient.jobs.get("job-1"))
        pacer = aclient._pipeline.pacer
    assert pacer._in_flight == 0
    assert pacer.info is not None and (pacer.info.remaining_minute, pacer.info.reset_minute) == (0, reset)
    assert pacer.reserve() > 0  # the next request waits for the window the failed one reported
