from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.preview_accepted import PreviewAccepted
from ...models.preview_create import PreviewCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PreviewCreate,
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
        "url": "/sourcing/preview",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PreviewAccepted | None:
    if response.status_code == 202:
        response_202 = PreviewAccepted.from_dict(response.json())

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
) -> Response[ErrorBody | PreviewAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PreviewCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | PreviewAccepted]:
    """Start a quick, shallow sourcing preview run.

     A fast candidate search through the provider's search-preview API: no deep enrichment, no contact
    details, work history, fit points or red flags; each preview candidate has 9 basic fields. The
    provider
    returns pages of up to 20 candidates; to satisfy `limit` (1-100, default 20) at most 5 pages are
    fetched
    one after another. Answers at once with a `requestId` in `status: "processing"`; results arrive by
    webhook (`SOURCING_COMPLETED` / `SOURCING_FAILED`) or by polling `getSourcingPreviewResults`.

    Billing: 1 credit (or 0.4 minutes) per preview page successfully queried. The pre-flight needs the
    maximum cost, `ceil(limit / 20)` credits (or the minutes equivalent), else **402**. Scope:
    `sourcing:write`.

    Args:
        company_id (UUID | Unset):
        body (PreviewCreate): Body of POST /sourcing/preview (the same six fields as POST
            /sourcing; only `limit`'s rules are documented for preview).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PreviewAccepted]
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
    body: PreviewCreate,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | PreviewAccepted | None:
    """Start a quick, shallow sourcing preview run.

     A fast candidate search through the provider's search-preview API: no deep enrichment, no contact
    details, work history, fit points or red flags; each preview candidate has 9 basic fields. The
    provider
    returns pages of up to 20 candidates; to satisfy `limit` (1-100, default 20) at most 5 pages are
    fetched
    one after another. Answers at once with a `requestId` in `status: "processing"`; results arrive by
    webhook (`SOURCING_COMPLETED` / `SOURCING_FAILED`) or by polling `getSourcingPreviewResults`.

    Billing: 1 credit (or 0.4 minutes) per preview page successfully queried. The pre-flight needs the
    maximum cost, `ceil(limit / 20)` credits (or the minutes equivalent), else **402**. Scope:
    `sourcing:write`.

    Args:
        company_id (UUID | Unset):
        body (PreviewCreate): Body of POST /sourcing/preview (the same six fields as POST
            /sourcing; only `limit`'s rules are documented for preview).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PreviewAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PreviewCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | PreviewAccepted]:
    """Start a quick, shallow sourcing preview run.

     A fast candidate search through the provider's search-preview API: no deep enrichment, no contact
    details, work history, fit points or red flags; each preview candidate has 9 basic fields. The
    provider
    returns pages of up to 20 candidates; to satisfy `limit` (1-100, default 20) at most 5 pages are
    fetched
    one after another. Answers at once with a `requestId` in `status: "processing"`; results arrive by
    webhook (`SOURCING_COMPLETED` / `SOURCING_FAILED`) or by polling `getSourcingPreviewResults`.

    Billing: 1 credit (or 0.4 minutes) per preview page successfully queried. The pre-flight needs the
    maximum cost, `ceil(limit / 20)` credits (or the minutes equivalent), else **402**. Scope:
    `sourcing:write`.

    Args:
        company_id (UUID | Unset):
        body (PreviewCreate): Body of POST /sourcing/preview (the same six fields as POST
            /sourcing; only `limit`'s rules are documented for preview).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PreviewAccepted]
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
    body: PreviewCreate,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | PreviewAccepted | None:
    """Start a quick, shallow sourcing preview run.

     A fast candidate search through the provider's search-preview API: no deep enrichment, no contact
    details, work history, fit points or red flags; each preview candidate has 9 basic fields. The
    provider
    returns pages of up to 20 candidates; to satisfy `limit` (1-100, default 20) at most 5 pages are
    fetched
    one after another. Answers at once with a `requestId` in `status: "processing"`; results arrive by
    webhook (`SOURCING_COMPLETED` / `SOURCING_FAILED`) or by polling `getSourcingPreviewResults`.

    Billing: 1 credit (or 0.4 minutes) per preview page successfully queried. The pre-flight needs the
    maximum cost, `ceil(limit / 20)` credits (or the minutes equivalent), else **402**. Scope:
    `sourcing:write`.

    Args:
        company_id (UUID | Unset):
        body (PreviewCreate): Body of POST /sourcing/preview (the same six fields as POST
            /sourcing; only `limit`'s rules are documented for preview).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PreviewAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
