"""``RawResponse``: what ``client.<resource>.with_raw_response.<method>(...)`` returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["RawResponse"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The HTTP response of a call, for ``client.<resource>.with_raw_response.<method>(...)``.

    ``parse()`` gives what the plain method would have returned.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request or trace id, if it sent one."""
        value = self.http_response.headers.get("x-request-id")
        return str(value) if value is not None else None

    def parse(self) -> T:
        """The parsed result, as the plain method returns it."""
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        req = self.http_response.request
        return f"<RawResponse [{self.status_code}] {req.method} {req.url.path}>"
