from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.preview_results import PreviewResults
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    company_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sourcing/preview/{id}/results".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PreviewResults | None:
    if response.status_code == 200:
        response_200 = PreviewResults.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = PreviewResults.from_dict(response.json())

        return response_202

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
) -> Response[ErrorBody | PreviewResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | PreviewResults]:
    """Poll a sourcing preview run for its candidate previews.

     **202** while `status` is `processing`; **200** when finished, with the preview candidates or, for a
    `failed` run, `errorCode` / `errorMessage`. Poll at most once every 10 seconds: more than 120
    requests
    a minute on this endpoint give **429** `RATE_LIMIT_EXCEEDED`. **404** `REQUEST_NOT_FOUND` for a
    requestId
    unknown to the key's company. Scope: `sourcing:read`.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PreviewResults]
    """

    kwargs = _get_kwargs(
        id=id,
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | PreviewResults | None:
    """Poll a sourcing preview run for its candidate previews.

     **202** while `status` is `processing`; **200** when finished, with the preview candidates or, for a
    `failed` run, `errorCode` / `errorMessage`. Poll at most once every 10 seconds: more than 120
    requests
    a minute on this endpoint give **429** `RATE_LIMIT_EXCEEDED`. **404** `REQUEST_NOT_FOUND` for a
    requestId
    unknown to the key's company. Scope: `sourcing:read`.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PreviewResults
    """

    return sync_detailed(
        id=id,
        client=client,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | PreviewResults]:
    """Poll a sourcing preview run for its candidate previews.

     **202** while `status` is `processing`; **200** when finished, with the preview candidates or, for a
    `failed` run, `errorCode` / `errorMessage`. Poll at most once every 10 seconds: more than 120
    requests
    a minute on this endpoint give **429** `RATE_LIMIT_EXCEEDED`. **404** `REQUEST_NOT_FOUND` for a
    requestId
    unknown to the key's company. Scope: `sourcing:read`.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PreviewResults]
    """

    kwargs = _get_kwargs(
        id=id,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | PreviewResults | None:
    """Poll a sourcing preview run for its candidate previews.

     **202** while `status` is `processing`; **200** when finished, with the preview candidates or, for a
    `failed` run, `errorCode` / `errorMessage`. Poll at most once every 10 seconds: more than 120
    requests
    a minute on this endpoint give **429** `RATE_LIMIT_EXCEEDED`. **404** `REQUEST_NOT_FOUND` for a
    requestId
    unknown to the key's company. Scope: `sourcing:read`.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PreviewResults
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            company_id=company_id,
        )
    ).parsed
