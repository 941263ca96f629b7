"""Contract: every operation of openapi/instaview.yaml, called through the SDK, against Prism.

Prism (`@stoplight/prism-cli`, pinned in package.json) is a mock server nobody here wrote: it validates each
request against the spec and answers with the spec's examples. ``nox -s contract`` installs it with
``npm ci``, starts it on 127.0.0.1 with ``--errors`` and passes its URL in ``PRISM_MOCK_URL``; this module
is then run and can only pass or fail. A request Prism finds invalid comes back as 4xx with an
``sl-violations`` header and fails the call, and so does a response Prism finds invalid (5xx with
``--errors``). Without ``PRISM_MOCK_URL`` (a plain ``pytest`` run) the module is skipped with that reason;
the ``pytest`` nox sessions do not collect it at all.
"""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml

import instaview_plus as iv

from .prism_calls import ADMIN_TOKEN, CALLS, COMPANY, INTERVIEW, KEY, NO_CONTENT, PRISM_HEADERS

BASE_URL = os.environ.get("PRISM_MOCK_URL", "")
if not BASE_URL:
    pytest.skip(
        "PRISM_MOCK_URL is not set: the Prism contract test runs in `nox -s contract`",
        allow_module_level=True,
    )

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "post", "put", "patch", "delete")


def _spec_operations() -> dict[str, tuple[str, re.Pattern[str]]]:
    """operationId -> (HTTP method, a regex of its path template)."""
    table = {}
    for path, item in SPEC["paths"].items():
        regex = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in METHODS:
            if method in item:
                table[item[method]["operationId"]] = (method.upper(), regex)
    return table


OPERATIONS = _spec_operations()


def operation_of(request: httpx.Request) -> str:
    """The spec operation a request on the wire matches (exactly one, or the test fails)."""
    found = [
        op
        for op, (method, regex) in OPERATIONS.items()
        if method == request.method and regex.match(request.url.path)
    ]
    assert len(found) == 1, f"{request.method} {request.url.path} matches {found or 'no operation'}"
    return found[0]


class Exchanges:
    """Every request the SDK sent and the response Prism gave (httpx event hooks)."""

    def __init__(self) -> None:
        self.seen: list[tuple[httpx.Request, httpx.Response]] = []

    def record(self, response: httpx.Response) -> None:
        self.seen.append((response.request, response))

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)


@pytest.fixture(scope="module")
def exchanges() -> Exchanges:
    return Exchanges()


def _options(kind: str) -> dict[str, Any]:
    # An ATS partner's client: every company-scoped request carries ?companyId=..., which Prism validates.
    common: dict[str, Any] = {"base_url": BASE_URL, "max_retries": 0, "timeout": 10.0}
    if kind == "admin":
        return {**common, "api_key": ADMIN_TOKEN}
    return {**common, "api_key": KEY, "company_id": COMPANY}


@pytest.fixture(scope="module")
def clients(exchanges: Exchanges) -> Iterator[dict[str, iv.InstaView]]:
    hooks = {"response": [exchanges.record]}
    made = {
        kind: iv.InstaView(**_options(kind), http_client=httpx.Client(event_hooks=hooks))
        for kind in ("key", "admin")
    }
    yield made
    for client in made.values():
        client._http.close()


def _check(result: Any, op: str, before: int, exchanges: Exchanges) -> None:
    """The call sent exactly one request, for ``op``, that Prism accepted; the SDK parsed the answer."""
    new = exchanges.seen[before:]
    assert len(new) == 1, f"{op}: expected one request, saw {[(r.method, r.url.path) for r, _ in new]}"
    request, response = new[0]
    assert operation_of(request) == op
    assert "sl-violations" not in response.headers, f"{op}: Prism: {response.headers['sl-violations']}"
    assert 200 <= response.status_code < 300, f"{op}: HTTP {response.status_code}"
    if op in NO_CONTENT:
        assert result is None and response.status_code == 204
        return
    assert result is not None
    items = getattr(result, "items", None)
    if isinstance(items, list):  # a page: every item is a parsed model, never a raw dict
        assert all(not isinstance(item, dict) for item in items)
    elif not isinstance(result, bool | bytes):
        assert attrs.has(type(result)), f"{op}: not a parsed model: {result!r}"


@pytest.mark.parametrize("op", sorted(CALLS))
def test_sync_call_is_valid_for_prism(
    op: str, clients: dict[str, iv.InstaView], exchanges: Exchanges
) -> None:
    kind, call = CALLS[op]
    before = len(exchanges.seen)
    _check(call(clients[kind].with_options(default_headers=PRISM_HEADERS.get(op, {}))), op, before, exchanges)


@pytest.mark.parametrize("op", sorted(CALLS))
async def test_async_call_is_valid_for_prism(op: str, exchanges: Exchanges) -> None:
    kind, call = CALLS[op]
    http = httpx.AsyncClient(event_hooks={"response": [exchanges.arecord]})
    async with iv.AsyncInstaView(**_options(kind), http_client=http) as client:
        before = len(exchanges.seen)
        result = call(client.with_options(default_headers=PRISM_HEADERS.get(op, {})))
        _check(await result if inspect.isawaitable(result) else result, op, before, exchanges)
    await http.aclose()


def test_every_spec_operation_has_a_contract_call() -> None:
    assert set(CALLS) == set(OPERATIONS)


def test_an_invalid_request_fails_the_call() -> None:
    """The check above can fail: a request Prism finds invalid raises, and carries the violation header."""
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    # The layer checks only that a path id is non-empty; Prism checks its format too.
    with (
        iv.InstaView(base_url=BASE_URL, api_key=KEY, max_retries=0, http_client=http) as client,
        pytest.raises(iv.BadRequestError),
    ):
        client.jobs.get("not-a-uuid")
    http.close()
    assert "uuid" in seen[-1].headers["sl-violations"]


def test_the_cut_off_pdf_example_is_refused() -> None:
    """Prism's default answer for the PDF is the documented, cut-off example: the SDK must not decode it."""
    with (
        iv.InstaView(base_url=BASE_URL, api_key=KEY, max_retries=0) as client,
        pytest.raises(iv.APIResponseValidationError, match="base64"),
    ):
        client.interviews.analysis_pdf(INTERVIEW)
