"""``webhooks.verify`` on hostile deliveries: any header text (non-ASCII included), any body, correctly
signed hostile JSON. Only ``WebhookVerificationError`` leaves, so a receiver answers 400, never 500.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import instaview_plus as iv
from instaview_plus.webhooks._signature import SIGNATURE_HEADER, signature_header

from .._support.stats import count

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

SECRET = "a" * 64
header_text = st.one_of(
    st.text(max_size=40),
    st.builds(lambda t, v: f"t={t},v1={v}", st.text(max_size=14), st.text(max_size=70)),
    st.sampled_from(["t=1,v1=é", "t=١٢٣,v1=00", "t=" + "9" * 5000 + ",v1=00", "t=²,v1=ab", "v1=\udc80,t=1"]),
)
bodies = st.one_of(
    st.binary(max_size=60),
    st.text(max_size=30),
    st.sampled_from(
        [
            b'{"event": "' + b"1" * 5000 + b'"}',
            b'{"event": "\xc2\xb2"}',
            b'{"event": ' + b"1" * 5000 + b"}",
            b"[" * 50000 + b"]" * 50000,
            b'{"event": "PING", "timestamp": "not a date", "data": 3}',
            b'{"event": [[[{"a": 1}]]], "deliveryId": 5}',
        ]
    ),
)


def _verify(**kwargs: Any) -> None:
    try:
        iv.webhooks.verify(**kwargs)
        untyped = 0
    except iv.WebhookVerificationError:
        untyped = 0
    except Exception:
        untyped = 1
        raise
    finally:
        count("webhook verification (hostile headers and bodies)", untyped=untyped)


@settings(max_examples=300, deadline=None)
@given(header=header_text, body=bodies, secret=st.one_of(st.just(SECRET), st.text(max_size=5)))
def test_any_delivery_gives_an_event_or_a_verification_error(header: str, body: Any, secret: str) -> None:
    _verify(payload=body, headers={SIGNATURE_HEADER: header}, secret=secret, tolerance=None)


@settings(max_examples=100, deadline=None)
@given(body=bodies)
def test_a_correctly_signed_hostile_body_gives_an_event_or_a_verification_error(body: Any) -> None:
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    now = int(time.time())
    headers = {SIGNATURE_HEADER: signature_header(SECRET, now, raw)}
    _verify(payload=raw, headers=headers, secret=SECRET, now=now)
