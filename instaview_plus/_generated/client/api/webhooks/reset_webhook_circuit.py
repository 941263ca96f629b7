from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.webhook_config import WebhookConfig
from ...models.webhook_envelope import WebhookEnvelope
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks/{id}/reset-circuit".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WebhookConfig | WebhookEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> WebhookConfig | WebhookEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WebhookEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = WebhookConfig.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> WebhookConfig | WebhookEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = WebhookEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = WebhookConfig.from_dict(data)

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
) -> Response[ErrorBody | WebhookConfig | WebhookEnvelope]:
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
) -> Response[ErrorBody | WebhookConfig | WebhookEnvelope]:
    """Reset the circuit breaker and re-enable the webhook.

     Re-enables a webhook switched off after too many consecutive delivery failures: sets
    `consecutiveFailures` to 0, `circuitOpenedAt` to null and `isActive` to true, and returns the
    updated
    configuration. 404 webhook not found; 403 access denied. Scope: `write:webhooks`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookConfig | WebhookEnvelope]
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
) -> ErrorBody | WebhookConfig | WebhookEnvelope | None:
    """Reset the circuit breaker and re-enable the webhook.

     Re-enables a webhook switched off after too many consecutive delivery failures: sets
    `consecutiveFailures` to 0, `circuitOpenedAt` to null and `isActive` to true, and returns the
    updated
    configuration. 404 webhook not found; 403 access denied. Scope: `write:webhooks`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookConfig | WebhookEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | WebhookConfig | WebhookEnvelope]:
    """Reset the circuit breaker and re-enable the webhook.

     Re-enables a webhook switched off after too many consecutive delivery failures: sets
    `consecutiveFailures` to 0, `circuitOpenedAt` to null and `isActive` to true, and returns the
    updated
    configuration. 404 webhook not found; 403 access denied. Scope: `write:webhooks`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookConfig | WebhookEnvelope]
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
) -> ErrorBody | WebhookConfig | WebhookEnvelope | None:
    """Reset the circuit breaker and re-enable the webhook.

     Re-enables a webhook switched off after too many consecutive delivery failures: sets
    `consecutiveFailures` to 0, `circuitOpenedAt` to null and `isActive` to true, and returns the
    updated
    configuration. 404 webhook not found; 403 access denied. Scope: `write:webhooks`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookConfig | WebhookEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
