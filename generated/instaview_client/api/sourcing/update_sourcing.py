from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sourcing_accepted import SourcingAccepted
from ...models.sourcing_update import SourcingUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: SourcingUpdate,
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
        "method": "patch",
        "url": "/sourcing/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SourcingAccepted | None:
    if response.status_code == 202:
        response_202 = SourcingAccepted.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

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
) -> Response[ErrorBody | SourcingAccepted]:
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
    body: SourcingUpdate,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | SourcingAccepted]:
    """Refine a finished sourcing run and start another pass.

     Folds the new `query` into the session's reasoning context and/or evaluates `limit` additional
    candidates from the pool already discovered (profiles already scored in this session are skipped).
    At least one of `query` and `limit` must be sent (**400** otherwise). Accepted only when the run is
    `completed` or `failed`; while it is `processing` the answer is **409**. Answers **202** with the
    same
    `requestId`; poll `getSourcingResults` again. Scope: `sourcing:write`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (SourcingUpdate): Body of PATCH /sourcing/{id}; at least one of `query` and `limit`
            (both may be combined).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourcingAccepted]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: SourcingUpdate,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | SourcingAccepted | None:
    """Refine a finished sourcing run and start another pass.

     Folds the new `query` into the session's reasoning context and/or evaluates `limit` additional
    candidates from the pool already discovered (profiles already scored in this session are skipped).
    At least one of `query` and `limit` must be sent (**400** otherwise). Accepted only when the run is
    `completed` or `failed`; while it is `processing` the answer is **409**. Answers **202** with the
    same
    `requestId`; poll `getSourcingResults` again. Scope: `sourcing:write`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (SourcingUpdate): Body of PATCH /sourcing/{id}; at least one of `query` and `limit`
            (both may be combined).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourcingAccepted
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourcingUpdate,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | SourcingAccepted]:
    """Refine a finished sourcing run and start another pass.

     Folds the new `query` into the session's reasoning context and/or evaluates `limit` additional
    candidates from the pool already discovered (profiles already scored in this session are skipped).
    At least one of `query` and `limit` must be sent (**400** otherwise). Accepted only when the run is
    `completed` or `failed`; while it is `processing` the answer is **409**. Answers **202** with the
    same
    `requestId`; poll `getSourcingResults` again. Scope: `sourcing:write`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (SourcingUpdate): Body of PATCH /sourcing/{id}; at least one of `query` and `limit`
            (both may be combined).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourcingAccepted]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourcingUpdate,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | SourcingAccepted | None:
    """Refine a finished sourcing run and start another pass.

     Folds the new `query` into the session's reasoning context and/or evaluates `limit` additional
    candidates from the pool already discovered (profiles already scored in this session are skipped).
    At least one of `query` and `limit` must be sent (**400** otherwise). Accepted only when the run is
    `completed` or `failed`; while it is `processing` the answer is **409**. Answers **202** with the
    same
    `requestId`; poll `getSourcingResults` again. Scope: `sourcing:write`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (SourcingUpdate): Body of PATCH /sourcing/{id}; at least one of `query` and `limit`
            (both may be combined).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourcingAccepted
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
