import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_usage import BillingUsage
from ...models.billing_usage_envelope import BillingUsageEnvelope
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingUsage | BillingUsageEnvelope | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BillingUsage | BillingUsageEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BillingUsageEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = BillingUsage.from_dict(data)

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
) -> Response[BillingUsage | BillingUsageEnvelope | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Response[BillingUsage | BillingUsageEnvelope | ErrorBody]:
    """Get usage statistics (minutes or credits) for a date range.

     A regular key gets its company's usage; an ATS key gets usage aggregated across every company it
    manages, with one entry per company in `companies[]`. Test interviews (`isTest`) are not counted.
    Minutes companies report `totalMinutesUsed` / `minutesUsed`; credits companies `totalCreditsUsed` /
    `creditsUsed` (the other unit is omitted). Scope: `read:billing`. The reference shows the bare
    object, the billing guide the envelope: both accepted.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingUsage | BillingUsageEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> BillingUsage | BillingUsageEnvelope | ErrorBody | None:
    """Get usage statistics (minutes or credits) for a date range.

     A regular key gets its company's usage; an ATS key gets usage aggregated across every company it
    manages, with one entry per company in `companies[]`. Test interviews (`isTest`) are not counted.
    Minutes companies report `totalMinutesUsed` / `minutesUsed`; credits companies `totalCreditsUsed` /
    `creditsUsed` (the other unit is omitted). Scope: `read:billing`. The reference shows the bare
    object, the billing guide the envelope: both accepted.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingUsage | BillingUsageEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Response[BillingUsage | BillingUsageEnvelope | ErrorBody]:
    """Get usage statistics (minutes or credits) for a date range.

     A regular key gets its company's usage; an ATS key gets usage aggregated across every company it
    manages, with one entry per company in `companies[]`. Test interviews (`isTest`) are not counted.
    Minutes companies report `totalMinutesUsed` / `minutesUsed`; credits companies `totalCreditsUsed` /
    `creditsUsed` (the other unit is omitted). Scope: `read:billing`. The reference shows the bare
    object, the billing guide the envelope: both accepted.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingUsage | BillingUsageEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> BillingUsage | BillingUsageEnvelope | ErrorBody | None:
    """Get usage statistics (minutes or credits) for a date range.

     A regular key gets its company's usage; an ATS key gets usage aggregated across every company it
    manages, with one entry per company in `companies[]`. Test interviews (`isTest`) are not counted.
    Minutes companies report `totalMinutesUsed` / `minutesUsed`; credits companies `totalCreditsUsed` /
    `creditsUsed` (the other unit is omitted). Scope: `read:billing`. The reference shows the bare
    object, the billing guide the envelope: both accepted.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingUsage | BillingUsageEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
        )
    ).parsed
