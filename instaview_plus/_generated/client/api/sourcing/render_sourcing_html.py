from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.render_html_request import RenderHtmlRequest
from ...models.render_html_response import RenderHtmlResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RenderHtmlRequest,
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
        "url": "/sourcing/render-html",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RenderHtmlResponse | None:
    if response.status_code == 200:
        response_200 = RenderHtmlResponse.from_dict(response.json())

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
) -> Response[ErrorBody | RenderHtmlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenderHtmlRequest,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | RenderHtmlResponse]:
    """Render self-contained HTML candidate cards for up to 10 profiles.

     **Synchronous** (unlike the other sourcing operations): answers **200** with a JSON body whose
    `data`
    holds one card per profile. Each card's `htmlContent` is a responsive HTML fragment with all CSS
    inline
    (name, current role and company, AI match-score badge, rationale summary, main skills, LinkedIn
    button), ready to embed in an ATS, a dashboard or an e-mail. A profile that cannot be rendered is
    reported in its item (`success: false`, `errorCode` such as `PROFILE_NOT_FOUND`). Themes: `dark`
    (default, slate background `#0f172a`) and `light` (white background). Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (RenderHtmlRequest): Body of POST /sourcing/render-html.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RenderHtmlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RenderHtmlRequest,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | RenderHtmlResponse | None:
    """Render self-contained HTML candidate cards for up to 10 profiles.

     **Synchronous** (unlike the other sourcing operations): answers **200** with a JSON body whose
    `data`
    holds one card per profile. Each card's `htmlContent` is a responsive HTML fragment with all CSS
    inline
    (name, current role and company, AI match-score badge, rationale summary, main skills, LinkedIn
    button), ready to embed in an ATS, a dashboard or an e-mail. A profile that cannot be rendered is
    reported in its item (`success: false`, `errorCode` such as `PROFILE_NOT_FOUND`). Themes: `dark`
    (default, slate background `#0f172a`) and `light` (white background). Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (RenderHtmlRequest): Body of POST /sourcing/render-html.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RenderHtmlResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenderHtmlRequest,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | RenderHtmlResponse]:
    """Render self-contained HTML candidate cards for up to 10 profiles.

     **Synchronous** (unlike the other sourcing operations): answers **200** with a JSON body whose
    `data`
    holds one card per profile. Each card's `htmlContent` is a responsive HTML fragment with all CSS
    inline
    (name, current role and company, AI match-score badge, rationale summary, main skills, LinkedIn
    button), ready to embed in an ATS, a dashboard or an e-mail. A profile that cannot be rendered is
    reported in its item (`success: false`, `errorCode` such as `PROFILE_NOT_FOUND`). Themes: `dark`
    (default, slate background `#0f172a`) and `light` (white background). Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (RenderHtmlRequest): Body of POST /sourcing/render-html.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RenderHtmlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RenderHtmlRequest,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | RenderHtmlResponse | None:
    """Render self-contained HTML candidate cards for up to 10 profiles.

     **Synchronous** (unlike the other sourcing operations): answers **200** with a JSON body whose
    `data`
    holds one card per profile. Each card's `htmlContent` is a responsive HTML fragment with all CSS
    inline
    (name, current role and company, AI match-score badge, rationale summary, main skills, LinkedIn
    button), ready to embed in an ATS, a dashboard or an e-mail. A profile that cannot be rendered is
    reported in its item (`success: false`, `errorCode` such as `PROFILE_NOT_FOUND`). Themes: `dark`
    (default, slate background `#0f172a`) and `light` (white background). Scope: `enrich:write`.

    Args:
        company_id (UUID | Unset):
        body (RenderHtmlRequest): Body of POST /sourcing/render-html.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RenderHtmlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
