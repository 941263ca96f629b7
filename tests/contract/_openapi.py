"""openapi-core validation of the wire traffic the test suite produces, against ``openapi/instaview.yaml``.

Two adapters turn what tests see into openapi-core's request/response protocols: ``httpx`` requests and
responses (``httpx.MockTransport``), and the fake's own ``FakeRequest``/``FakeResponse`` (in-process transport
and loopback server alike). The spec's single server is ``https://api.instaview.sk`` with no base path, and
every client in the suite uses a base URL without a path, so requests are matched by path alone: the host a
test happened to use (``127.0.0.1:<port>``, ``api.instaview.sk``, a MockTransport's) is replaced by the
spec's server URL.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

__all__ = ["SPEC_PATH", "WireRequest", "WireResponse", "describe", "operation_id", "validate_exchange"]

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "instaview.yaml"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def _spec_dict() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: ~10x faster
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.load(fh, Loader=loader)  # a safe loader
    return loaded


@functools.cache
def openapi() -> OpenAPI:
    """The spec, loaded and checked once per process."""
    return OpenAPI.from_dict(_spec_dict())


@functools.cache
def server_url() -> str:
    """The spec's (single) server URL, without a trailing slash."""
    return str(_spec_dict()["servers"][0]["url"]).rstrip("/")


@functools.cache
def _operation_table() -> list[tuple[str, re.Pattern[str], str, str]]:
    """(method, path regex, path template, operationId), literal paths before templated ones."""
    rows = []
    for template, item in _spec_dict()["paths"].items():
        regex = re.compile("^" + re.sub(r"\{[^/}]+\}", "[^/]+", template) + "$")
        for method, op in item.items():
            if method in _METHODS:
                rows.append((method.upper(), regex, template, str(op["operationId"])))
    rows.sort(key=lambda row: row[2].count("{"))
    return rows


def operation_id(method: str, path: str) -> str | None:
    """The operationId for ``method path``, or None when the spec has no such operation."""
    for op_method, regex, _template, op_id in _operation_table():
        if op_method == method.upper() and regex.match(path):
            return op_id
    return None


class WireRequest:
    """openapi-core's ``Request`` protocol over plain wire data (method, path, query pairs, headers, body)."""

    def __init__(
        self,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        self._method = method
        self._path = path
        self._headers = Headers(list(headers.items()))
        self._body = body
        self.parameters = RequestParameters(query=ImmutableMultiDict(list(query)), header=self._headers)

    @property
    def host_url(self) -> str:
        return server_url()

    @property
    def path(self) -> str:
        return self._path

    @property
    def method(self) -> str:
        return self._method.lower()

    @property
    def body(self) -> bytes | None:
        return self._body or None

    @property
    def content_type(self) -> str:
        return str(self._headers.get("Content-Type", "")).lower()


class WireResponse:
    """openapi-core's ``Response`` protocol over a status, headers and body."""

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self._status = status
        self._headers = Headers(list(headers.items()))
        self._body = body

    @property
    def status_code(self) -> int:
        return self._status

    @property
    def headers(self) -> Headers:
        return self._headers

    @property
    def content_type(self) -> str:
        return str(self._headers.get("Content-Type", "")).lower()

    @property
    def data(self) -> bytes | None:
        return self._body or None


def describe(exc: BaseException) -> str:
    """One line for an openapi-core error, with the JSON-schema errors behind it (path, message)."""
    parts = [f"{type(exc).__name__}: {exc}"]
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        for err in getattr(cause, "schema_errors", None) or []:
            if isinstance(err, jsonschema.ValidationError):
                err = jsonschema.exceptions.best_match(
                    [err]
                )  # the deepest branch of an anyOf, not its summary
            where = "/".join(str(p) for p in getattr(err, "absolute_path", [])) or "<root>"
            parts.append(f"  at {where}: {getattr(err, 'message', err)}"[:400])
        cause = cause.__cause__ or cause.__context__
    if len(parts) > 1:
        parts[0] = parts[0].split(" not valid for schema")[0][:160]
    return "\n".join(parts)


def _excerpt(body: bytes) -> str:
    if not body:
        return "<empty>"
    try:
        text = json.dumps(json.loads(body), ensure_ascii=False)
    except ValueError:
        text = repr(body[:120])
    return text if len(text) <= 300 else text[:300] + "..."


def validate_exchange(
    request: WireRequest, response: WireResponse | None, *, check_request: bool, check_response: bool
) -> list[str]:
    """Every violation of ``request`` (and of ``response``, when given) as readable lines."""
    app = openapi()
    op = operation_id(request.method, request.path) or "<no operation>"
    where = f"{op} ({request.method.upper()} {request.path})"
    problems: list[str] = []
    if check_request:
        problems += [f"request of {where}: {describe(err)}" for err in app.iter_request_errors(request)]
    # a request that matches no operation is reported above; its response has nothing to be checked against
    if check_response and response is not None and op != "<no operation>":
        problems += [
            f"response {response.status_code} of {where}: {describe(err)}; body {_excerpt(response.data or b'')}"
            for err in app.iter_response_errors(request, response)
        ]
    return problems
