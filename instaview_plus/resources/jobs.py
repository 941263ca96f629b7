"""Jobs: ``client.jobs`` / ``aclient.jobs``.

>>> job = client.jobs.create(title="Frontend engineer", description="React and TypeScript", status="OPEN")
>>> for each in client.jobs.list(status="OPEN"):  # every page, lazily
...     print(each.title)
Backend engineer...
Frontend engineer
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from .._plans.pagination import AsyncPager, SyncPage
from .._types import RequestOptions
from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, boolean, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import Job, JobFromUrlPreview, JobFromUrlResult
    from instaview_plus._generated.spec.params import (
        CreateJobBody,
        CreateJobFromUrlBody,
        ListJobsQuery,
        UpdateJobBody,
    )

    from .._pipeline.operation import Operation

__all__ = ["AsyncJobs", "Jobs"]

_LIST: Operation[Job] = operation("listJobs", model("Job"))
_CREATE: Operation[Job] = operation("createJob", model("Job"))
_FROM_URL: Operation[JobFromUrlResult] = operation("createJobFromUrl", model("JobFromUrlResult"))
# With createJob=false the documented answer is 200 with a preview whose id and dates are empty strings.
_FROM_URL_PREVIEW: Operation[JobFromUrlPreview] = operation("createJobFromUrl", model("JobFromUrlPreview"))


_GET: Operation[Job] = operation("getJob", model("Job"))
_UPDATE: Operation[Job] = operation("updateJob", model("Job"))
_DELETE = operation("deleteJob", boolean)


class Jobs(SyncAPIResource["JobsWithRawResponse"]):
    """Create, read, update, list and delete jobs."""

    def list(self, **query: Unpack[ListJobsQuery]) -> SyncPage[Job]:
        """Every job (filters as keyword arguments); iterating walks all pages lazily."""
        return self._list(_LIST, query)

    def create(self, **body: Unpack[CreateJobBody]) -> Job:
        """Create a job (``title``, ``description`` and ``status`` are required; ``status="OPEN"`` publishes it)."""
        return self._call(_CREATE, body=body)

    def create_from_url(self, **body: Unpack[CreateJobFromUrlBody]) -> JobFromUrlResult | JobFromUrlPreview:
        """Extract a job from a posting URL: saved (``JobFromUrlResult``), or only previewed with ``create_job=False``."""
        if body.get("create_job") is False:
            return self._call(_FROM_URL_PREVIEW, body=body)
        return self._call(_FROM_URL, body=body)

    def get(self, job_id: str, **options: Unpack[RequestOptions]) -> Job:
        """One job by id."""
        return self._call(_GET, path=(("job_id", job_id),), options=options)

    def update(self, job_id: str, **body: Unpack[UpdateJobBody]) -> Job:
        """Change some fields of a job (only the fields given are sent)."""
        return self._call(_UPDATE, path=(("job_id", job_id),), body=body)

    def delete(self, job_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a job permanently (its candidate assignments are cleared); returns ``True``."""
        return self._call(_DELETE, path=(("job_id", job_id),), options=options)


# twin: Jobs
class AsyncJobs(AsyncAPIResource["AsyncJobsWithRawResponse"]):
    """Create, read, update, list and delete jobs (async)."""

    def list(self, **query: Unpack[ListJobsQuery]) -> AsyncPager[Job]:
        """Every job; ``async for`` walks all pages lazily, ``await`` gives the first page."""
        return self._list(_LIST, query)

    async def create(self, **body: Unpack[CreateJobBody]) -> Job:
        """Create a job (``title``, ``description`` and ``status`` are required; ``status="OPEN"`` publishes it)."""
        return await self._call(_CREATE, body=body)

    async def create_from_url(
        self, **body: Unpack[CreateJobFromUrlBody]
    ) -> JobFromUrlResult | JobFromUrlPreview:
        """Extract a job from a posting URL: saved (``JobFromUrlResult``), or only previewed with ``create_job=False``."""
        if body.get("create_job") is False:
            return await self._call(_FROM_URL_PREVIEW, body=body)
        return await self._call(_FROM_URL, body=body)

    async def get(self, job_id: str, **options: Unpack[RequestOptions]) -> Job:
        """One job by id."""
        return await self._call(_GET, path=(("job_id", job_id),), options=options)

    async def update(self, job_id: str, **body: Unpack[UpdateJobBody]) -> Job:
        """Change some fields of a job (only the fields given are sent)."""
        return await self._call(_UPDATE, path=(("job_id", job_id),), body=body)

    async def delete(self, job_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a job permanently (its candidate assignments are cleared); returns ``True``."""
        return await self._call(_DELETE, path=(("job_id", job_id),), options=options)


class JobsWithRawResponse(RawView[Jobs]):
    """``client.jobs.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = raw(Jobs.list)
    create: Final = raw(Jobs.create)
    create_from_url: Final = raw(Jobs.create_from_url)
    get: Final = raw(Jobs.get)
    update: Final = raw(Jobs.update)
    delete: Final = raw(Jobs.delete)


# twin: JobsWithRawResponse
class AsyncJobsWithRawResponse(RawView[AsyncJobs]):
    """``aclient.jobs.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = araw(AsyncJobs.list)
    create: Final = araw(AsyncJobs.create)
    create_from_url: Final = araw(AsyncJobs.create_from_url)
    get: Final = araw(AsyncJobs.get)
    update: Final = araw(AsyncJobs.update)
    delete: Final = araw(AsyncJobs.delete)
