from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_attempt_create import CallAttemptCreate
from ...models.call_attempt_invoke_result import CallAttemptInvokeResult
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: CallAttemptCreate,
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
        "url": "/interviews/{id}/call-attempts".format(
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
) -> CallAttemptInvokeResult | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CallAttemptInvokeResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CallAttemptInvokeResult.from_dict(response.json())

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
) -> Response[CallAttemptInvokeResult | ErrorBody]:
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
    body: CallAttemptCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[CallAttemptInvokeResult | ErrorBody]:
    """Invoke a new call attempt (or retry) for a phone interview.

     Adds a call attempt to an existing **phone** interview, to trigger a call by hand or schedule a
    retry. A new invocation cancels every SCHEDULED attempt of the interview and replaces them with the
    new one. Refused while a call is IN_PROGRESS (400) and for ONLINE interviews ("strictly
    forbidden", 400). `scheduledAt` omitted or null means "as soon as
    possible". Follow progress through GET /interviews/{id} `callAttempts[]`. Scope: `write:interviews`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CallAttemptCreate): Body of POST /interviews/{id}/call-attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAttemptInvokeResult | ErrorBody]
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
    body: CallAttemptCreate,
    company_id: UUID | Unset = UNSET,
) -> CallAttemptInvokeResult | ErrorBody | None:
    """Invoke a new call attempt (or retry) for a phone interview.

     Adds a call attempt to an existing **phone** interview, to trigger a call by hand or schedule a
    retry. A new invocation cancels every SCHEDULED attempt of the interview and replaces them with the
    new one. Refused while a call is IN_PROGRESS (400) and for ONLINE interviews ("strictly
    forbidden", 400). `scheduledAt` omitted or null means "as soon as
    possible". Follow progress through GET /interviews/{id} `callAttempts[]`. Scope: `write:interviews`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CallAttemptCreate): Body of POST /interviews/{id}/call-attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAttemptInvokeResult | ErrorBody
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
    body: CallAttemptCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[CallAttemptInvokeResult | ErrorBody]:
    """Invoke a new call attempt (or retry) for a phone interview.

     Adds a call attempt to an existing **phone** interview, to trigger a call by hand or schedule a
    retry. A new invocation cancels every SCHEDULED attempt of the interview and replaces them with the
    new one. Refused while a call is IN_PROGRESS (400) and for ONLINE interviews ("strictly
    forbidden", 400). `scheduledAt` omitted or null means "as soon as
    possible". Follow progress through GET /interviews/{id} `callAttempts[]`. Scope: `write:interviews`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CallAttemptCreate): Body of POST /interviews/{id}/call-attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAttemptInvokeResult | ErrorBody]
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
    body: CallAttemptCreate,
    company_id: UUID | Unset = UNSET,
) -> CallAttemptInvokeResult | ErrorBody | None:
    """Invoke a new call attempt (or retry) for a phone interview.

     Adds a call attempt to an existing **phone** interview, to trigger a call by hand or schedule a
    retry. A new invocation cancels every SCHEDULED attempt of the interview and replaces them with the
    new one. Refused while a call is IN_PROGRESS (400) and for ONLINE interviews ("strictly
    forbidden", 400). `scheduledAt` omitted or null means "as soon as
    possible". Follow progress through GET /interviews/{id} `callAttempts[]`. Scope: `write:interviews`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CallAttemptCreate): Body of POST /interviews/{id}/call-attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAttemptInvokeResult | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
