"""billing: the exact request ``usage`` sends and the parsed result, sync and async (documented examples)."""

from __future__ import annotations

import datetime as dt

import pytest

import instaview_plus as iv

from ..conftest import Recorder
from ._support import both, ex, reply, sent

SCOPE = "4a1d2c3b-0000-4000-8000-00000000ac3e"


async def test_usage_sends_dates_as_iso_days_and_reads_credits(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E15")), reply(ex("icbw-E15"))]
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    results = await both(
        lambda: client.billing.usage(start=start, end=end),
        lambda: aclient.billing.usage(start=start, end=end),
    )
    assert (
        sent(recorder) == [("GET", "/billing/usage", {"start": "2026-03-01", "end": "2026-03-31"}, None)] * 2
    )
    for usage in results:
        assert isinstance(usage, iv.BillingUsage)
        assert (usage.total_interviews, usage.total_minutes_used, usage.total_credits_used) == (
            80,
            1200,
            3000.5,
        )
        assert usage.companies[0].company_name == "Acme Corporation"
        assert usage.companies[0].total_credits_used == 125.5


@pytest.mark.parametrize("example", ["icbw-E16", "icbw-E16.2", "icbw-E17"])
async def test_usage_reads_every_documented_shape(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder, example: str
) -> None:
    body = ex(example)
    payload = body.get("data", body)
    recorder.queue += [reply(body), reply(body)]
    results = await both(lambda: client.billing.usage(), lambda: aclient.billing.usage())
    assert sent(recorder) == [("GET", "/billing/usage", {}, None)] * 2
    for usage in results:
        assert usage.total_minutes_used == payload["totalMinutesUsed"]
        assert usage.total_interviews == payload["totalInterviews"]
        assert [c.company_id for c in usage.companies] == [c["companyId"] for c in payload["companies"]]


async def test_usage_accepts_iso_strings_and_is_not_company_scoped(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E17")), reply(ex("icbw-E17"))]
    await both(
        lambda: client.for_company(SCOPE).billing.usage(start="2024-01-01"),
        lambda: aclient.for_company(SCOPE).billing.usage(start="2024-01-01"),
    )
    assert sent(recorder) == [("GET", "/billing/usage", {"start": "2024-01-01"}, None)] * 2


@pytest.mark.parametrize("bad", [dt.datetime(2026, 3, 1, tzinfo=dt.UTC), "01/03/2026", 20260301])
def test_usage_refuses_what_is_not_a_date(client: iv.InstaView, recorder: Recorder, bad: object) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        client.billing.usage(start=bad)  # type: ignore[arg-type]
    assert info.value.argument == "start"
    assert recorder.requests == []
