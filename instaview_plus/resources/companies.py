"""Companies: ``client.companies`` / ``aclient.companies`` (ATS partner keys manage their client companies).

>>> ats = iv.InstaView(api_key="sk_test_ats_docs")  # an ATS partner's key (the fake: add_api_key(ats=True))
>>> for company in client.companies.list(search="Default"):  # every page, lazily
...     print(company.name)
Default Company
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from .._plans.pagination import AsyncPager, SyncPage
from .._types import RequestOptions
from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, boolean, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import Company
    from instaview_plus._generated.spec.params import CreateCompanyBody, ListCompaniesQuery, UpdateCompanyBody

    from .._pipeline.operation import Operation

__all__ = ["AsyncCompanies", "Companies"]

_LIST: Operation[Company] = operation("listCompanies", model("Company"))
_CREATE: Operation[Company] = operation("createCompany", model("Company"))
_GET: Operation[Company] = operation("getCompany", model("Company"))
_UPDATE: Operation[Company] = operation("updateCompany", model("Company"))
_DELETE = operation("deleteCompany", boolean)


class Companies(SyncAPIResource["CompaniesWithRawResponse"]):
    """Create, read, update, list and delete companies."""

    def list(self, **query: Unpack[ListCompaniesQuery]) -> SyncPage[Company]:
        """Every company this key can see (``search=`` filters by name); iterating walks all pages lazily."""
        return self._list(_LIST, query)

    def create(self, **body: Unpack[CreateCompanyBody]) -> Company:
        """Create a company (ATS keys; ``name``, 2-100 characters)."""
        return self._call(_CREATE, body=body)

    def get(self, company_id: str, **options: Unpack[RequestOptions]) -> Company:
        """One company by id."""
        return self._call(_GET, path=(("company_id", company_id),), options=options)

    def update(self, company_id: str, **body: Unpack[UpdateCompanyBody]) -> Company:
        """Change some fields of a company (only the fields given are sent)."""
        return self._call(_UPDATE, path=(("company_id", company_id),), body=body)

    def delete(self, company_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a company permanently; returns ``True``."""
        return self._call(_DELETE, path=(("company_id", company_id),), options=options)


# twin: Companies
class AsyncCompanies(AsyncAPIResource["AsyncCompaniesWithRawResponse"]):
    """Create, read, update, list and delete companies (async)."""

    def list(self, **query: Unpack[ListCompaniesQuery]) -> AsyncPager[Company]:
        """Every company; ``async for`` walks all pages lazily, ``await`` gives the first page."""
        return self._list(_LIST, query)

    async def create(self, **body: Unpack[CreateCompanyBody]) -> Company:
        """Create a company (ATS keys; ``name``, 2-100 characters)."""
        return await self._call(_CREATE, body=body)

    async def get(self, company_id: str, **options: Unpack[RequestOptions]) -> Company:
        """One company by id."""
        return await self._call(_GET, path=(("company_id", company_id),), options=options)

    async def update(self, company_id: str, **body: Unpack[UpdateCompanyBody]) -> Company:
        """Change some fields of a company (only the fields given are sent)."""
        return await self._call(_UPDATE, path=(("company_id", company_id),), body=body)

    async def delete(self, company_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete a company permanently; returns ``True``."""
        return await self._call(_DELETE, path=(("company_id", company_id),), options=options)


class CompaniesWithRawResponse(RawView[Companies]):
    """``client.companies.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = raw(Companies.list)
    create: Final = raw(Companies.create)
    get: Final = raw(Companies.get)
    update: Final = raw(Companies.update)
    delete: Final = raw(Companies.delete)


# twin: CompaniesWithRawResponse
class AsyncCompaniesWithRawResponse(RawView[AsyncCompanies]):
    """``aclient.companies.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    list: Final = araw(AsyncCompanies.list)
    create: Final = araw(AsyncCompanies.create)
    get: Final = araw(AsyncCompanies.get)
    update: Final = araw(AsyncCompanies.update)
    delete: Final = araw(AsyncCompanies.delete)
