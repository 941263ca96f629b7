"""Call attempts of a phone interview: ``client.interviews.call_attempts`` / ``aclient.interviews.call_attempts``.

>>> from datetime import datetime, time, timedelta
>>> from zoneinfo import ZoneInfo
>>> zone = ZoneInfo("Europe/Bratislava")
>>> at = datetime.combine(datetime.now(zone).date() + timedelta(days=2), time(10, 0), tzinfo=zone)
>>> phone = client.agents.create(name="Phone screen", type="PHONE", focus="SCREENING", duration=20,
...                              company_phone_number_id="123e4567-e89b-12d3-a456-426614174000")
>>> call = client.interviews.create(candidate_id=candidate.id, agent_id=phone.id, job_id=job.id, schedule_time=at)
>>> client.interviews.call_attempts.create(call.id, scheduled_at=at + timedelta(hours=2)).success  # a new attempt
True
>>> pending = client.interviews.get(call.id).call_attempts[-1]
>>> moved = client.interviews.call_attempts.reschedule(call.id, pending.id, scheduled_at=at + timedelta(hours=3))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Unpack

from .._types import RequestOptions
from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import CallAttemptInvokeResult
    from instaview_plus._generated.spec.params import CreateCallAttemptBody, RescheduleCallAttemptBody

    from .._pipeline.operation import Operation

__all__ = ["AsyncCallAttempts", "CallAttempts"]


def _no_content(data: Any) -> None:
    """The documented answer is ``204 No Content``; the call succeeded whatever body a server adds."""
    return None


_CREATE: Operation[CallAttemptInvokeResult] = operation("createCallAttempt", model("CallAttemptInvokeResult"))
_RESCHEDULE = operation("rescheduleCallAttempt", _no_content)
_DELETE = operation("deleteCallAttempt", _no_content)


def _ids(interview_id: str, attempt_id: str) -> tuple[tuple[str, str], ...]:
    return (("interview_id", interview_id), ("attempt_id", attempt_id))


class CallAttempts(SyncAPIResource["CallAttemptsWithRawResponse"]):
    """Queue, reschedule and delete the outbound calls of a phone interview."""

    def create(self, interview_id: str, **body: Unpack[CreateCallAttemptBody]) -> CallAttemptInvokeResult:
        """Queue a new call (now, or at an aware ``scheduled_at``); returns ``{success, message}``."""
        return self._call(_CREATE, path=(("interview_id", interview_id),), body=body)

    def reschedule(
        self, interview_id: str, attempt_id: str, **body: Unpack[RescheduleCallAttemptBody]
    ) -> None:
        """Move a SCHEDULED call attempt to an aware ``scheduled_at``; returns ``None`` (204)."""
        return self._call(_RESCHEDULE, path=_ids(interview_id, attempt_id), body=body)

    def delete(self, interview_id: str, attempt_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a call attempt that is not in progress; returns ``None`` (204)."""
        return self._call(_DELETE, path=_ids(interview_id, attempt_id), options=options)


# twin: CallAttempts
class AsyncCallAttempts(AsyncAPIResource["AsyncCallAttemptsWithRawResponse"]):
    """Queue, reschedule and delete the outbound calls of a phone interview (async)."""

    async def create(
        self, interview_id: str, **body: Unpack[CreateCallAttemptBody]
    ) -> CallAttemptInvokeResult:
        """Queue a new call (now, or at an aware ``scheduled_at``); returns ``{success, message}``."""
        return await self._call(_CREATE, path=(("interview_id", interview_id),), body=body)

    async def reschedule(
        self, interview_id: str, attempt_id: str, **body: Unpack[RescheduleCallAttemptBody]
    ) -> None:
        """Move a SCHEDULED call attempt to an aware ``scheduled_at``; returns ``None`` (204)."""
        return await self._call(_RESCHEDULE, path=_ids(interview_id, attempt_id), body=body)

    async def delete(self, interview_id: str, attempt_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a call attempt that is not in progress; returns ``None`` (204)."""
        return await self._call(_DELETE, path=_ids(interview_id, attempt_id), options=options)


class CallAttemptsWithRawResponse(RawView[CallAttempts]):
    """``client.interviews.call_attempts.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = raw(CallAttempts.create)
    reschedule: Final = raw(CallAttempts.reschedule)
    delete: Final = raw(CallAttempts.delete)


# twin: CallAttemptsWithRawResponse
class AsyncCallAttemptsWithRawResponse(RawView[AsyncCallAttempts]):
    """``aclient.interviews.call_attempts.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = araw(AsyncCallAttempts.create)
    reschedule: Final = araw(AsyncCallAttempts.reschedule)
    delete: Final = araw(AsyncCallAttempts.delete)
