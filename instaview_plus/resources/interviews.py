"""Interviews: ``client.interviews`` / ``aclient.interviews`` (with ``.call_attempts``).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> interview = client.interviews.create(  # doctest: +SKIP
...     candidate_id=candidate.id,
...     agent_id=agent.id,
...     job_id=job.id,
...     schedule_time=datetime(2026, 4, 2, 7, 0, tzinfo=ZoneInfo("Australia/Adelaide")),  # sent as +10:30
... )
>>> pdf = client.interviews.analysis_pdf(interview.id)  # the decoded PDF bytes  # doctest: +SKIP
"""

from __future__ import annotations

import base64
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from instaview_client.models import Interview

from .._pagination import AsyncPager, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, boolean, model, operation

if TYPE_CHECKING:
    from instaview_spec.params import CreateInterviewBody, ListInterviewsQuery

    from .call_attempts import AsyncCallAttempts, CallAttempts

__all__ = ["AsyncInterviews", "Interviews"]


def _pdf(data: Any) -> bytes:
    """The PDF: raw ``application/pdf`` bytes as they came, or the documented ``{analysisPdfBase64}`` decoded."""
    if isinstance(data, bytes):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected an object with analysisPdfBase64, got {type(data).__name__}")
    encoded = data.get("analysisPdfBase64")
    if not isinstance(encoded, str):
        raise TypeError(f"expected analysisPdfBase64 to be a Base64 string, got {type(encoded).__name__}")
    return base64.b64decode(encoded, validate=True)  # binascii.Error is a ValueError


_CREATE = operation("createInterview", model(Interview))
_LIST = operation("listInterviews", model(Interview))
_GET = operation("getInterview", model(Interview))
_DELETE = operation("deleteInterview", boolean)
_PDF = operation("getInterviewAnalysisPdf", _pdf)


class Interviews(SyncAPIResource):
    """Schedule, read, list and delete interviews; fetch the analysis PDF; manage call attempts."""

    def create(self, **body: Unpack[CreateInterviewBody]) -> Interview:
        """Schedule an interview (``schedule_time`` must be a timezone-aware datetime; its offset is kept)."""
        return self._call(_CREATE, body=body)

    def list(self, **query: Unpack[ListInterviewsQuery]) -> SyncPage[Interview]:
        """Every interview of a candidate (``candidate_id`` is required); iterating walks all pages lazily."""
        return self._list(_LIST, query)

    def get(self, interview_id: str) -> Interview:
        """One interview by id (with its call attempts and analysis when there are any)."""
        return self._call(_GET, path=(("interview_id", interview_id),))

    def delete(self, interview_id: str) -> bool:
        """Delete (cancel) an interview; returns ``True``."""
        return self._call(_DELETE, path=(("interview_id", interview_id),))

    def analysis_pdf(self, interview_id: str) -> bytes:
        """The interview's analysis report; returns the decoded PDF bytes."""
        return self._call(_PDF, path=(("interview_id", interview_id),))

    @cached_property
    def call_attempts(self) -> CallAttempts:
        """The outbound calls of phone interviews: create, reschedule, delete."""
        from .call_attempts import CallAttempts

        return CallAttempts(self._client, raw=self._raw)

    def _copy(self, *, raw: bool) -> Any:
        clone = super()._copy(raw=raw)
        clone.__dict__.pop("call_attempts", None)  # rebuilt with the copy's raw flag
        return clone


class AsyncInterviews(AsyncAPIResource):
    """Schedule, read, list and delete interviews; fetch the analysis PDF; manage call attempts (async)."""

    async def create(self, **body: Unpack[CreateInterviewBody]) -> Interview:
        """Schedule an interview (``schedule_time`` must be a timezone-aware datetime; its offset is kept)."""
        return await self._call(_CREATE, body=body)

    def list(self, **query: Unpack[ListInterviewsQuery]) -> AsyncPager[Interview]:
        """Every interview of a candidate; ``async for`` walks all pages lazily, ``await`` gives the first."""
        return self._list(_LIST, query)

    async def get(self, interview_id: str) -> Interview:
        """One interview by id (with its call attempts and analysis when there are any)."""
        return await self._call(_GET, path=(("interview_id", interview_id),))

    async def delete(self, interview_id: str) -> bool:
        """Delete (cancel) an interview; returns ``True``."""
        return await self._call(_DELETE, path=(("interview_id", interview_id),))

    async def analysis_pdf(self, interview_id: str) -> bytes:
        """The interview's analysis report; returns the decoded PDF bytes."""
        return await self._call(_PDF, path=(("interview_id", interview_id),))

    @cached_property
    def call_attempts(self) -> AsyncCallAttempts:
        """The outbound calls of phone interviews: create, reschedule, delete."""
        from .call_attempts import AsyncCallAttempts

        return AsyncCallAttempts(self._client, raw=self._raw)

    def _copy(self, *, raw: bool) -> Any:
        clone = super()._copy(raw=raw)
        clone.__dict__.pop("call_attempts", None)  # rebuilt with the copy's raw flag
        return clone
