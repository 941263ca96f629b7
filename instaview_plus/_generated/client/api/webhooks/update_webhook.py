from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.webhook_config import WebhookConfig
from ...models.webhook_envelope import WebhookEnvelope
from ...models.webhook_update import WebhookUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: WebhookUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/webhooks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: WebhookUpdate,
) -> Response[ErrorBody | WebhookConfig | WebhookEnvelope]:
    """Update a webhook configuration (partial).

     Only the fields sent change. `headers` **replaces** every existing header (send all to keep).
    `isActive: false` disables the webhook (the gentler alternative to delete). The company binding
    cannot be changed. Scope: `write:webhooks`. Errors as for GET (404 / 403) plus 400.

    Args:
        id (str):
        body (WebhookUpdate): Body of PATCH /webhooks/{id}; only the fields sent change (the
            company binding cannot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookConfig | WebhookEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> ErrorBody | WebhookConfig | WebhookEnvelope | None:
    """Update a webhook configuration (partial).

     Only the fields sent change. `headers` **replaces** every existing header (send all to keep).
    `isActive: false` disables the webhook (the gentler alternative to delete). The company binding
    cannot be changed. Scope: `write:webhooks`. Errors as for GET (404 / 403) plus 400.

    Args:
        id (str):
        body (WebhookUpdate): Body of PATCH /webhooks/{id}; only the fields sent change (the
            company binding cannot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookConfig | WebhookEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> Response[ErrorBody | WebhookConfig | WebhookEnvelope]:
    """Update a webhook configuration (partial).

     Only the fields sent change. `headers` **replaces** every existing header (send all to keep).
    `isActive: false` disables the webhook (the gentler alternative to delete). The company binding
    cannot be changed. Scope: `write:webhooks`. Errors as for GET (404 / 403) plus 400.

    Args:
        id (str):
        body (WebhookUpdate): Body of PATCH /webhooks/{id}; only the fields sent change (the
            company binding cannot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookConfig | WebhookEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> ErrorBody | WebhookConfig | WebhookEnvelope | None:
    """Update a webhook configuration (partial).

     Only the fields sent change. `headers` **replaces** every existing header (send all to keep).
    `isActive: false` disables the webhook (the gentler alternative to delete). The company binding
    cannot be changed. Scope: `write:webhooks`. Errors as for GET (404 / 403) plus 400.

    Args:
        id (str):
        body (WebhookUpdate): Body of PATCH /webhooks/{id}; only the fields sent change (the
            company binding cannot).

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
            body=body,
        )
    ).parsed
