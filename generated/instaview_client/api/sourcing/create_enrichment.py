from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrichment_accepted import EnrichmentAccepted
from ...models.enrichment_create import EnrichmentCreate
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EnrichmentCreate,
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
        "url": "/sourcing/enrich",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrichmentAccepted | ErrorBody | None:
    if response.status_code == 202:
        response_202 = EnrichmentAccepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorBody.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

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
) -> Response[EnrichmentAccepted | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichmentCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[EnrichmentAccepted | ErrorBody]:
    """Start an asynchronous enrichment run for up to 10 profiles.

     Deep background evaluation of up to 10 profiles (external indexes, public portfolios, verified
    e-mail
    discovery). Answers at once with **202** and a `requestId` (`enr_...`) in `status: "processing"`;
    results arrive by webhook (`ENRICH_COMPLETED` / `ENRICH_FAILED`) or by polling
    `getEnrichmentResults`.
    Each profile has a 10-second timeout; a failing profile is isolated and the batch continues.

    Billing: 1 credit per successfully enriched profile (failures are free). Prepaid accounts whose
    balance
    is below the number of `profileIds` get **402** before any work starts. A webhook subscribed to
    neither
    ENRICH event gives **422**; a `webhookId` of another company **403**.
    Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (EnrichmentCreate): Body of POST /sourcing/enrich.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichmentAccepted | ErrorBody]
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
    body: EnrichmentCreate,
    company_id: UUID | Unset = UNSET,
) -> EnrichmentAccepted | ErrorBody | None:
    """Start an asynchronous enrichment run for up to 10 profiles.

     Deep background evaluation of up to 10 profiles (external indexes, public portfolios, verified
    e-mail
    discovery). Answers at once with **202** and a `requestId` (`enr_...`) in `status: "processing"`;
    results arrive by webhook (`ENRICH_COMPLETED` / `ENRICH_FAILED`) or by polling
    `getEnrichmentResults`.
    Each profile has a 10-second timeout; a failing profile is isolated and the batch continues.

    Billing: 1 credit per successfully enriched profile (failures are free). Prepaid accounts whose
    balance
    is below the number of `profileIds` get **402** before any work starts. A webhook subscribed to
    neither
    ENRICH event gives **422**; a `webhookId` of another company **403**.
    Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (EnrichmentCreate): Body of POST /sourcing/enrich.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichmentAccepted | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichmentCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[EnrichmentAccepted | ErrorBody]:
    """Start an asynchronous enrichment run for up to 10 profiles.

     Deep background evaluation of up to 10 profiles (external indexes, public portfolios, verified
    e-mail
    discovery). Answers at once with **202** and a `requestId` (`enr_...`) in `status: "processing"`;
    results arrive by webhook (`ENRICH_COMPLETED` / `ENRICH_FAILED`) or by polling
    `getEnrichmentResults`.
    Each profile has a 10-second timeout; a failing profile is isolated and the batch continues.

    Billing: 1 credit per successfully enriched profile (failures are free). Prepaid accounts whose
    balance
    is below the number of `profileIds` get **402** before any work starts. A webhook subscribed to
    neither
    ENRICH event gives **422**; a `webhookId` of another company **403**.
    Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (EnrichmentCreate): Body of POST /sourcing/enrich.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichmentAccepted | ErrorBody]
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
    body: EnrichmentCreate,
    company_id: UUID | Unset = UNSET,
) -> EnrichmentAccepted | ErrorBody | None:
    """Start an asynchronous enrichment run for up to 10 profiles.

     Deep background evaluation of up to 10 profiles (external indexes, public portfolios, verified
    e-mail
    discovery). Answers at once with **202** and a `requestId` (`enr_...`) in `status: "processing"`;
    results arrive by webhook (`ENRICH_COMPLETED` / `ENRICH_FAILED`) or by polling
    `getEnrichmentResults`.
    Each profile has a 10-second timeout; a failing profile is isolated and the batch continues.

    Billing: 1 credit per successfully enriched profile (failures are free). Prepaid accounts whose
    balance
    is below the number of `profileIds` get **402** before any work starts. A webhook subscribed to
    neither
    ENRICH event gives **422**; a `webhookId` of another company **403**.
    Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (EnrichmentCreate): Body of POST /sourcing/enrich.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichmentAccepted | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
