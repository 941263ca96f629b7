from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_flat_list import AgentFlatList
from ...models.agent_focus import AgentFocus
from ...models.agent_list_envelope import AgentListEnvelope
from ...models.agent_type import AgentType
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: AgentType | Unset = UNSET,
    focus: AgentFocus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params["page"] = page

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_focus: str | Unset = UNSET
    if not isinstance(focus, Unset):
        json_focus = focus.value

    params["focus"] = json_focus

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentFlatList | AgentListEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AgentFlatList | AgentListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AgentListEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AgentFlatList.from_dict(data)

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
) -> Response[AgentFlatList | AgentListEnvelope | ErrorBody]:
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
    type_: AgentType | Unset = UNSET,
    focus: AgentFocus | Unset = UNSET,
) -> Response[AgentFlatList | AgentListEnvelope | ErrorBody]:
    """List agents

     Lists the company's interview agents (deleted agents are hidden). Scope `read:agents`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        type_ (AgentType | Unset):
        focus (AgentFocus | Unset): GENERIC (jobless interviews, talent pools), SCREENING,
            OUTREACH, LANGUAGE_TEST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentFlatList | AgentListEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        type_=type_,
        focus=focus,
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
    type_: AgentType | Unset = UNSET,
    focus: AgentFocus | Unset = UNSET,
) -> AgentFlatList | AgentListEnvelope | ErrorBody | None:
    """List agents

     Lists the company's interview agents (deleted agents are hidden). Scope `read:agents`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        type_ (AgentType | Unset):
        focus (AgentFocus | Unset): GENERIC (jobless interviews, talent pools), SCREENING,
            OUTREACH, LANGUAGE_TEST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentFlatList | AgentListEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        page=page,
        limit=limit,
        type_=type_,
        focus=focus,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: AgentType | Unset = UNSET,
    focus: AgentFocus | Unset = UNSET,
) -> Response[AgentFlatList | AgentListEnvelope | ErrorBody]:
    """List agents

     Lists the company's interview agents (deleted agents are hidden). Scope `read:agents`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        type_ (AgentType | Unset):
        focus (AgentFocus | Unset): GENERIC (jobless interviews, talent pools), SCREENING,
            OUTREACH, LANGUAGE_TEST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentFlatList | AgentListEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        limit=limit,
        type_=type_,
        focus=focus,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: AgentType | Unset = UNSET,
    focus: AgentFocus | Unset = UNSET,
) -> AgentFlatList | AgentListEnvelope | ErrorBody | None:
    """List agents

     Lists the company's interview agents (deleted agents are hidden). Scope `read:agents`.

    Args:
        company_id (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):
        type_ (AgentType | Unset):
        focus (AgentFocus | Unset): GENERIC (jobless interviews, talent pools), SCREENING,
            OUTREACH, LANGUAGE_TEST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentFlatList | AgentListEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            page=page,
            limit=limit,
            type_=type_,
            focus=focus,
        )
    ).parsed
