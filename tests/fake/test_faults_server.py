"""Faults, rate limits, the loopback server and concurrent load."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket

import httpx
import pytest
from fake_helpers import AUTH, make_job

from instaview_plus.testing import FakeInstaView

FROZEN = dt.datetime(2026, 5, 4, 9, 0, 30, tzinfo=dt.UTC)  # the fake's clock, frozen


def test_fail_next(fake: FakeInstaView, http: httpx.Client) -> None:
    fake.fail_next(503, times=2, path="/jobs")
    assert http.get("/jobs").status_code == 503
    assert http.get("/jobs").json()["error"]["code"] == "SERVICE_UNAVAILABLE"
    assert http.get("/jobs").status_code == 200


def test_reset_and_drop(fake: FakeInstaView, http: httpx.Client) -> None:
    fake.reset_connection_next(path="/jobs")
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/jobs")
    fake.drop_response_after_commit(path="/jobs")
    with pytest.raises(httpx.ReadTimeout):
        make_job(http)
    assert len(fake.state.jobs) == 1  # the write happened


def test_rate_limit_429() -> None:
    fake = FakeInstaView(rate_limit_per_minute=2, now=FROZEN)  # frozen: no window boundary mid-test
    with fake.http_client(headers=AUTH) as http:
        assert http.get("/jobs").headers["x-ratelimit-remaining-minute"] == "1"
        http.get("/jobs")
        r = http.get("/jobs")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        body = r.json()
        assert body["statusCode"] == 429 and body["remaining"] == 0 and body["limit"] == 2
        fake.advance(minutes=1)
        assert http.get("/jobs").status_code == 200


def test_serve_and_concurrency(fake: FakeInstaView) -> None:
    fake.rate_limit_per_minute = 1000  # 200 concurrent calls: above the documented default of 60 a minute
    with fake.serve() as url:
        with httpx.Client(base_url=url, headers=AUTH) as http:
            make_job(http)
            fake.drop_response_after_commit(path="/jobs")
            with pytest.raises(httpx.TransportError):
                http.get("/jobs")

        async def load() -> list[int]:
            async with httpx.AsyncClient(
                base_url=url, headers=AUTH, timeout=30, limits=httpx.Limits(max_connections=200)
            ) as client:
                rs = await asyncio.gather(*(client.get("/jobs") for _ in range(200)))
                return [r.status_code for r in rs]

        assert asyncio.run(load()) == [200] * 200


def test_a_request_cut_off_mid_body_is_not_handled(fake: FakeInstaView) -> None:
    """A client killed while sending (headers out, body cut short) made no request: nothing is created."""
    with fake.serve() as url:
        host, port = url.removeprefix("http://").split(":")
        body = b'{"title": "Backend engineer", "description": "Python and APIs.", "status": "OPEN"}'
        head = (
            f"POST /jobs HTTP/1.1\r\nHost: {host}\r\nAuthorization: {AUTH['Authorization']}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(head.encode() + body[:10])
            sock.shutdown(socket.SHUT_WR)  # the rest never comes
            assert sock.recv(1024) == b""  # closed without an answer
        with httpx.Client(base_url=url, headers=AUTH) as http:
            assert http.get("/jobs").json()["data"]["items"] == []
            make_job(http)  # the server still serves whole requests
    assert len(fake.state.jobs) == 1


def test_serve_bind_failure(fake: FakeInstaView) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    try:
        with pytest.raises(OSError), fake.serve(port=sock.getsockname()[1]):
            pass
    finally:
        sock.close()


def test_async_in_process(fake: FakeInstaView) -> None:
    async def run() -> int:
        async with fake.async_http_client(headers=AUTH) as client:
            return (await client.get("/jobs")).status_code

    assert asyncio.run(run()) == 200
