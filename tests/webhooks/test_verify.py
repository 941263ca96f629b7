"""Webhook deliveries signed by the fake verify through the SDK; every tampering is refused with a reason."""

from __future__ import annotations

import json
import time

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView
from instaview_plus.webhooks import normalize_event_type
from instaview_plus.webhooks._signature import signature_header

SECRET = "ab" * 32


def test_round_trip_through_the_fake() -> None:
    fake = FakeInstaView(seed=3)
    got: list[tuple[str, dict[str, str], bytes]] = []
    fake.on_webhook(lambda url, headers, body: got.append((url, headers, body)) or None)
    with iv.InstaView(api_key="sk_test_hooks", http_client=fake.http_client()) as client:
        hook = client.webhooks.create(
            url="https://hooks.example.com/iv", events=["PING", "INTERVIEW_COMPLETED"]
        )
        client.webhooks.test(hook.id)
    assert got, "the test ping was delivered"
    _, headers, body = got[-1]
    event = iv.webhooks.verify(payload=body, headers=headers, secret=hook.signing_secret)
    assert event.type == "PING"
    assert event.delivery_id
    with pytest.raises(iv.WebhookVerificationError, match="mismatch"):
        iv.webhooks.verify(payload=body + b" ", headers=headers, secret=hook.signing_secret)
    with pytest.raises(iv.WebhookVerificationError, match="mismatch"):
        iv.webhooks.verify(payload=body, headers=headers, secret="0" * 64)


def _signed(payload: dict[str, object], at: int) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, {"X-InstaView-Signature": signature_header(SECRET, at, body)}


def test_missing_header_stale_timestamp_and_bad_json() -> None:
    now = int(time.time())
    body, headers = _signed(
        {"event": "interview.completed", "deliveryId": "d1", "data": {"interviewId": "i1"}}, now
    )
    event = iv.webhooks.verify(
        payload=body, headers={k.lower(): v for k, v in headers.items()}, secret=SECRET
    )
    assert (event.type, event.data.interview_id, event.raw_type) == (
        "INTERVIEW_COMPLETED",
        "i1",
        "interview.completed",
    )
    with pytest.raises(iv.WebhookVerificationError, match="missing"):
        iv.webhooks.verify(payload=body, headers={}, secret=SECRET)
    old_body, old_headers = _signed({"event": 3}, now - 3600)
    with pytest.raises(iv.WebhookVerificationError, match="stale"):
        iv.webhooks.verify(payload=old_body, headers=old_headers, secret=SECRET)
    assert iv.webhooks.verify(payload=old_body, headers=old_headers, secret=SECRET, tolerance=None).type == (
        "INTERVIEW_COMPLETED"
    )
    with pytest.raises(iv.WebhookVerificationError, match="t=<unix>"):
        iv.webhooks.verify(payload=body, headers={"X-InstaView-Signature": "v0=abc"}, secret=SECRET)
    bad_body = b"not json"
    with pytest.raises(iv.WebhookVerificationError, match="not JSON"):
        iv.webhooks.verify(
            payload=bad_body,
            headers={"X-InstaView-Signature": signature_header(SECRET, now, bad_body)},
            secret=SECRET,
        )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("interview.completed", "INTERVIEW_COMPLETED"),
        ("INTERVIEW_COMPLETED", "INTERVIEW_COMPLETED"),
        (3, "INTERVIEW_COMPLETED"),
        ("0", "ANALYSIS_COMPLETED"),
        ("sourcing.failed", "SOURCING_FAILED"),
        ("brand.new_event", "BRAND_NEW_EVENT"),
        (42, "UNKNOWN_42"),
    ],
)
def test_every_event_spelling_normalises(raw: object, expected: str) -> None:
    assert normalize_event_type(raw) == expected
