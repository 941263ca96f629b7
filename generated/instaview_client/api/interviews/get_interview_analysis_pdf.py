from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analysis_pdf import AnalysisPdf
from ...models.analysis_pdf_envelope import AnalysisPdfEnvelope
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    company_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_company_id: str | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = str(company_id)
    params["companyId"] = json_company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/interviews/{id}/analysis-pdf".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalysisPdf | AnalysisPdfEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AnalysisPdf | AnalysisPdfEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AnalysisPdfEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AnalysisPdf.from_dict(data)

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
) -> Response[AnalysisPdf | AnalysisPdfEnvelope | ErrorBody]:
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
    company_id: UUID | Unset = UNSET,
) -> Response[AnalysisPdf | AnalysisPdfEnvelope | ErrorBody]:
    """Get the interview's analysis as a PDF (Base64 in JSON).

     Kept apart from GET /interviews/{id} so that response stays light. The documentation shows a JSON
    body `{analysisPdfBase64}` (enveloped per the guides); a raw `application/pdf` body is also accepted
    for servers that stream the file.
    Scope: `read:interviews`. 404: interview missing or deleted, or no analysis yet;
    403: another company's interview.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisPdf | AnalysisPdfEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
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
    company_id: UUID | Unset = UNSET,
) -> AnalysisPdf | AnalysisPdfEnvelope | ErrorBody | None:
    """Get the interview's analysis as a PDF (Base64 in JSON).

     Kept apart from GET /interviews/{id} so that response stays light. The documentation shows a JSON
    body `{analysisPdfBase64}` (enveloped per the guides); a raw `application/pdf` body is also accepted
    for servers that stream the file.
    Scope: `read:interviews`. 404: interview missing or deleted, or no analysis yet;
    403: another company's interview.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisPdf | AnalysisPdfEnvelope | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> Response[AnalysisPdf | AnalysisPdfEnvelope | ErrorBody]:
    """Get the interview's analysis as a PDF (Base64 in JSON).

     Kept apart from GET /interviews/{id} so that response stays light. The documentation shows a JSON
    body `{analysisPdfBase64}` (enveloped per the guides); a raw `application/pdf` body is also accepted
    for servers that stream the file.
    Scope: `read:interviews`. 404: interview missing or deleted, or no analysis yet;
    403: another company's interview.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisPdf | AnalysisPdfEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    company_id: UUID | Unset = UNSET,
) -> AnalysisPdf | AnalysisPdfEnvelope | ErrorBody | None:
    """Get the interview's analysis as a PDF (Base64 in JSON).

     Kept apart from GET /interviews/{id} so that response stays light. The documentation shows a JSON
    body `{analysisPdfBase64}` (enveloped per the guides); a raw `application/pdf` body is also accepted
    for servers that stream the file.
    Scope: `read:interviews`. 404: interview missing or deleted, or no analysis yet;
    403: another company's interview.

    Args:
        id (str):
        company_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisPdf | AnalysisPdfEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            company_id=company_id,
        )
    ).parsed
