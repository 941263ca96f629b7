from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_delete_result import CompanyDeleteResult
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyDeleteResult | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CompanyDeleteResult.from_dict(response.json())

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
) -> Response[CompanyDeleteResult | ErrorBody]:
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
) -> Response[CompanyDeleteResult | ErrorBody]:
    """Permanently delete a company and everything in it.

     Permanent and irreversible: deletes the company and all its resources (jobs, candidates, interviews,
    ...). A regular key may delete only its own company, an ATS key only companies it created (403
    otherwise). Answers `{statusCode, message, data, traceId}`. The scopes guide says companies cannot
    be deleted via the API; this reference page (and the 2026-04-28 changelog) say they can.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyDeleteResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CompanyDeleteResult | ErrorBody | None:
    """Permanently delete a company and everything in it.

     Permanent and irreversible: deletes the company and all its resources (jobs, candidates, interviews,
    ...). A regular key may delete only its own company, an ATS key only companies it created (403
    otherwise). Answers `{statusCode, message, data, traceId}`. The scopes guide says companies cannot
    be deleted via the API; this reference page (and the 2026-04-28 changelog) say they can.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyDeleteResult | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompanyDeleteResult | ErrorBody]:
    """Permanently delete a company and everything in it.

     Permanent and irreversible: deletes the company and all its resources (jobs, candidates, interviews,
    ...). A regular key may delete only its own company, an ATS key only companies it created (403
    otherwise). Answers `{statusCode, message, data, traceId}`. The scopes guide says companies cannot
    be deleted via the API; this reference page (and the 2026-04-28 changelog) say they can.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyDeleteResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CompanyDeleteResult | ErrorBody | None:
    """Permanently delete a company and everything in it.

     Permanent and irreversible: deletes the company and all its resources (jobs, candidates, interviews,
    ...). A regular key may delete only its own company, an ATS key only companies it created (403
    otherwise). Answers `{statusCode, message, data, traceId}`. The scopes guide says companies cannot
    be deleted via the API; this reference page (and the 2026-04-28 changelog) say they can.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyDeleteResult | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
