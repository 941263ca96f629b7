"""The fake counts what it served: a status histogram and requests / 429s per key, in-process and over HTTP."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from fake_helpers import AUTH, make_job

from instaview_plus.testing import FakeInstaView

FROZEN = dt.datetime(2026, 5, 4, 9, 0, 30, tzinfo=dt.UTC)  # the fake's clock, frozen

KEY = AUTH["Authorization"].split()[1]


@pytest.mark.contract_exempt("reads /_fake/state, which is not part of the API", check="all")
def test_status_histogram_and_429s_per_key() -> None:
    fake = FakeInstaView(seed=0, rate_limit_per_minute=2, rate_limit_window=3600, now=FROZEN)
    fake.fail_next(503, times=1, path="/jobs", method="GET")
    with fake.serve(control=True) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        assert http.get("/jobs").status_code == 503  # an injected fault: in the histogram, not per key
        make_job(http)
        assert http.get("/jobs").status_code == 200
        assert http.get("/jobs").status_code == 429
        other = {"Authorization": "Bearer sk_test_someone_else"}
        assert http.get("/jobs", headers=other).status_code == 200
        served = http.get("/_fake/state").json()["served"]
    key_id = fake.state.api_keys[KEY].id
    other_id = fake.state.api_keys["sk_test_someone_else"].id
    assert fake.served == {503: 1, 201: 1, 200: 2, 429: 1}
    assert fake.throttled == {key_id: 1}
    assert fake.requests_by_key == {key_id: 3, other_id: 1}
    assert served == {
        "status": {"200": 2, "201": 1, "429": 1, "503": 1},
        "requests_by_key": {key_id: 3, other_id: 1},
        "throttled_by_key": {key_id: 1},
    }
    assert KEY not in str(served)  # key ids, never the keys
    assert fake.limiter.window_counts(key_id) == {int(fake.clock.timestamp() // 3600): 2}
    fake.reset()
    assert fake.stats() == {"status": {}, "requests_by_key": {}, "throttled_by_key": {}}
