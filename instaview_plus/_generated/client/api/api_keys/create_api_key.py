from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.api_key_create import ApiKeyCreate
from ...models.api_key_envelope import ApiKeyEnvelope
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: ApiKeyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKey | ApiKeyEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ApiKey | ApiKeyEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ApiKeyEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ApiKey.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> ApiKey | ApiKeyEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = ApiKeyEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = ApiKey.from_dict(data)

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
) -> Response[ApiKey | ApiKeyEnvelope | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiKeyCreate,
) -> Response[ApiKey | ApiKeyEnvelope | ErrorBody]:
    """Create an API key (admin JWT only).

     Admin only: authenticate with `Authorization: Bearer <admin-jwt>`, **not** an API key. The plaintext
    key is returned once, in `data.key`; store it securely. Keys can also be created in the dashboard
    (Settings → API Keys). List, revoke and rotate endpoints are not documented.

    Args:
        body (ApiKeyCreate): Body of POST /api-keys (admin JWT).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ApiKeyEnvelope | ErrorBody]
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
    client: AuthenticatedClient,
    body: ApiKeyCreate,
) -> ApiKey | ApiKeyEnvelope | ErrorBody | None:
    """Create an API key (admin JWT only).

     Admin only: authenticate with `Authorization: Bearer <admin-jwt>`, **not** an API key. The plaintext
    key is returned once, in `data.key`; store it securely. Keys can also be created in the dashboard
    (Settings → API Keys). List, revoke and rotate endpoints are not documented.

    Args:
        body (ApiKeyCreate): Body of POST /api-keys (admin JWT).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ApiKeyEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiKeyCreate,
) -> Response[ApiKey | ApiKeyEnvelope | ErrorBody]:
    """Create an API key (admin JWT only).

     Admin only: authenticate with `Authorization: Bearer <admin-jwt>`, **not** an API key. The plaintext
    key is returned once, in `data.key`; store it securely. Keys can also be created in the dashboard
    (Settings → API Keys). List, revoke and rotate endpoints are not documented.

    Args:
        body (ApiKeyCreate): Body of POST /api-keys (admin JWT).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ApiKeyEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApiKeyCreate,
) -> ApiKey | ApiKeyEnvelope | ErrorBody | None:
    """Create an API key (admin JWT only).

     Admin only: authenticate with `Authorization: Bearer <admin-jwt>`, **not** an API key. The plaintext
    key is returned once, in `data.key`; store it securely. Keys can also be created in the dashboard
    (Settings → API Keys). List, revoke and rotate endpoints are not documented.

    Args:
        body (ApiKeyCreate): Body of POST /api-keys (admin JWT).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ApiKeyEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
