from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    attempt_id: str,
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
        "method": "delete",
        "url": "/interviews/{id}/call-attempts/{attempt_id}".format(
            id=quote(str(id), safe=""),
            attempt_id=quote(str(attempt_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Delete (cancel) a call attempt.

     Cancels the attempt if it was scheduled and removes it from the interview's history permanently; the
    interview itself stays. IN_PROGRESS attempts cannot be deleted (400). Refused for ONLINE
    interviews. Scope: `write:interviews`. Answers 204 with no body.

    Args:
        id (str):
        attempt_id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        attempt_id=attempt_id,
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Delete (cancel) a call attempt.

     Cancels the attempt if it was scheduled and removes it from the interview's history permanently; the
    interview itself stays. IN_PROGRESS attempts cannot be deleted (400). Refused for ONLINE
    interviews. Scope: `write:interviews`. Answers 204 with no body.

    Args:
        id (str):
        attempt_id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        id=id,
        attempt_id=attempt_id,
        client=client,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Delete (cancel) a call attempt.

     Cancels the attempt if it was scheduled and removes it from the interview's history permanently; the
    interview itself stays. IN_PROGRESS attempts cannot be deleted (400). Refused for ONLINE
    interviews. Scope: `write:interviews`. Answers 204 with no body.

    Args:
        id (str):
        attempt_id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        attempt_id=attempt_id,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Delete (cancel) a call attempt.

     Cancels the attempt if it was scheduled and removes it from the interview's history permanently; the
    interview itself stays. IN_PROGRESS attempts cannot be deleted (400). Refused for ONLINE
    interviews. Scope: `write:interviews`. Answers 204 with no body.

    Args:
        id (str):
        attempt_id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            attempt_id=attempt_id,
            client=client,
            company_id=company_id,
        )
    ).parsed
