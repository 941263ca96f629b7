from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.company_create import CompanyCreate
from ...models.company_envelope import CompanyEnvelope
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompanyCreate,
    company_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Company | CompanyEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Company | CompanyEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CompanyEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Company.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> Company | CompanyEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = CompanyEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = Company.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

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
) -> Response[Company | CompanyEnvelope | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[Company | CompanyEnvelope | ErrorBody]:
    """Create a company (ATS keys only).

     ATS integration keys only; a regular key gets 403. A company created by an ATS key is reachable only
    by that key or by regular keys of that company. With `ownerEmail`, an existing InstaView user
    becomes
    the company's OWNER, otherwise the user is invited. Scope: `write:companies`.
    Path: the API reference writes `/company`; the changelog `/v1/company`; the guides `/companies`.
    The reference page shows the bare Company; the guides say every body is enveloped: both accepted.

    Args:
        company_id (UUID | Unset):
        body (CompanyCreate): Body of POST /company (ATS keys only). `name` is not marked required
            by the docs (the server decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | CompanyEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCreate,
    company_id: UUID | Unset = UNSET,
) -> Company | CompanyEnvelope | ErrorBody | None:
    """Create a company (ATS keys only).

     ATS integration keys only; a regular key gets 403. A company created by an ATS key is reachable only
    by that key or by regular keys of that company. With `ownerEmail`, an existing InstaView user
    becomes
    the company's OWNER, otherwise the user is invited. Scope: `write:companies`.
    Path: the API reference writes `/company`; the changelog `/v1/company`; the guides `/companies`.
    The reference page shows the bare Company; the guides say every body is enveloped: both accepted.

    Args:
        company_id (UUID | Unset):
        body (CompanyCreate): Body of POST /company (ATS keys only). `name` is not marked required
            by the docs (the server decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | CompanyEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[Company | CompanyEnvelope | ErrorBody]:
    """Create a company (ATS keys only).

     ATS integration keys only; a regular key gets 403. A company created by an ATS key is reachable only
    by that key or by regular keys of that company. With `ownerEmail`, an existing InstaView user
    becomes
    the company's OWNER, otherwise the user is invited. Scope: `write:companies`.
    Path: the API reference writes `/company`; the changelog `/v1/company`; the guides `/companies`.
    The reference page shows the bare Company; the guides say every body is enveloped: both accepted.

    Args:
        company_id (UUID | Unset):
        body (CompanyCreate): Body of POST /company (ATS keys only). `name` is not marked required
            by the docs (the server decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | CompanyEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCreate,
    company_id: UUID | Unset = UNSET,
) -> Company | CompanyEnvelope | ErrorBody | None:
    """Create a company (ATS keys only).

     ATS integration keys only; a regular key gets 403. A company created by an ATS key is reachable only
    by that key or by regular keys of that company. With `ownerEmail`, an existing InstaView user
    becomes
    the company's OWNER, otherwise the user is invited. Scope: `write:companies`.
    Path: the API reference writes `/company`; the changelog `/v1/company`; the guides `/companies`.
    The reference page shows the bare Company; the guides say every body is enveloped: both accepted.

    Args:
        company_id (UUID | Unset):
        body (CompanyCreate): Body of POST /company (ATS keys only). `name` is not marked required
            by the docs (the server decides).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | CompanyEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
