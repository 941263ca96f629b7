from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_flat_list import CompanyFlatList
from ...models.company_list_envelope import CompanyListEnvelope
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params["page"] = page

    params["limit"] = limit

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyFlatList | CompanyListEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CompanyFlatList | CompanyListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CompanyFlatList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CompanyListEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorBody.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyFlatList | CompanyListEnvelope | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CompanyFlatList | CompanyListEnvelope | ErrorBody]:
    """List the companies this key can access.

     A regular key gets its own single company; an ATS key gets every company it created. The reference
    box shows the flat list `{data, total, page, limit, totalPages}`; the page's narrative shows
    `{data: {items, pagination: {total}}}`: both accepted. Scope: `read:companies`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyFlatList | CompanyListEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CompanyFlatList | CompanyListEnvelope | ErrorBody | None:
    """List the companies this key can access.

     A regular key gets its own single company; an ATS key gets every company it created. The reference
    box shows the flat list `{data, total, page, limit, totalPages}`; the page's narrative shows
    `{data: {items, pagination: {total}}}`: both accepted. Scope: `read:companies`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyFlatList | CompanyListEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        page=page,
        limit=limit,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CompanyFlatList | CompanyListEnvelope | ErrorBody]:
    """List the companies this key can access.

     A regular key gets its own single company; an ATS key gets every company it created. The reference
    box shows the flat list `{data, total, page, limit, totalPages}`; the page's narrative shows
    `{data: {items, pagination: {total}}}`: both accepted. Scope: `read:companies`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyFlatList | CompanyListEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CompanyFlatList | CompanyListEnvelope | ErrorBody | None:
    """List the companies this key can access.

     A regular key gets its own single company; an ATS key gets every company it created. The reference
    box shows the flat list `{data, total, page, limit, totalPages}`; the page's narrative shows
    `{data: {items, pagination: {total}}}`: both accepted. Scope: `read:companies`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyFlatList | CompanyListEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            page=page,
            limit=limit,
            search=search,
        )
    ).parsed
