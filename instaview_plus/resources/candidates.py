"""Candidates: ``client.candidates`` / ``aclient.candidates``.

>>> from datetime import date, timedelta
>>> candidate = client.candidates.create(
...     first_name="Jane", last_name="Doe", email="jane@example.com", gdpr_expiry_date=date.today() + timedelta(days=365)
... )
>>> for analysis in client.candidates.analyses(candidate.id):  # every page, lazily
...     print(analysis.general.overall_rating)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from .._plans.pagination import AsyncPager, SyncPage
from .._types import RequestOptions
from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, boolean, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import Analysis, Candidate, Interview
    from instaview_plus._generated.spec.params import (
        CreateCandidateBody,
        ListCandidateAnalysesQuery,
        ListCandidateInterviewsQuery,
        ListCandidatesQuery,
        UpdateCandidateBody,
    )

    from .._pipeline.operation import Operation

__all__ = ["AsyncCandidates", "Candidates"]

_LIST: Operation[Candidate] = operation("listCandidates", model("Candidate"))
_CREATE: Operation[Candidate] = operation("createCandidate", model("Candidate"))
_GET: Operation[Candidate] = operation("getCandidate", model("Candidate"))
_UPDATE: Operation[Candidate] = operation("updateCandidate", model("Candidate"))
_DELETE = operation("deleteCandidate", boolean)
_ANALYSES: Operation[Analysis] = operation("listCandidateAnalyses", model("Analysis"))
_INTERVIEWS: Operation[Interview] = operation("listCandidateInterviews", model("Interview"))


class Candidates(SyncAPIResource["CandidatesWithRawResponse"]):
    """Create, read, update, list and delete candidates; list their analyses and interviews."""

    def list(self, **query: Unpack[ListCandidatesQuery]) -> SyncPage[Candidate]:
        """Every candidate (``job_id``, ``status``, ``search`` filters); iterating walks all pages lazily."""
        return self._list(_LIST, query)

    def create(self, **body: Unpack[CreateCandidateBody]) -> Candidate:
        """Create a candidate (``email`` or ``phone_number``); ``gdpr_expiry_date``: a date or an aware datetime."""
        return self._call(_CREATE, body=body)

    def get(self, candidate_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """One candidate by id."""
        return self._call(_GET, path=(("candidate_id", candidate_id),), options=options)

    def update(self, candidate_id: str, **body: Unpack[UpdateCandidateBody]) -> Candidate:
        """Change some fields of a candidate (only the fields given are sent)."""
        return self._call(_UPDATE, path=(("candidate_id", candidate_id),), body=body)

    def delete(self, candidate_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a candidate permanently; returns ``True``."""
        return self._call(_DELETE, path=(("candidate_id", candidate_id),), options=options)

    def analyses(self, candidate_id: str, **query: Unpack[ListCandidateAnalysesQuery]) -> SyncPage[Analysis]:
        """Every interview analysis of a candidate; iterating walks all pages lazily."""
        return self._list(_ANALYSES, query, path=(("candidate_id", candidate_id),))

    def interviews(
        self, candidate_id: str, **query: Unpack[ListCandidateInterviewsQuery]
    ) -> SyncPage[Interview]:
        """Every interview of a candidate; iterating walks all pages lazily."""
        return self._list(_INTERVIEWS, query, path=(("candidate_id", candidate_id),))


# twin: Candidates
class AsyncCandidates(AsyncAPIResource["AsyncCandidatesWithRawResponse"]):
    """Create, read, update, list and delete candidates; list their analyses and interviews (async)."""

    def list(self, **query: Unpack[ListCandidatesQuery]) -> AsyncPager[Candidate]:
        """Every candidate; ``async for`` walks all pages lazily, ``await`` gives the first page."""
        return self._list(_LIST, query)

    async def create(self, **body: Unpack[CreateCandidateBody]) -> Candidate:
        """Create a candidate (``email`` or ``phone_number``); ``gdpr_expiry_date``: a date or an aware datetime."""
        return await self._call(_CREATE, body=body)

    async def get(self, candidate_id: str, **options: Unpack[RequestOptions]) -> Candidate:
        """One candidate by id."""
        return await self._call(_GET, path=(("candidate_id", candidate_id),), options=options)

    async def update(self, candidate_id: str, **body: Unpack[UpdateCandidateBody]) -> Candidate:
        """Change some fields of a candidate (only the fields given are sent)."""
        return await self._call(_UPDATE, path=(("candidate_id", candidate_id),), body=body)

    async def delete(self, candidate_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a candidate permanently; returns ``True``."""
        return await self._call(_DELETE, path=(("candidate_id", candidate_id),), options=options)

    def analyses(
        self, candidate_id: str, **query: Unpack[ListCandidateAnalysesQuery]
    ) -> AsyncPager[Analysis]:
        """Every interview analysis of a candidate; ``async for`` walks all pages, ``await`` gives the first."""
        return self._list(_ANALYSES, query, path=(("candidate_id", candidate_id),))

    def interviews(
        self, candidate_id: str, **query: Unpack[ListCandidateInterviewsQuery]
    ) -> AsyncPager[Interview]:
        """Every interview of a candidate; ``async for`` walks all pages, ``await`` gives the first."""
        return self._list(_INTERVIEWS, query, path=(("candidate_id", candidate_id),))


class CandidatesWithRawResponse(RawView[Candidates]):
    """``client.candidates.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = raw(Candidates.list)
    create: Final = raw(Candidates.create)
    get: Final = raw(Candidates.get)
    update: Final = raw(Candidates.update)
    delete: Final = raw(Candidates.delete)
    analyses: Final = raw(Candidates.analyses)
    interviews: Final = raw(Candidates.interviews)


# twin: CandidatesWithRawResponse
class AsyncCandidatesWithRawResponse(RawView[AsyncCandidates]):
    """``aclient.candidates.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = araw(AsyncCandidates.list)
    create: Final = araw(AsyncCandidates.create)
    get: Final = araw(AsyncCandidates.get)
    update: Final = araw(AsyncCandidates.update)
    delete: Final = araw(AsyncCandidates.delete)
    analyses: Final = araw(AsyncCandidates.analyses)
    interviews: Final = araw(AsyncCandidates.interviews)
