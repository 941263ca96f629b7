"""Time zones kept to the wire, as properties over many IANA zones and instants (hypothesis).

Covered: every zone in the tz database (sampled) plus a fixed list of awkward ones: half-hour and 45-minute
offsets (Adelaide +09:30/+10:30, Kolkata +05:30, Kathmandu +05:45, Eucla +08:45, Chatham +12:45/+13:45),
a 30-minute DST (Lord Howe), negative DST (Dublin), Ramadan DST (Casablanca), St John's -03:30/-02:30, +14
and -11 (Kiritimati, Pago Pago), and zones that dropped DST (Sao Paulo, Tehran). DST edges are found by
scanning each zone's transitions in 2000-2030: wall times inside a gap are refused, wall times inside a fold
get the offset their ``fold`` selects. What is sent always parses back to the same instant and offset, and
no naive value ever reaches the wire.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import zoneinfo
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from dateutil import tz
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import instaview_plus as iv
from instaview_plus._pipeline.wire import datetime_to_wire

from ..conftest import KEY, Recorder, envelope
from ..resources._support import example, reply

AWKWARD = [
    "Australia/Adelaide",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Eucla",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "Africa/Casablanca",
    "America/St_Johns",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "America/Sao_Paulo",
    "Asia/Tehran",
    "Europe/Bratislava",
    "America/Los_Angeles",
    "UTC",
]
DST_ZONES = [
    "Europe/Bratislava",
    "America/Los_Angeles",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "Europe/Dublin",
    "America/Sao_Paulo",
    "Africa/Casablanca",
    "Asia/Tehran",
]
OFFSET_AT_END = re.compile(r"[+-]\d\d:\d\d(:\d\d(\.\d+)?)?$")
ALL_ZONES = sorted(zoneinfo.available_timezones())
zones = st.one_of(st.sampled_from(AWKWARD), st.sampled_from(ALL_ZONES))
walls = st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2037, 12, 31))
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def transitions(zone: str, year: int) -> tuple[tuple[dt.datetime, dt.timedelta, dt.timedelta], ...]:
    """(UTC instant, offset before, offset after) of each offset change of ``zone`` in ``year``."""
    z, utc = ZoneInfo(zone), dt.UTC
    found = []
    t = dt.datetime(year, 1, 1, tzinfo=utc)
    end = dt.datetime(year + 1, 1, 1, tzinfo=utc)
    before = t.astimezone(z).utcoffset()
    while t < end:
        nxt = t + dt.timedelta(hours=1)
        after = nxt.astimezone(z).utcoffset()
        if after != before:
            low, high = t, nxt  # bisect to the minute
            while high - low > dt.timedelta(minutes=1):
                mid = low + (high - low) / 2
                if mid.astimezone(z).utcoffset() == before:
                    low = mid
                else:
                    high = mid
            assert before is not None and after is not None
            found.append((high, before, after))
            before = after
        t = nxt
    return tuple(found)


def edges() -> st.SearchStrategy[tuple[str, dt.datetime, dt.timedelta, dt.timedelta]]:
    """A zone and one of its DST transitions between 2000 and 2030."""

    def pick(zone_year: tuple[str, int]) -> st.SearchStrategy[Any]:
        zone, year = zone_year
        found = transitions(zone, year)
        if not found:
            return st.nothing()
        return st.sampled_from([(zone, *edge) for edge in found])

    return st.tuples(st.sampled_from(DST_ZONES), st.integers(2000, 2030)).flatmap(pick)


def same_instant(a: dt.datetime, b: dt.datetime) -> bool:
    """Compare in UTC: Python's inter-zone ``==`` is always False for a time in a DST fold (PEP 495)."""
    return a.astimezone(dt.UTC) == b.astimezone(dt.UTC)


def sent_back(wire: str) -> dt.datetime:
    assert OFFSET_AT_END.search(wire), f"no UTC offset on the wire: {wire!r}"
    return dt.datetime.fromisoformat(wire)


# -- the conversion --------------------------------------------------------------------------------------


@PROPERTY
@given(zone=zones, wall=walls, fold=st.sampled_from([0, 1]))
def test_any_zone_any_instant_round_trips_or_is_refused_as_a_gap(
    zone: str, wall: dt.datetime, fold: int
) -> None:
    aware = wall.replace(tzinfo=ZoneInfo(zone), fold=fold)
    if not tz.datetime_exists(aware):
        with pytest.raises(iv.NonexistentTimeError) as caught:
            datetime_to_wire(aware, "schedule_time")
        assert caught.value.argument == "schedule_time"
        return
    wire = datetime_to_wire(aware, "schedule_time")
    back = sent_back(wire)
    assert same_instant(back, aware)
    assert back.utcoffset() == aware.utcoffset()  # and the same offset (never converted to UTC)
    assert back.replace(tzinfo=None) == aware.replace(tzinfo=None, fold=0)  # the same wall time


@PROPERTY
@given(edge=edges(), minute=st.integers(0, 24 * 60), fold=st.sampled_from([0, 1]))
def test_wall_times_in_a_dst_gap_are_refused(
    edge: tuple[str, dt.datetime, dt.timedelta, dt.timedelta], minute: int, fold: int
) -> None:
    zone, instant, before, after = edge
    assume(after > before)  # clocks jump forward: a gap of (after - before)
    gap = int((after - before).total_seconds() // 60)
    wall = (instant + before).replace(tzinfo=None) + dt.timedelta(minutes=minute % gap)
    with pytest.raises(iv.NonexistentTimeError, match="daylight-saving gap"):
        datetime_to_wire(wall.replace(tzinfo=ZoneInfo(zone), fold=fold), "scheduled_at")


@PROPERTY
@given(edge=edges(), minute=st.integers(0, 24 * 60))
def test_wall_times_in_a_fold_get_the_offset_fold_selects(
    edge: tuple[str, dt.datetime, dt.timedelta, dt.timedelta], minute: int
) -> None:
    zone, instant, before, after = edge
    assume(after < before)  # clocks go back: a fold of (before - after) where wall times happen twice
    overlap = int((before - after).total_seconds() // 60)
    wall = (instant + after).replace(tzinfo=None) + dt.timedelta(minutes=minute % overlap)
    first = datetime_to_wire(wall.replace(tzinfo=ZoneInfo(zone), fold=0), "at")
    second = datetime_to_wire(wall.replace(tzinfo=ZoneInfo(zone), fold=1), "at")
    assert sent_back(first).utcoffset() == before and sent_back(second).utcoffset() == after
    assert sent_back(second) - sent_back(first) == before - after  # two instants, one wall time


@PROPERTY
@given(edge=edges(), minutes=st.integers(-180, 180))
def test_around_every_edge_what_is_sent_is_what_was_meant(
    edge: tuple[str, dt.datetime, dt.timedelta, dt.timedelta], minutes: int
) -> None:
    zone, instant, _, _ = edge
    # every instant near the edge, as the zone shows it (astimezone sets fold for the second occurrence)
    wall = (instant + dt.timedelta(minutes=minutes)).astimezone(ZoneInfo(zone))
    back = sent_back(datetime_to_wire(wall, "at"))
    assert same_instant(back, wall) and back.utcoffset() == wall.utcoffset()


@PROPERTY
@given(wall=walls, seconds=st.sampled_from([0, 1]))
def test_naive_datetimes_and_offsetless_strings_are_refused(wall: dt.datetime, seconds: int) -> None:
    with pytest.raises(iv.NaiveDatetimeError, match="ZoneInfo"):
        datetime_to_wire(wall, "schedule_time")
    text = wall.replace(microsecond=0).isoformat(timespec="seconds" if seconds else "minutes")
    with pytest.raises(iv.NaiveDatetimeError, match="no UTC offset"):
        datetime_to_wire(text, "schedule_time")


@PROPERTY
@given(wall=walls, offset_minutes=st.integers(-12 * 60, 14 * 60).filter(lambda m: m % 15 == 0))
def test_iso_strings_with_an_offset_go_out_exactly_as_written(wall: dt.datetime, offset_minutes: int) -> None:
    offset = dt.timezone(dt.timedelta(minutes=offset_minutes))
    text = wall.replace(microsecond=0, tzinfo=offset).isoformat()
    assert datetime_to_wire(text, "at") == text


# -- through the SDK: what reaches the wire, and what is read back ----------------------------------------


def _client(recorder: Recorder) -> iv.InstaView:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return iv.InstaView(api_key=KEY, http_client=http, sleep=lambda _: None)


CANDIDATE_ID = "3f2b8c1e-9d4a-4e6b-8c2d-1a2b3c4d5e6f"
AGENT_ID = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"
INTERVIEW_ID = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f"
INTERVIEW = {
    "id": INTERVIEW_ID,
    "status": "SCHEDULED",
    "candidateId": CANDIDATE_ID,
    "agentId": AGENT_ID,
    "createdAt": "2026-04-02T07:00:00+10:30",
    "updatedAt": "2026-04-02T07:00:00+10:30",
}
USAGE = example("icbw-E15")  # the documented usage response


@PROPERTY
@given(zone=zones, wall=walls.filter(lambda w: w.year >= 2000), fold=st.sampled_from([0, 1]))
def test_schedule_time_on_the_wire_keeps_wall_time_and_offset(
    zone: str, wall: dt.datetime, fold: int
) -> None:
    aware = wall.replace(tzinfo=ZoneInfo(zone), fold=fold)
    assume(tz.datetime_exists(aware))
    recorder = Recorder(lambda request: envelope({**INTERVIEW, "scheduledAt": "2026-01-01T00:00:00Z"}))
    with _client(recorder) as client:
        client.interviews.create(candidate_id=CANDIDATE_ID, agent_id=AGENT_ID, schedule_time=aware)
    wire = json.loads(recorder.last.content)["scheduleTime"]
    assert wire == aware.isoformat()
    assert same_instant(sent_back(wire), aware) and sent_back(wire).utcoffset() == aware.utcoffset()


@PROPERTY
@given(wall=walls, zone=zones)
def test_no_naive_value_ever_reaches_the_wire(wall: dt.datetime, zone: str) -> None:
    recorder = Recorder()
    with _client(recorder) as client:
        with pytest.raises(iv.NaiveDatetimeError) as caught:
            client.interviews.create(candidate_id=CANDIDATE_ID, agent_id=AGENT_ID, schedule_time=wall)
        assert caught.value.argument == "schedule_time"
        with pytest.raises(iv.NaiveDatetimeError):
            client.interviews.call_attempts.reschedule("iv_1", "att_1", scheduled_at=wall.isoformat())
        with pytest.raises(iv.NaiveDatetimeError):
            client.workflows.schedule_interview(candidate_id=CANDIDATE_ID, agent_id=AGENT_ID, at=wall)
    assert recorder.requests == []


@PROPERTY
@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_go_out_as_yyyy_mm_dd(day: dt.date) -> None:
    recorder = Recorder(
        lambda request: (
            reply(USAGE) if request.url.path == "/billing/usage" else envelope(example("jca-E15"), 201)
        )
    )
    with _client(recorder) as client:
        client.billing.usage(start=day, end=day)
        client.candidates.create(first_name="A", last_name="B", email="a@b.co", gdpr_expiry_date=day)
    assert dict(recorder.requests[0].url.params) == {"start": day.isoformat(), "end": day.isoformat()}
    assert json.loads(recorder.requests[1].content)["gdprExpiryDate"] == day.isoformat()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", day.isoformat())


@PROPERTY
@given(wall=walls, offset_minutes=st.integers(-12 * 60, 14 * 60).filter(lambda m: m % 15 == 0))
def test_datetimes_read_back_keep_the_servers_offset(wall: dt.datetime, offset_minutes: int) -> None:
    offset = dt.timezone(dt.timedelta(minutes=offset_minutes))
    stamp = wall.replace(microsecond=0, tzinfo=offset).isoformat()
    recorder = Recorder(lambda request: envelope({**INTERVIEW, "scheduledAt": stamp}))
    with _client(recorder) as client:
        interview = client.interviews.get(INTERVIEW_ID)
    assert interview.scheduled_at == dt.datetime.fromisoformat(stamp)
    assert interview.scheduled_at.utcoffset() == dt.timedelta(minutes=offset_minutes)


def test_the_documented_example() -> None:
    at = dt.datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide"))
    assert datetime_to_wire(at, "at") == "2026-04-02T07:00:00+10:30"
    kathmandu = dt.datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Asia/Kathmandu"))
    assert datetime_to_wire(kathmandu, "at") == "2026-04-02T07:00:00+05:45"


def test_the_edge_scan_finds_transitions() -> None:
    """The DST-edge strategies are not vacuous: the scan finds the known transitions."""
    spring, autumn = transitions("Europe/Bratislava", 2026)
    assert spring[0] == dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC) and spring[2] - spring[
        1
    ] == dt.timedelta(hours=1)
    assert autumn[0] == dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)
    lord_howe = transitions("Australia/Lord_Howe", 2026)
    assert {abs(after - before) for _, before, after in lord_howe} == {dt.timedelta(minutes=30)}
    assert transitions("Asia/Kathmandu", 2026) == ()
