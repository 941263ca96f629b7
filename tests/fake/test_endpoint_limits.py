"""An operation's own limit from the spec (``x-rate-limit``): the preview results allow 120 requests a minute,
then 429 ``RATE_LIMIT_EXCEEDED`` (the sourcing reference), in a bucket that replaces the key's general one."""

from __future__ import annotations

import httpx
from instaview_spec.operations import OPERATIONS

from instaview_plus.testing import FakeInstaView

RUN = {"title": "Backend engineers", "jobDescription": "Node.js fintech", "location": "SF", "limit": 20}
LIMIT = OPERATIONS["getSourcingPreviewResults"]["rate_limit"]


def test_the_spec_declares_the_documented_preview_limit() -> None:
    assert LIMIT == {
        "requests": 120,
        "seconds": 60,
        "errorCode": "RATE_LIMIT_EXCEEDED",
        "scope": "key",
        "keyLimits": "replaced",
    }
    assert [op for op, spec in OPERATIONS.items() if "rate_limit" in spec] == ["getSourcingPreviewResults"]


def test_preview_results_are_throttled_at_120_a_minute_with_the_documented_body(
    fake: FakeInstaView, http: httpx.Client
) -> None:
    fake.advance(seconds=60 - fake.clock.now().timestamp() % 60)  # the start of a minute window
    rid = http.post("/sourcing/preview", json=RUN).json()["requestId"]
    codes = [http.get(f"/sourcing/preview/{rid}/results").status_code for _ in range(LIMIT["requests"])]
    assert set(codes) <= {200, 202} and len(codes) == 120  # more than the key's 60: its own bucket
    over = http.get(f"/sourcing/preview/{rid}/results")
    assert over.status_code == 429
    body = over.json()
    assert body["success"] is False and body["data"] is None
    assert body["error"]["code"] == "RATE_LIMIT_EXCEEDED"
    assert body["error"]["details"]["limit"] == 120
    assert over.headers["Retry-After"] == str(body["error"]["details"]["retryAfter"]) == "60"
    # the polls did not spend the key's general budget: one request (the POST) so far
    jobs = http.get("/jobs")
    assert jobs.status_code == 200 and jobs.headers["X-RateLimit-Remaining-Minute"] == "58"
    fake.advance(seconds=60)
    assert http.get(f"/sourcing/preview/{rid}/results").status_code in (200, 202)


def test_the_limit_is_counted_per_key(fake: FakeInstaView, http: httpx.Client) -> None:
    fake.advance(seconds=60 - fake.clock.now().timestamp() % 60)
    rid = http.post("/sourcing/preview", json=RUN).json()["requestId"]
    for _ in range(120):
        http.get(f"/sourcing/preview/{rid}/results")
    assert http.get(f"/sourcing/preview/{rid}/results").status_code == 429
    fake.add_api_key("sk_test_other")
    with fake.http_client(headers={"Authorization": "Bearer sk_test_other"}) as other:
        assert other.get(f"/sourcing/preview/{rid}/results").status_code in (200, 202)
