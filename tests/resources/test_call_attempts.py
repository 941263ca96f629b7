"""interviews.call_attempts: the exact request each method sends and the parsed result, sync and async."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

import instaview_plus as iv
from instaview_plus._generated.client.models import (
    CallAttemptInvokeResult,  # not re-exported by instaview_plus yet
)

from ..conftest import Recorder, envelope
from ._support import Run, example

INTERVIEW_ID = "550e8400-e29b-41d4-a716-446655440000"
ATTEMPT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
ADELAIDE = datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide"))


def assert_same_body(body: Any, expected: Any) -> None:
    """Equal bodies, where ``scheduledAt`` must be the same wall time and UTC offset ("Z" may read "+00:00")."""
    assert body.keys() == expected.keys()
    got, want = body.get("scheduledAt"), expected.get("scheduledAt")
    if isinstance(want, str):
        assert isinstance(got, str)
        parsed, documented = datetime.fromisoformat(got), datetime.fromisoformat(want)
        assert (parsed.replace(tzinfo=None), parsed.utcoffset()) == (
            documented.replace(tzinfo=None),
            documented.utcoffset(),
        )
    else:
        assert got == want


@pytest.mark.parametrize(
    ("kwargs", "sent"),
    [
        ({"scheduled_at": "2026-05-01T10:00:00Z"}, "icbw-E6"),
        ({"scheduled_at": None}, "icbw-E6.3"),  # null: call now
        ({}, {}),
        ({"scheduled_at": ADELAIDE}, {"scheduledAt": "2026-04-02T07:00:00+10:30"}),
    ],
    ids=["documented-time", "documented-null", "no-body-fields", "adelaide-offset-kept"],
)
async def test_create_sends_the_body_and_reads_the_invoke_result(
    run: Run, recorder: Recorder, kwargs: dict[str, Any], sent: Any
) -> None:
    recorder.queue.append(httpx.Response(201, json=example("icbw-E6.2")))
    result = await run(lambda c: c.interviews.call_attempts.create(INTERVIEW_ID, **kwargs))
    assert (recorder.last.method, recorder.last.url.path) == (
        "POST",
        f"/interviews/{INTERVIEW_ID}/call-attempts",
    )
    assert recorder.last.url.params == httpx.QueryParams()
    assert_same_body(recorder.body(), example(sent) if isinstance(sent, str) else sent)
    assert isinstance(result, CallAttemptInvokeResult)
    assert (result.success, result.message) == (True, "<string>")


async def test_create_accepts_the_invoke_result_inside_an_envelope(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope({"success": True, "message": "Call attempt scheduled successfully"}, 201))
    result = await run(lambda c: c.interviews.call_attempts.create(INTERVIEW_ID))
    assert result.message == "Call attempt scheduled successfully"


@pytest.mark.parametrize(
    ("interview_id", "kwargs", "error", "argument"),
    [
        (INTERVIEW_ID, {"scheduled_at": datetime(2026, 5, 1, 10, 0)}, iv.NaiveDatetimeError, "scheduled_at"),
        (INTERVIEW_ID, {"scheduled_at": "tomorrow"}, iv.InvalidRequestError, "scheduled_at"),
        (INTERVIEW_ID, {"schedule_time": ADELAIDE}, iv.InvalidRequestError, "schedule_time"),
        ("", {}, iv.InvalidRequestError, "interview_id"),
    ],
)
async def test_create_refuses_bad_arguments_before_sending(
    run: Run,
    recorder: Recorder,
    interview_id: str,
    kwargs: dict[str, Any],
    error: type[Exception],
    argument: str,
) -> None:
    with pytest.raises(error) as info:
        await run(lambda c: c.interviews.call_attempts.create(interview_id, **kwargs))
    assert getattr(info.value, "argument", None) == argument
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("scheduled_at", "sent"),
    [
        ("2026-05-01T12:00:00Z", "icbw-E7"),
        ("2026-05-01T14:30:00Z", "icbw-E7.2"),
        (ADELAIDE, {"scheduledAt": "2026-04-02T07:00:00+10:30"}),
    ],
    ids=["documented", "documented-2", "adelaide-offset-kept"],
)
async def test_reschedule_sends_the_new_time_and_returns_none_on_204(
    run: Run, recorder: Recorder, scheduled_at: Any, sent: Any
) -> None:
    recorder.queue.append(httpx.Response(204))
    result = await run(
        lambda c: c.interviews.call_attempts.reschedule(INTERVIEW_ID, ATTEMPT_ID, scheduled_at=scheduled_at)
    )
    assert (recorder.last.method, recorder.last.url.path) == (
        "PATCH",
        f"/interviews/{INTERVIEW_ID}/call-attempts/{ATTEMPT_ID}",
    )
    assert_same_body(recorder.body(), example(sent) if isinstance(sent, str) else sent)
    assert result is None


@pytest.mark.contract_exempt("both ids hold '/' on purpose, to check percent-encoding", check="request")
async def test_reschedule_percent_encodes_both_ids(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(204))
    await run(lambda c: c.interviews.call_attempts.reschedule("a/b", "../c", scheduled_at=ADELAIDE))
    assert recorder.last.url.raw_path == b"/interviews/a%2Fb/call-attempts/..%2Fc"


@pytest.mark.parametrize(
    ("attempt_id", "kwargs", "error", "argument"),
    [
        (ATTEMPT_ID, {}, iv.InvalidRequestError, "scheduled_at"),
        (ATTEMPT_ID, {"scheduled_at": None}, iv.InvalidRequestError, "scheduled_at"),
        (ATTEMPT_ID, {"scheduled_at": "2026-05-01T12:00:00"}, iv.NaiveDatetimeError, "scheduled_at"),
        ("", {"scheduled_at": ADELAIDE}, iv.InvalidRequestError, "attempt_id"),
    ],
)
async def test_reschedule_refuses_bad_arguments_before_sending(
    run: Run,
    recorder: Recorder,
    attempt_id: str,
    kwargs: dict[str, Any],
    error: type[Exception],
    argument: str,
) -> None:
    with pytest.raises(error) as info:
        await run(lambda c: c.interviews.call_attempts.reschedule(INTERVIEW_ID, attempt_id, **kwargs))
    assert getattr(info.value, "argument", None) == argument
    assert recorder.requests == []


@pytest.mark.parametrize(
    "status",
    [
        204,
        pytest.param(
            200,
            marks=pytest.mark.contract_exempt(
                "the spec says 204; the SDK also accepts a 200", check="response"
            ),
        ),
    ],
)
async def test_delete_returns_none(run: Run, recorder: Recorder, status: int) -> None:
    recorder.queue.append(httpx.Response(status))
    assert await run(lambda c: c.interviews.call_attempts.delete(INTERVIEW_ID, ATTEMPT_ID)) is None
    assert (recorder.last.method, recorder.last.url.path) == (
        "DELETE",
        f"/interviews/{INTERVIEW_ID}/call-attempts/{ATTEMPT_ID}",
    )
    assert recorder.last.content == b""


async def test_delete_refuses_an_empty_attempt_id_before_sending(run: Run, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.interviews.call_attempts.delete(INTERVIEW_ID, " "))
    assert info.value.argument == "attempt_id"
    assert recorder.requests == []


async def test_with_raw_response_shows_the_204(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(204))
    raw = await run(lambda c: c.interviews.call_attempts.with_raw_response.delete(INTERVIEW_ID, ATTEMPT_ID))
    assert raw.status_code == 204
    assert raw.parse() is None
