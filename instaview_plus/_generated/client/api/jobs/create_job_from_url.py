from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.job_from_url_create import JobFromUrlCreate
from ...models.job_from_url_envelope import JobFromUrlEnvelope
from ...models.job_from_url_preview import JobFromUrlPreview
from ...models.job_from_url_preview_envelope import JobFromUrlPreviewEnvelope
from ...models.job_from_url_result import JobFromUrlResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JobFromUrlCreate,
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
        "url": "/jobs/url",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorBody
    | JobFromUrlEnvelope
    | JobFromUrlResult
    | JobFromUrlPreview
    | JobFromUrlPreviewEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> JobFromUrlPreview | JobFromUrlPreviewEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = JobFromUrlPreviewEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = JobFromUrlPreview.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> JobFromUrlEnvelope | JobFromUrlResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = JobFromUrlEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = JobFromUrlResult.from_dict(data)

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

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

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
) -> Response[
    ErrorBody
    | JobFromUrlEnvelope
    | JobFromUrlResult
    | JobFromUrlPreview
    | JobFromUrlPreviewEnvelope
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobFromUrlCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[
    ErrorBody
    | JobFromUrlEnvelope
    | JobFromUrlResult
    | JobFromUrlPreview
    | JobFromUrlPreviewEnvelope
]:
    """Create a job from a posting URL

     Fetches the posting at `jobUrl`, extracts the job with AI and (by default) creates it: 201. With
    `createJob: false` it only extracts and answers 200 with a preview whose `id`, `createdAt` and
    `updatedAt` are empty strings. Scope `write:jobs`; stricter rate limit of 5 requests per minute.

    Args:
        company_id (UUID | Unset):
        body (JobFromUrlCreate): Body of POST /jobs/url (`jobUrl` is the input; the docs do not
            mark it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | JobFromUrlEnvelope | JobFromUrlResult | JobFromUrlPreview | JobFromUrlPreviewEnvelope]
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
    body: JobFromUrlCreate,
    company_id: UUID | Unset = UNSET,
) -> (
    ErrorBody
    | JobFromUrlEnvelope
    | JobFromUrlResult
    | JobFromUrlPreview
    | JobFromUrlPreviewEnvelope
    | None
):
    """Create a job from a posting URL

     Fetches the posting at `jobUrl`, extracts the job with AI and (by default) creates it: 201. With
    `createJob: false` it only extracts and answers 200 with a preview whose `id`, `createdAt` and
    `updatedAt` are empty strings. Scope `write:jobs`; stricter rate limit of 5 requests per minute.

    Args:
        company_id (UUID | Unset):
        body (JobFromUrlCreate): Body of POST /jobs/url (`jobUrl` is the input; the docs do not
            mark it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | JobFromUrlEnvelope | JobFromUrlResult | JobFromUrlPreview | JobFromUrlPreviewEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobFromUrlCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[
    ErrorBody
    | JobFromUrlEnvelope
    | JobFromUrlResult
    | JobFromUrlPreview
    | JobFromUrlPreviewEnvelope
]:
    """Create a job from a posting URL

     Fetches the posting at `jobUrl`, extracts the job with AI and (by default) creates it: 201. With
    `createJob: false` it only extracts and answers 200 with a preview whose `id`, `createdAt` and
    `updatedAt` are empty strings. Scope `write:jobs`; stricter rate limit of 5 requests per minute.

    Args:
        company_id (UUID | Unset):
        body (JobFromUrlCreate): Body of POST /jobs/url (`jobUrl` is the input; the docs do not
            mark it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | JobFromUrlEnvelope | JobFromUrlResult | JobFromUrlPreview | JobFromUrlPreviewEnvelope]
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
    body: JobFromUrlCreate,
    company_id: UUID | Unset = UNSET,
) -> (
    ErrorBody
    | JobFromUrlEnvelope
    | JobFromUrlResult
    | JobFromUrlPreview
    | JobFromUrlPreviewEnvelope
    | None
):
    """Create a job from a posting URL

     Fetches the posting at `jobUrl`, extracts the job with AI and (by default) creates it: 201. With
    `createJob: false` it only extracts and answers 200 with a preview whose `id`, `createdAt` and
    `updatedAt` are empty strings. Scope `write:jobs`; stricter rate limit of 5 requests per minute.

    Args:
        company_id (UUID | Unset):
        body (JobFromUrlCreate): Body of POST /jobs/url (`jobUrl` is the input; the docs do not
            mark it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | JobFromUrlEnvelope | JobFromUrlResult | JobFromUrlPreview | JobFromUrlPreviewEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
