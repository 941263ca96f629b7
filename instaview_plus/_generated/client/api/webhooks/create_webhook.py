from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.webhook_create import WebhookCreate
from ...models.webhook_created import WebhookCreated
from ...models.webhook_created_envelope import WebhookCreatedEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WebhookCreated | WebhookCreatedEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> WebhookCreated | WebhookCreatedEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WebhookCreatedEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = WebhookCreated.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> WebhookCreated | WebhookCreatedEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = WebhookCreatedEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = WebhookCreated.from_dict(data)

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
) -> Response[ErrorBody | WebhookCreated | WebhookCreatedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> Response[ErrorBody | WebhookCreated | WebhookCreatedEnvelope]:
    """Create a webhook configuration.

     Creates a webhook. With `companyId` it receives only that company's events; without it, it is global
    and receives events of every company the key can reach. The response carries `signingSecret` (HMAC
    secret, 64 hex characters) **only once**; if it is lost, delete and recreate the webhook.
    Scope: `write:webhooks`. 400: validation error; 403: insufficient permissions.

    Args:
        body (WebhookCreate): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookCreated | WebhookCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> ErrorBody | WebhookCreated | WebhookCreatedEnvelope | None:
    """Create a webhook configuration.

     Creates a webhook. With `companyId` it receives only that company's events; without it, it is global
    and receives events of every company the key can reach. The response carries `signingSecret` (HMAC
    secret, 64 hex characters) **only once**; if it is lost, delete and recreate the webhook.
    Scope: `write:webhooks`. 400: validation error; 403: insufficient permissions.

    Args:
        body (WebhookCreate): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookCreated | WebhookCreatedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> Response[ErrorBody | WebhookCreated | WebhookCreatedEnvelope]:
    """Create a webhook configuration.

     Creates a webhook. With `companyId` it receives only that company's events; without it, it is global
    and receives events of every company the key can reach. The response carries `signingSecret` (HMAC
    secret, 64 hex characters) **only once**; if it is lost, delete and recreate the webhook.
    Scope: `write:webhooks`. 400: validation error; 403: insufficient permissions.

    Args:
        body (WebhookCreate): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookCreated | WebhookCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> ErrorBody | WebhookCreated | WebhookCreatedEnvelope | None:
    """Create a webhook configuration.

     Creates a webhook. With `companyId` it receives only that company's events; without it, it is global
    and receives events of every company the key can reach. The response carries `signingSecret` (HMAC
    secret, 64 hex characters) **only once**; if it is lost, delete and recreate the webhook.
    Scope: `write:webhooks`. 400: validation error; 403: insufficient permissions.

    Args:
        body (WebhookCreate): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookCreated | WebhookCreatedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
