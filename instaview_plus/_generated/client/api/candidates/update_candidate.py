from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.candidate import Candidate
from ...models.candidate_envelope import CandidateEnvelope
from ...models.candidate_update import CandidateUpdate
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: CandidateUpdate,
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
        "method": "patch",
        "url": "/candidates/{id}".format(
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
) -> Candidate | CandidateEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Candidate | CandidateEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CandidateEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Candidate.from_dict(data)

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
) -> Response[Candidate | CandidateEnvelope | ErrorBody]:
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
    body: CandidateUpdate,
    company_id: UUID | Unset = UNSET,
) -> Response[Candidate | CandidateEnvelope | ErrorBody]:
    """Update a candidate

     Partial update of profile, contact and status fields. `jobIds` replaces all assignments and
    `metadata`
    replaces the stored metadata. Scope `write:candidates`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CandidateUpdate): Body of PATCH /candidates/{id}; every field optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Candidate | CandidateEnvelope | ErrorBody]
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
    body: CandidateUpdate,
    company_id: UUID | Unset = UNSET,
) -> Candidate | CandidateEnvelope | ErrorBody | None:
    """Update a candidate

     Partial update of profile, contact and status fields. `jobIds` replaces all assignments and
    `metadata`
    replaces the stored metadata. Scope `write:candidates`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CandidateUpdate): Body of PATCH /candidates/{id}; every field optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Candidate | CandidateEnvelope | ErrorBody
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
    body: CandidateUpdate,
    company_id: UUID | Unset = UNSET,
) -> Response[Candidate | CandidateEnvelope | ErrorBody]:
    """Update a candidate

     Partial update of profile, contact and status fields. `jobIds` replaces all assignments and
    `metadata`
    replaces the stored metadata. Scope `write:candidates`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CandidateUpdate): Body of PATCH /candidates/{id}; every field optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Candidate | CandidateEnvelope | ErrorBody]
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
    body: CandidateUpdate,
    company_id: UUID | Unset = UNSET,
) -> Candidate | CandidateEnvelope | ErrorBody | None:
    """Update a candidate

     Partial update of profile, contact and status fields. `jobIds` replaces all assignments and
    `metadata`
    replaces the stored metadata. Scope `write:candidates`.

    Args:
        id (str):
        company_id (UUID | Unset):
        body (CandidateUpdate): Body of PATCH /candidates/{id}; every field optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Candidate | CandidateEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
