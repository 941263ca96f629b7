from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.interview import Interview
from ...models.interview_create import InterviewCreate
from ...models.interview_envelope import InterviewEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InterviewCreate,
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
        "url": "/interviews",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | Interview | InterviewEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Interview | InterviewEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = InterviewEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Interview.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> Interview | InterviewEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = InterviewEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = Interview.from_dict(data)

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
) -> Response[ErrorBody | Interview | InterviewEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InterviewCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | Interview | InterviewEnvelope]:
    """Create an interview for an existing or inline candidate, agent and job.

     Creates an interview scoped to the key's company. Candidate, agent and job may each be given as an
    existing ID (`candidateId`, `agentId`, `jobId`) or as an inline definition (`candidate`, `agent`,
    `job`); see `InterviewCreate` for the exclusivity and job-resolution rules. Omit `scheduleTime` to
    start at once; otherwise at most 30 days ahead. An explicit UTC offset in `scheduleTime` is used for
    call-time-window validation (changelog 2026-04-02). Respects company billing limits and the plan.
    Scopes: `write:interviews` plus `read:candidates` and `read:agents`.

    Status: NestJS answers a creating POST with 201; 200 is also accepted. Errors: 400 for
    validation, exclusivity violations, unparsable dates, or a candidate with several jobs and no
    `jobId`;
    403 for a missing scope or another company's resource; 404 for an unknown candidate, agent or job.

    Args:
        company_id (UUID | Unset):
        body (InterviewCreate): Body of POST /interviews. Rules (the schema keeps every
            alternative optional; the server enforces):
            - Candidate: exactly one of `candidateId` (existing) or `candidate` (inline; creates a
            candidate,
              `gdprExpiryDate` required).
            - Agent: exactly one of `agentId` or `agent` (inline; the POST /agents fields).
            - Job: `jobId` and `job` are mutually exclusive; `candidate.jobId` must not be combined
            with `jobId` or
              `job` (400). Precedence when several are present: `job` > `jobId` > `candidate.jobId`.
            Inline `job`
              with an existing `candidateId` creates the job and links candidate and interview to it;
            inline
              candidate + inline job creates both and links them; an inline candidate without any job
            goes to
              the talent pool.
            - Job resolution without `jobId` (changelog 2026-04-02): not required when the agent's
            focus is
              `GENERIC` (the candidate must then have no job assignments); for other focuses a
            candidate with
              exactly one active job has it resolved automatically; several jobs and no `jobId` → 400.
            `jobId`
              must be one of the candidate's jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Interview | InterviewEnvelope]
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
    body: InterviewCreate,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | Interview | InterviewEnvelope | None:
    """Create an interview for an existing or inline candidate, agent and job.

     Creates an interview scoped to the key's company. Candidate, agent and job may each be given as an
    existing ID (`candidateId`, `agentId`, `jobId`) or as an inline definition (`candidate`, `agent`,
    `job`); see `InterviewCreate` for the exclusivity and job-resolution rules. Omit `scheduleTime` to
    start at once; otherwise at most 30 days ahead. An explicit UTC offset in `scheduleTime` is used for
    call-time-window validation (changelog 2026-04-02). Respects company billing limits and the plan.
    Scopes: `write:interviews` plus `read:candidates` and `read:agents`.

    Status: NestJS answers a creating POST with 201; 200 is also accepted. Errors: 400 for
    validation, exclusivity violations, unparsable dates, or a candidate with several jobs and no
    `jobId`;
    403 for a missing scope or another company's resource; 404 for an unknown candidate, agent or job.

    Args:
        company_id (UUID | Unset):
        body (InterviewCreate): Body of POST /interviews. Rules (the schema keeps every
            alternative optional; the server enforces):
            - Candidate: exactly one of `candidateId` (existing) or `candidate` (inline; creates a
            candidate,
              `gdprExpiryDate` required).
            - Agent: exactly one of `agentId` or `agent` (inline; the POST /agents fields).
            - Job: `jobId` and `job` are mutually exclusive; `candidate.jobId` must not be combined
            with `jobId` or
              `job` (400). Precedence when several are present: `job` > `jobId` > `candidate.jobId`.
            Inline `job`
              with an existing `candidateId` creates the job and links candidate and interview to it;
            inline
              candidate + inline job creates both and links them; an inline candidate without any job
            goes to
              the talent pool.
            - Job resolution without `jobId` (changelog 2026-04-02): not required when the agent's
            focus is
              `GENERIC` (the candidate must then have no job assignments); for other focuses a
            candidate with
              exactly one active job has it resolved automatically; several jobs and no `jobId` → 400.
            `jobId`
              must be one of the candidate's jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Interview | InterviewEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InterviewCreate,
    company_id: UUID | Unset = UNSET,
) -> Response[ErrorBody | Interview | InterviewEnvelope]:
    """Create an interview for an existing or inline candidate, agent and job.

     Creates an interview scoped to the key's company. Candidate, agent and job may each be given as an
    existing ID (`candidateId`, `agentId`, `jobId`) or as an inline definition (`candidate`, `agent`,
    `job`); see `InterviewCreate` for the exclusivity and job-resolution rules. Omit `scheduleTime` to
    start at once; otherwise at most 30 days ahead. An explicit UTC offset in `scheduleTime` is used for
    call-time-window validation (changelog 2026-04-02). Respects company billing limits and the plan.
    Scopes: `write:interviews` plus `read:candidates` and `read:agents`.

    Status: NestJS answers a creating POST with 201; 200 is also accepted. Errors: 400 for
    validation, exclusivity violations, unparsable dates, or a candidate with several jobs and no
    `jobId`;
    403 for a missing scope or another company's resource; 404 for an unknown candidate, agent or job.

    Args:
        company_id (UUID | Unset):
        body (InterviewCreate): Body of POST /interviews. Rules (the schema keeps every
            alternative optional; the server enforces):
            - Candidate: exactly one of `candidateId` (existing) or `candidate` (inline; creates a
            candidate,
              `gdprExpiryDate` required).
            - Agent: exactly one of `agentId` or `agent` (inline; the POST /agents fields).
            - Job: `jobId` and `job` are mutually exclusive; `candidate.jobId` must not be combined
            with `jobId` or
              `job` (400). Precedence when several are present: `job` > `jobId` > `candidate.jobId`.
            Inline `job`
              with an existing `candidateId` creates the job and links candidate and interview to it;
            inline
              candidate + inline job creates both and links them; an inline candidate without any job
            goes to
              the talent pool.
            - Job resolution without `jobId` (changelog 2026-04-02): not required when the agent's
            focus is
              `GENERIC` (the candidate must then have no job assignments); for other focuses a
            candidate with
              exactly one active job has it resolved automatically; several jobs and no `jobId` → 400.
            `jobId`
              must be one of the candidate's jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Interview | InterviewEnvelope]
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
    body: InterviewCreate,
    company_id: UUID | Unset = UNSET,
) -> ErrorBody | Interview | InterviewEnvelope | None:
    """Create an interview for an existing or inline candidate, agent and job.

     Creates an interview scoped to the key's company. Candidate, agent and job may each be given as an
    existing ID (`candidateId`, `agentId`, `jobId`) or as an inline definition (`candidate`, `agent`,
    `job`); see `InterviewCreate` for the exclusivity and job-resolution rules. Omit `scheduleTime` to
    start at once; otherwise at most 30 days ahead. An explicit UTC offset in `scheduleTime` is used for
    call-time-window validation (changelog 2026-04-02). Respects company billing limits and the plan.
    Scopes: `write:interviews` plus `read:candidates` and `read:agents`.

    Status: NestJS answers a creating POST with 201; 200 is also accepted. Errors: 400 for
    validation, exclusivity violations, unparsable dates, or a candidate with several jobs and no
    `jobId`;
    403 for a missing scope or another company's resource; 404 for an unknown candidate, agent or job.

    Args:
        company_id (UUID | Unset):
        body (InterviewCreate): Body of POST /interviews. Rules (the schema keeps every
            alternative optional; the server enforces):
            - Candidate: exactly one of `candidateId` (existing) or `candidate` (inline; creates a
            candidate,
              `gdprExpiryDate` required).
            - Agent: exactly one of `agentId` or `agent` (inline; the POST /agents fields).
            - Job: `jobId` and `job` are mutually exclusive; `candidate.jobId` must not be combined
            with `jobId` or
              `job` (400). Precedence when several are present: `job` > `jobId` > `candidate.jobId`.
            Inline `job`
              with an existing `candidateId` creates the job and links candidate and interview to it;
            inline
              candidate + inline job creates both and links them; an inline candidate without any job
            goes to
              the talent pool.
            - Job resolution without `jobId` (changelog 2026-04-02): not required when the agent's
            focus is
              `GENERIC` (the candidate must then have no job assignments); for other focuses a
            candidate with
              exactly one active job has it resolved automatically; several jobs and no `jobId` → 400.
            `jobId`
              must be one of the candidate's jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Interview | InterviewEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            company_id=company_id,
        )
    ).parsed
