"""``httpx.Client.build_request`` for the SDK's requests, without its per-call merging cost.

``build_request`` merges the client's headers with the SDK's on every call (copy, then per header a scan,
and a pop for each one the client already has: ``Accept``, ``User-Agent``) and turns the timeout into a
``Timeout`` then a dict. ``RequestBuilder`` keeps the merged headers for as long as the client's headers are
unchanged (compared by value on every call, so ``http.headers[...] = ...`` is seen) and the timeout dict, and
hands them to ``httpx.Request`` itself: the same request, field for field. Whatever the fast path does not
reproduce (client cookies, client query params, a relative URL) goes through ``build_request`` as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

__all__ = ["RequestBuilder"]


class RequestBuilder:
    """Builds the requests of one set of SDK headers and one timeout (one per pipeline and ``Accept``)."""

    __slots__ = ("_given", "_headers", "_merged", "_timeout", "_timeout_dict")

    def __init__(self, headers: Mapping[str, str], timeout: float | httpx.Timeout) -> None:
        self._given = headers
        # encoded on the first request, as build_request would: a value httpx cannot encode fails that call
        self._headers: httpx.Headers | None = None
        self._timeout = timeout
        self._timeout_dict = httpx.Timeout(timeout).as_dict()
        # (the client's headers as last seen, the SDK's headers merged over them)
        self._merged: tuple[list[tuple[bytes, bytes]], httpx.Headers] | None = None

    def build(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, params: Any, json: Any
    ) -> httpx.Request:
        """``http.build_request(method, url, params=params, json=json, headers=..., timeout=...)``."""
        target = httpx.URL(url)  # first, as in build_request (the same error for a bad URL)
        ours = self._headers
        if ours is None:
            ours = self._headers = httpx.Headers(self._given)
        if http.cookies or http.params or target.is_relative_url:  # merged by build_request
            return http.build_request(
                method, url, params=params, json=json, headers=ours, timeout=self._timeout
            )
        client_headers = http.headers.raw
        merged = self._merged
        if merged is None or merged[0] != client_headers:
            headers = httpx.Headers(http.headers)
            headers.update(ours)
            merged = self._merged = (client_headers, headers)
        return httpx.Request(
            method,
            target,
            params=params,
            headers=merged[1],  # copied by Request
            json=json,
            extensions={"timeout": dict(self._timeout_dict)},
        )
