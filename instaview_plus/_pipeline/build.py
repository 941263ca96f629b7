"""The SDK's requests: the path with its ids (``request_path``), and ``httpx.Client.build_request`` without
its per-call merging cost (``RequestBuilder``).

``build_request`` merges the client's headers with the SDK's on every call (copy, then per header a scan,
and a pop for each one the client already has: ``Accept``, ``User-Agent``) and turns the timeout into a
``Timeout`` then a dict. ``RequestBuilder`` keeps the merged headers for as long as the client's headers are
unchanged (compared by value on every call, so ``http.headers[...] = ...`` is seen) and the timeout dict, and
hands them to ``httpx.Request`` itself, with the query string appended so the URL is parsed once (not parsed,
then parsed again with its query): the same request, field for field. Whatever the fast path does not
reproduce (client cookies, client query params, a relative URL, a URL with a query) goes through
``build_request`` as before, and so does any call the fast path fails on, so errors are raised as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from .wire import check_path_id

__all__ = ["RequestBuilder", "request_path"]

_MAX_FAST_URL = 8192
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch  # what ``quote(..., safe="")`` never changes


def request_path(template: str, params: Mapping[str, str]) -> str:
    """The path with each id percent-encoded into its own segment (``/``, ``?``, ``#``, ``%`` included)."""
    out = template
    for name, value in params.items():
        check_path_id(value, name)
        encoded = value if _UNRESERVED(value) else quote(value, safe="")  # ``quote`` keeps these as they are
        out = out.replace("{" + name + "}", encoded)
    return out


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
        try:
            request = self._fast(http, method, url, params, json)
        except (TypeError, ValueError, httpx.InvalidURL):
            request = None  # build_request raises it again below, in its own order of checks
        if request is not None:
            return request
        return http.build_request(
            method, url, params=params, json=json, headers=self._given, timeout=self._timeout
        )

    def _fast(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, params: Any, json: Any
    ) -> httpx.Request | None:
        """The request, or ``None`` where only ``build_request`` knows how to merge (client cookies or
        params, a relative URL, a URL that has a query already)."""
        if http.cookies or http.params:
            return None
        if params:
            # the query as Request(url, params=...) would set it, parsed with the URL in one pass (not two)
            if "?" in url or "#" in url:
                return None
            query = str(httpx.QueryParams(params))
            # an empty query ({"status": []}) is "?" on httpx 0.28 and nothing on 0.27: left to build_request;
            # a long URL is kept far below httpx's length limits, whose errors differ by component
            if not query or len(url) + len(query) >= _MAX_FAST_URL:
                return None
            url = url + "?" + query
        target = httpx.URL(url)
        if target.is_relative_url:  # joined to the client's base_url by build_request
            return None
        ours = self._headers
        if ours is None:
            ours = self._headers = httpx.Headers(self._given)
        client_headers = http.headers.raw
        merged = self._merged
        if merged is None or merged[0] != client_headers:
            headers = httpx.Headers(http.headers)
            headers.update(ours)
            merged = self._merged = (client_headers, headers)
        return httpx.Request(
            method,
            target,
            headers=merged[1],  # copied by Request
            json=json,
            extensions={"timeout": dict(self._timeout_dict)},
        )
