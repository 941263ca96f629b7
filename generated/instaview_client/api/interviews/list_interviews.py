from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.interview_flat_list import InterviewFlatList
from ...models.interview_list_envelope import InterviewListEnvelope
from ...models.interview_status import InterviewStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    candidate_id: UUID,
    agent_id: UUID | Unset = UNSET,
    status: InterviewStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params["page"] = page

    params["limit"] = limit

    json_candidate_id = str(candidate_id)
    params["candidateId"] = json_candidate_id

    json_agent_id: str | Unset = UNSET
    if not isinstance(agent_id, Unset):
        json_agent_id = str(agent_id)
    params["agentId"] = json_agent_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/interviews",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | InterviewFlatList | InterviewListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> InterviewFlatList | InterviewListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = InterviewFlatList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = InterviewListEnvelope.from_dict(data)

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
) -> Response[ErrorBody | InterviewFlatList | InterviewListEnvelope]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    candidate_id: UUID,
    agent_id: UUID | Unset = UNSET,
    status: InterviewStatus | Unset = UNSET,
) -> Response[ErrorBody | InterviewFlatList | InterviewListEnvelope]:
    """List the interviews of a candidate.

     Lists interviews of candidates whose jobs belong to the key's company. "For MVP, the candidateId
    query parameter is required." Scopes: `read:interviews` plus `read:candidates` and `read:agents`.
    The reference page shows the flat list `{data, total, page, limit, totalPages}`; the pagination
    guide
    shows the envelope `{success, data: {items, pagination}}`; both are accepted.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        candidate_id (UUID):
        agent_id (UUID | Unset):
        status (InterviewStatus | Unset): Interview status (server-extensible: response fields use
            `anyOf [InterviewStatus, string]`). The
            delete page spells `CANCELED`; the status enum spells `CANCELLED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | InterviewFlatList | InterviewListEnvelope]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        candidate_id=candidate_id,
        agent_id=agent_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    candidate_id: UUID,
    agent_id: UUID | Unset = UNSET,
    status: InterviewStatus | Unset = UNSET,
) -> ErrorBody | InterviewFlatList | InterviewListEnvelope | None:
    """List the interviews of a candidate.

     Lists interviews of candidates whose jobs belong to the key's company. "For MVP, the candidateId
    query parameter is required." Scopes: `read:interviews` plus `read:candidates` and `read:agents`.
    The reference page shows the flat list `{data, total, page, limit, totalPages}`; the pagination
    guide
    shows the envelope `{success, data: {items, pagination}}`; both are accepted.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        candidate_id (UUID):
        agent_id (UUID | Unset):
        status (InterviewStatus | Unset): Interview status (server-extensible: response fields use
            `anyOf [InterviewStatus, string]`). The
            delete page spells `CANCELED`; the status enum spells `CANCELLED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | InterviewFlatList | InterviewListEnvelope
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        page=page,
        limit=limit,
        candidate_id=candidate_id,
        agent_id=agent_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    candidate_id: UUID,
    agent_id: UUID | Unset = UNSET,
    status: InterviewStatus | Unset = UNSET,
) -> Response[ErrorBody | InterviewFlatList | InterviewListEnvelope]:
    """List the interviews of a candidate.

     Lists interviews of candidates whose jobs belong to the key's company. "For MVP, the candidateId
    query parameter is required." Scopes: `read:interviews` plus `read:candidates` and `read:agents`.
    The reference page shows the flat list `{data, total, page, limit, totalPages}`; the pagination
    guide
    shows the envelope `{success, data: {items, pagination}}`; both are accepted.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        candidate_id (UUID):
        agent_id (UUID | Unset):
        status (InterviewStatus | Unset): Interview status (server-extensible: response fields use
            `anyOf [InterviewStatus, string]`). The
            delete page spells `CANCELED`; the status enum spells `CANCELLED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | InterviewFlatList | InterviewListEnvelope]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        candidate_id=candidate_id,
        agent_id=agent_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    candidate_id: UUID,
    agent_id: UUID | Unset = UNSET,
    status: InterviewStatus | Unset = UNSET,
) -> ErrorBody | InterviewFlatList | InterviewListEnvelope | None:
    """List the interviews of a candidate.

     Lists interviews of candidates whose jobs belong to the key's company. "For MVP, the candidateId
    query parameter is required." Scopes: `read:interviews` plus `read:candidates` and `read:agents`.
    The reference page shows the flat list `{data, total, page, limit, totalPages}`; the pagination
    guide
    shows the envelope `{success, data: {items, pagination}}`; both are accepted.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        candidate_id (UUID):
        agent_id (UUID | Unset):
        status (InterviewStatus | Unset): Interview status (server-extensible: response fields use
            `anyOf [InterviewStatus, string]`). The
            delete page spells `CANCELED`; the status enum spells `CANCELLED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | InterviewFlatList | InterviewListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            page=page,
            limit=limit,
            candidate_id=candidate_id,
            agent_id=agent_id,
            status=status,
        )
    ).parsed
