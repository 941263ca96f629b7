"""api_keys: the exact request ``create`` sends (with an admin token) and the parsed result, sync and async."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

import instaview_plus as iv

from ..conftest import Recorder, envelope
from ._support import both

ADMIN_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl"
COMPANY_ID = "123e4567-e89b-12d3-a456-426614174000"
CREATED = {
    "key": "sk_live_abcdef0123456789",
    "id": "key-uuid",
    "name": "ATS sync",
    "companyId": COMPANY_ID,
    "scopes": ["jobs:read", "candidates:write"],
    "expiresAt": "2027-01-01T00:00:00+01:00",
    "createdAt": "2026-04-02T07:00:00Z",
}


@pytest.fixture
def admin(client: iv.InstaView) -> iv.InstaView:
    return iv.InstaView(api_key=ADMIN_JWT, http_client=client._http, sleep=lambda _: None)


@pytest.fixture
def aadmin(aclient: iv.AsyncInstaView) -> iv.AsyncInstaView:
    async def no_sleep(_: float) -> None:
        return None

    return iv.AsyncInstaView(api_key=ADMIN_JWT, http_client=aclient._http, sleep=no_sleep)


async def test_create_sends_the_admin_token_and_camel_case_body(
    admin: iv.InstaView, aadmin: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [envelope(CREATED, 201), httpx.Response(201, json=CREATED)]
    args: dict[str, Any] = {
        "company_id": COMPANY_ID,
        "name": "ATS sync",
        "scopes": ["jobs:read", "candidates:write"],
        "expires_at": dt.datetime(2027, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        "allowed_ips": ["203.0.113.7"],
    }
    results = await both(lambda: admin.api_keys.create(**args), lambda: aadmin.api_keys.create(**args))
    expected = {
        "companyId": COMPANY_ID,
        "name": "ATS sync",
        "scopes": ["jobs:read", "candidates:write"],
        "expiresAt": "2027-01-01T00:00:00+01:00",
        "allowedIPs": ["203.0.113.7"],
    }
    for i, request in enumerate(recorder.requests):
        assert (request.method, request.url.path, dict(request.url.params)) == ("POST", "/api-keys", {})
        assert recorder.body(i) == expected
        assert request.headers["authorization"] == f"Bearer {ADMIN_JWT}"
    for key in results:
        assert isinstance(key, iv.ApiKey)
        assert key.key == "sk_live_abcdef0123456789"
        assert key.scopes == ["jobs:read", "candidates:write"]


async def test_create_is_not_company_scoped(
    admin: iv.InstaView, aadmin: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [envelope(CREATED, 201), envelope(CREATED, 201)]
    args: dict[str, Any] = {"company_id": COMPANY_ID, "name": "ATS sync", "scopes": ["jobs:read"]}
    await both(
        lambda: admin.for_company("another").api_keys.create(**args),
        lambda: aadmin.for_company("another").api_keys.create(**args),
    )
    assert [dict(r.url.params) for r in recorder.requests] == [{}, {}]
    assert recorder.body() == {"companyId": COMPANY_ID, "name": "ATS sync", "scopes": ["jobs:read"]}


def test_create_requires_company_name_and_scopes(admin: iv.InstaView, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        admin.api_keys.create(name="ATS sync", scopes=["jobs:read"])  # type: ignore[call-arg]
    assert info.value.argument == "company_id"
    with pytest.raises(iv.NaiveDatetimeError):
        admin.api_keys.create(company_id=COMPANY_ID, name="x", scopes=[], expires_at=dt.datetime(2027, 1, 1))
    assert recorder.requests == []
