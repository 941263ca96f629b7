"""A client built on the fake's http clients waits in the fake's time: polls, retries and pacing move the
fake's clock and never sleep for real; webhook deliveries verify against the fake's clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import pickle
import time
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

NOW = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)
JOB = {"title": "Backend engineer", "description": "Builds the API.", "status": "OPEN"}
CANDIDATE = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "email": "ada@example.com",
    "gdpr_expiry_date": dt.date(2027, 1, 1),
}
# a day of polls is ~1,500 GETs of one operation: the contract plugin's per-exchange check would dominate
LONG_WAIT = pytest.mark.contract_exempt("a day of polls of getInterview, checked elsewhere", check="all")
AGENT = {"name": "Screener", "type": "ONLINE", "focus": "GENERIC", "language": "EN", "duration": 30}


@pytest.fixture
def no_real_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Fail on any real pause: ``time.sleep`` at all, ``asyncio.sleep`` longer than a yield."""
    asked: list[float] = []
    real_asleep = asyncio.sleep

    def sleep(seconds: float) -> None:
        asked.append(seconds)
        raise AssertionError(f"slept {seconds} s of real time")

    async def asleep(seconds: float, result: Any = None) -> Any:
        if seconds > 0:
            asked.append(seconds)
            raise AssertionError(f"slept {seconds} s of real time")
        return await real_asleep(0, result)

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", asleep)
    return asked


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=1, now=NOW)


def _tomorrow(client: iv.InstaView, fake: FakeInstaView) -> str:
    at = fake.clock.now() + dt.timedelta(days=1)
    result = client.workflows.schedule_interview(job=JOB, candidate=CANDIDATE, agent=AGENT, at=at)
    return str(result.interview.id)


@LONG_WAIT
def test_wait_for_an_interview_tomorrow_takes_fake_time_not_real_time(
    fake: FakeInstaView, no_real_sleep: list[float]
) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    interview_id = _tomorrow(client, fake)
    started, real = fake.clock.now(), time.perf_counter()
    done = client.interviews.wait(interview_id, timeout=3 * 86400)
    assert str(done.status) == "COMPLETED"
    assert fake.clock.now() - started >= dt.timedelta(days=1)  # a day passed in the fake ...
    assert time.perf_counter() - real < 10  # ... and (loosely) next to none for real
    assert no_real_sleep == []


@LONG_WAIT
async def test_async_wait_takes_fake_time(fake: FakeInstaView, no_real_sleep: list[float]) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    interview_id = _tomorrow(client, fake)
    started = fake.clock.now()
    aclient = iv.AsyncInstaView(api_key="sk_test_fake", http_client=fake.async_http_client())
    done = await aclient.interviews.wait(interview_id, timeout=3 * 86400)
    assert str(done.status) == "COMPLETED"
    assert fake.clock.now() - started >= dt.timedelta(days=1)
    assert no_real_sleep == []


def test_wait_that_runs_out_is_its_own_error_not_a_connection_error(
    fake: FakeInstaView, no_real_sleep: list[float]
) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    interview_id = _tomorrow(client, fake)
    try:
        client.interviews.wait(interview_id, timeout=3600)
    except iv.APIConnectionError:  # catching connection errors must not swallow "still running"
        pytest.fail("WaitTimeoutError was caught as an APIConnectionError")
    except iv.WaitTimeoutError as exc:
        err = exc
    else:
        pytest.fail("wait() returned before the interview ran")
    assert not isinstance(err, iv.APIConnectionError) and isinstance(err, iv.InstaViewError)
    assert str(err.last.status) == "SCHEDULED" and str(err.last.id) == interview_id
    assert (err.timeout, err.elapsed) == (3600, 3600)
    assert "still SCHEDULED" in str(err)
    assert pickle.loads(pickle.dumps(err)).timeout == 3600
    assert no_real_sleep == []


def test_retry_backoff_advances_the_fake_clock(fake: FakeInstaView, no_real_sleep: list[float]) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    fake.fail_next(503, times=2, path="/jobs", method="GET")
    before = fake.clock.now()
    assert client.jobs.list().items == []
    # two backoffs: 0.5 s and 1 s, each +-25 % jitter
    assert dt.timedelta(seconds=1.1) <= fake.clock.now() - before <= dt.timedelta(seconds=1.9)
    assert no_real_sleep == []


async def test_pacer_waits_for_the_window_in_fake_time(no_real_sleep: list[float]) -> None:
    """Out of requests for the minute, the client waits (in fake time) for the fake's window to reset
    instead of sending a request that would get a 429: the pacer reads the fake's clock."""
    fake = FakeInstaView(now=NOW + dt.timedelta(seconds=30), rate_limit_per_minute=2)
    statuses: list[int] = []

    def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def arecord(response: httpx.Response) -> None:
        record(response)

    client = iv.InstaView(
        api_key="sk_test_fake", http_client=fake.http_client(event_hooks={"response": [record]})
    )
    for _ in range(3):
        client.jobs.list()
    assert statuses == [200, 200, 200]
    assert fake.clock.now() == NOW + dt.timedelta(minutes=1)  # waited exactly to the window's reset

    statuses.clear()
    fake = FakeInstaView(now=NOW + dt.timedelta(seconds=30), rate_limit_per_minute=2)
    aclient = iv.AsyncInstaView(
        api_key="sk_test_fake", http_client=fake.async_http_client(event_hooks={"response": [arecord]})
    )
    await aclient.jobs.list()  # one left this minute: of two concurrent requests, one waits
    await asyncio.gather(aclient.jobs.list(), aclient.jobs.list())
    assert statuses == [200, 200, 200]
    assert fake.clock.now() == NOW + dt.timedelta(minutes=1)
    assert no_real_sleep == []


def test_an_explicit_sleep_still_wins(fake: FakeInstaView) -> None:
    pauses: list[float] = []
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client(), sleep=pauses.append)
    fake.fail_next(503, path="/jobs", method="GET")
    client.jobs.list()
    assert len(pauses) == 1 and fake.clock.now() == NOW


def test_a_plain_httpx_client_still_waits_in_real_time(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[float] = []
    monkeypatch.setattr(time, "sleep", asked.append)
    fake = FakeInstaView(now=NOW)
    client = iv.InstaView(api_key="sk_test_fake", http_client=httpx.Client(transport=fake.transport()))
    fake.fail_next(503, path="/jobs", method="GET")
    client.jobs.list()
    assert len(asked) == 1 and fake.clock.now() == NOW


def test_webhook_deliveries_verify_against_the_fake_clock_after_advance(fake: FakeInstaView) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    deliveries: list[tuple[dict[str, str], bytes]] = []
    fake.on_webhook(lambda url, headers, body: deliveries.append((headers, body)))
    hook = client.webhooks.create(url="https://example.com/hooks", events=["INTERVIEW_COMPLETED"])
    interview_id = _tomorrow(client, fake)
    fake.advance(days=2)  # the interview runs tomorrow; its delivery is signed at the fake's time
    assert str(client.interviews.get(interview_id).status) == "COMPLETED"
    headers, body = deliveries[-1]
    secret = str(hook.signing_secret)
    with pytest.raises(iv.WebhookVerificationError, match="stale"):
        iv.webhooks.verify(payload=body, headers=headers, secret=secret)  # the wall clock is months off
    for now in (fake.clock.now(), fake.clock.timestamp()):
        event = iv.webhooks.verify(payload=body, headers=headers, secret=secret, now=now)
        assert event.type == "INTERVIEW_COMPLETED"
        assert event.data.interview_id == interview_id
    assert json.loads(body)["deliveryId"] == event.delivery_id


@pytest.mark.contract_exempt("one request without a key on purpose", check="request")
def test_every_response_carries_a_request_id_and_errors_show_it(fake: FakeInstaView) -> None:
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    raw = client.jobs.with_raw_response.create(**JOB)
    assert (raw.request_id or "").startswith("req_")
    with pytest.raises(iv.NotFoundError) as caught:
        client.jobs.get("3c90c3cc-0d44-4b50-8888-8dd25736052a")
    assert caught.value.request_id and caught.value.request_id.startswith("req_")
    assert f"request_id={caught.value.request_id}" in str(caught.value)
    assert caught.value.request_id != raw.request_id
    with fake.serve() as url, httpx.Client(base_url=url) as http:
        served = http.get("/jobs", headers={"Authorization": "Bearer sk_test_fake"})
        missing = http.get("/jobs")  # no key: a 401, with its request id too
    assert served.headers["x-request-id"].startswith("req_")
    assert missing.status_code == 401 and missing.headers["x-request-id"].startswith("req_")


def test_request_ids_do_not_change_the_seeded_resource_ids() -> None:
    """The request-id stream is separate: the same seed hands out the same resource ids as before."""
    ids = []
    for _ in range(2):
        fake = FakeInstaView(seed=4, now=NOW)
        client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
        client.jobs.list()
        ids.append(client.jobs.create(**JOB).id)
    fresh = FakeInstaView(seed=4, now=NOW)
    fresh_client = iv.InstaView(api_key="sk_test_fake", http_client=fresh.http_client())
    assert ids[0] == ids[1] == fresh_client.jobs.create(**JOB).id
