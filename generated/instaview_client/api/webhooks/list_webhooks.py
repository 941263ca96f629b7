from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.webhook_flat_list import WebhookFlatList
from ...models.webhook_list_envelope import WebhookListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WebhookFlatList | WebhookListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> WebhookFlatList | WebhookListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WebhookListEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = WebhookFlatList.from_dict(data)

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
) -> Response[ErrorBody | WebhookFlatList | WebhookListEnvelope]:
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
) -> Response[ErrorBody | WebhookFlatList | WebhookListEnvelope]:
    """List the webhook configurations of the calling API key.

     Returns every webhook configuration of the calling key. With `companyId`, only webhooks bound to
    that
    company are returned and global webhooks (no companyId) are **excluded**. Answers
    `{success, data: {data: [...], total}}`; the bare `{data, total}` is also accepted.
    Scope: `read:webhooks`.

    Args:
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookFlatList | WebhookListEnvelope]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | WebhookFlatList | WebhookListEnvelope | None:
    """List the webhook configurations of the calling API key.

     Returns every webhook configuration of the calling key. With `companyId`, only webhooks bound to
    that
    company are returned and global webhooks (no companyId) are **excluded**. Answers
    `{success, data: {data: [...], total}}`; the bare `{data, total}` is also accepted.
    Scope: `read:webhooks`.

    Args:
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookFlatList | WebhookListEnvelope
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | WebhookFlatList | WebhookListEnvelope]:
    """List the webhook configurations of the calling API key.

     Returns every webhook configuration of the calling key. With `companyId`, only webhooks bound to
    that
    company are returned and global webhooks (no companyId) are **excluded**. Answers
    `{success, data: {data: [...], total}}`; the bare `{data, total}` is also accepted.
    Scope: `read:webhooks`.

    Args:
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookFlatList | WebhookListEnvelope]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | WebhookFlatList | WebhookListEnvelope | None:
    """List the webhook configurations of the calling API key.

     Returns every webhook configuration of the calling key. With `companyId`, only webhooks bound to
    that
    company are returned and global webhooks (no companyId) are **excluded**. Answers
    `{success, data: {data: [...], total}}`; the bare `{data, total}` is also accepted.
    Scope: `read:webhooks`.

    Args:
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookFlatList | WebhookListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
        )
    ).parsed
