"""Typed events from the spec's ``webhooks:`` section, and ``event.fetch`` (sync and async) on the fake."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView, sign

KEY = "sk_test_events"


def _collect(fake: FakeInstaView) -> list[tuple[dict[str, str], bytes]]:
    got: list[tuple[dict[str, str], bytes]] = []
    fake.on_webhook(lambda url, headers, body: got.append((headers, body)))
    return got


@pytest.fixture
def fake() -> FakeInstaView:
    return FakeInstaView(seed=7)


def test_triggered_events_are_typed_and_fetch_what_they_name(fake: FakeInstaView) -> None:
    got = _collect(fake)
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        secret = client.webhooks.create(
            url="https://api.example.com/hooks",
            events=["interview.completed", 0, "INTERVIEW_STARTED", "ping"],
        ).signing_secret
        assert isinstance(secret, str)
        result = fake.trigger("interview.completed")
        events = [iv.webhooks.verify(payload=b, headers=h, secret=secret, now=fake.clock.now) for h, b in got]
        assert [e.type for e in events] == ["INTERVIEW_STARTED", "INTERVIEW_COMPLETED", "ANALYSIS_COMPLETED"]
        _, completed, analysis = events
        assert isinstance(completed, iv.webhooks.InterviewEvent)
        assert completed.data.interview_id == result["interviewId"]
        assert completed.data.candidate_id == result["candidateId"]
        assert completed.data.status == iv.InterviewStatus.COMPLETED
        assert completed.fetch(client).id == result["interviewId"]
        assert isinstance(analysis, iv.webhooks.AnalysisCompletedEvent)
        assert isinstance(analysis.data.analysis, iv.Analysis)
        assert base64.b64decode(analysis.data.analysis_pdf_base_64).startswith(b"%PDF")  # type: ignore[arg-type]
        assert analysis.fetch(client).analysis is not None
        # the last delivery went unused: a ping through the test endpoint names its webhook
        got.clear()
        fake.trigger("ping")
        ping = iv.webhooks.verify(payload=got[0][1], headers=got[0][0], secret=secret, now=fake.clock.now)
        assert isinstance(ping, iv.webhooks.PingEvent)
        assert ping.fetch(client).id == ping.data.webhook_id

    async def read() -> tuple[str, str]:
        async with iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client()) as aclient:
            one = await completed.fetch(aclient)
            two = await completed.afetch(aclient)
            return one.id, two.id

    assert asyncio.run(read()) == (result["interviewId"], result["interviewId"])


def test_failed_events_carry_the_error(fake: FakeInstaView) -> None:
    got = _collect(fake)
    with iv.InstaView(api_key=KEY, http_client=fake.http_client()) as client:
        secret = client.webhooks.create(
            url="https://api.example.com/hooks", events=["interview.failed", "analysis.failed"]
        ).signing_secret
        events = []
        results = []
        for name in ("interview.failed", "analysis.failed"):
            results.append(fake.trigger(name))  # each moves the clock on: verify its deliveries at once
            events += [
                iv.webhooks.verify(payload=b, headers=h, secret=secret, now=fake.clock.now) for h, b in got
            ]
            got.clear()
        failed = results[0]
        assert [e.type for e in events] == ["INTERVIEW_FAILED", "ANALYSIS_FAILED"]
        assert isinstance(events[0], iv.webhooks.InterviewEvent)
        assert "NO_ANSWER" in str(events[0].data.error)
        assert events[0].fetch(client).id == failed["interviewId"]
        attempts = events[0].fetch(client).call_attempts
        assert attempts and all(a.status == "FAILED" for a in attempts)
        assert isinstance(events[1], iv.webhooks.AnalysisFailedEvent)
        assert events[1].data.error
        assert events[1].fetch(client).status == iv.InterviewStatus.COMPLETED


def _verify(payload: dict[str, Any]) -> iv.webhooks.WebhookEvent:
    body = json.dumps(payload).encode()
    headers = sign("k", body, timestamp=int(time.time()), event="x", delivery_id="d")
    return iv.webhooks.verify(payload=body, headers=headers, secret="k")


def test_unknown_fields_are_kept_and_unknown_types_parse_generically() -> None:
    event = _verify(
        {
            "event": "interview.started",
            "deliveryId": "d1",
            "data": {"interviewId": "i", "roomUrl": "https://x"},
        }
    )
    assert isinstance(event, iv.webhooks.InterviewEvent)
    assert event.data.additional_properties == {"roomUrl": "https://x"}
    assert event.payload["data"]["roomUrl"] == "https://x"
    other = _verify({"event": "interview.rescheduled", "deliveryId": "d2", "data": {"interviewId": "i"}})
    assert type(other) is iv.webhooks.WebhookEvent
    assert (other.type, other.data) == ("INTERVIEW_RESCHEDULED", {"interviewId": "i"})
    with pytest.raises(iv.InvalidRequestError):
        other.fetch(iv.InstaView(api_key=KEY))
    # a data object that does not fit its model stays generic rather than failing a signed delivery
    odd = _verify({"event": "analysis.completed", "deliveryId": "d3", "data": {"analysis": 5}})
    assert type(odd) is iv.webhooks.WebhookEvent and odd.data == {"analysis": 5}
    assert _verify({"event": 3, "deliveryId": "d4", "data": {}}).type == "INTERVIEW_COMPLETED"
