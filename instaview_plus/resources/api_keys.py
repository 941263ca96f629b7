"""API keys: ``client.api_keys`` / ``aclient.api_keys``.

Creating a key needs an **admin token**, not an API key: build the client with ``api_key=<admin JWT>``. The
plaintext ``key`` of the result is returned only once; store it securely.

>>> admin = iv.InstaView(api_key=admin_jwt)  # an admin JWT, not an API key
>>> company = client.companies.list().items[0]
>>> created = admin.api_keys.create(company_id=company.id, name="ATS sync", scopes=["read:jobs"])
>>> created.key.startswith("sk_")
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from ._base import AsyncAPIResource, RawView, SyncAPIResource, araw, model, operation, raw

if TYPE_CHECKING:
    from instaview_plus._generated.client.models import ApiKey
    from instaview_plus._generated.spec.params import CreateApiKeyBody

    from .._pipeline.operation import Operation

__all__ = ["ApiKeys", "AsyncApiKeys"]

_CREATE: Operation[ApiKey] = operation("createApiKey", model("ApiKey"))


class ApiKeys(SyncAPIResource["ApiKeysWithRawResponse"]):
    """API key creation (the client must be built with ``api_key=<admin JWT>``)."""

    def create(self, **body: Unpack[CreateApiKeyBody]) -> ApiKey:
        """Create an API key for a company (admin token required); ``.key`` is shown only this once."""
        return self._call(_CREATE, body=body)


# twin: ApiKeys
class AsyncApiKeys(AsyncAPIResource["AsyncApiKeysWithRawResponse"]):
    """API key creation (async; the client must be built with ``api_key=<admin JWT>``)."""

    async def create(self, **body: Unpack[CreateApiKeyBody]) -> ApiKey:
        """Create an API key for a company (admin token required); ``.key`` is shown only this once."""
        return await self._call(_CREATE, body=body)


class ApiKeysWithRawResponse(RawView[ApiKeys]):
    """``client.api_keys.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = raw(ApiKeys.create)


# twin: ApiKeysWithRawResponse
class AsyncApiKeysWithRawResponse(RawView[AsyncApiKeys]):
    """``aclient.api_keys.with_raw_response``: the same methods, each returning a ``RawResponse``."""

    create: Final = araw(AsyncApiKeys.create)
