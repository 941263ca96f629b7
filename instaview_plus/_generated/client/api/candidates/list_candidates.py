from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.candidate_flat_list import CandidateFlatList
from ...models.candidate_list_envelope import CandidateListEnvelope
from ...models.candidate_status import CandidateStatus
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    status: CandidateStatus | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params["page"] = page

    params["limit"] = limit

    json_job_id: str | Unset = UNSET
    if not isinstance(job_id, Unset):
        json_job_id = str(job_id)
    params["jobId"] = json_job_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/candidates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CandidateFlatList | CandidateListEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CandidateFlatList | CandidateListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CandidateListEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CandidateFlatList.from_dict(data)

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
) -> Response[CandidateFlatList | CandidateListEnvelope | ErrorBody]:
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
    job_id: UUID | Unset = UNSET,
    status: CandidateStatus | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CandidateFlatList | CandidateListEnvelope | ErrorBody]:
    """List candidates

     Lists the company's candidates, including pool candidates without a job; deleted candidates are
    hidden.
    Scope `read:candidates` (plus `read:jobs` when filtering by job).

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        job_id (UUID | Unset):
        status (CandidateStatus | Unset): Candidate status (prose also names INTERVIEWING,
            INTERVIEWED, HIRED, WITHDRAWN, not in the enum).
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateFlatList | CandidateListEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        job_id=job_id,
        status=status,
        search=search,
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
    job_id: UUID | Unset = UNSET,
    status: CandidateStatus | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CandidateFlatList | CandidateListEnvelope | ErrorBody | None:
    """List candidates

     Lists the company's candidates, including pool candidates without a job; deleted candidates are
    hidden.
    Scope `read:candidates` (plus `read:jobs` when filtering by job).

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        job_id (UUID | Unset):
        status (CandidateStatus | Unset): Candidate status (prose also names INTERVIEWING,
            INTERVIEWED, HIRED, WITHDRAWN, not in the enum).
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateFlatList | CandidateListEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        page=page,
        limit=limit,
        job_id=job_id,
        status=status,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    status: CandidateStatus | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CandidateFlatList | CandidateListEnvelope | ErrorBody]:
    """List candidates

     Lists the company's candidates, including pool candidates without a job; deleted candidates are
    hidden.
    Scope `read:candidates` (plus `read:jobs` when filtering by job).

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        job_id (UUID | Unset):
        status (CandidateStatus | Unset): Candidate status (prose also names INTERVIEWING,
            INTERVIEWED, HIRED, WITHDRAWN, not in the enum).
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidateFlatList | CandidateListEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        job_id=job_id,
        status=status,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    status: CandidateStatus | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CandidateFlatList | CandidateListEnvelope | ErrorBody | None:
    """List candidates

     Lists the company's candidates, including pool candidates without a job; deleted candidates are
    hidden.
    Scope `read:candidates` (plus `read:jobs` when filtering by job).

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        job_id (UUID | Unset):
        status (CandidateStatus | Unset): Candidate status (prose also names INTERVIEWING,
            INTERVIEWED, HIRED, WITHDRAWN, not in the enum).
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidateFlatList | CandidateListEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            page=page,
            limit=limit,
            job_id=job_id,
            status=status,
            search=search,
        )
    ).parsed
