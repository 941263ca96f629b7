"""pytest plugin: every request the suite sends and every response the fake (or a mock) returns is checked
against ``openapi/instaview.yaml`` with openapi-core; a violation fails the test that caused it.

Hook points (patched for the duration of each test):

- ``FakeInstaView.handle``: every request reaching the embedded fake, in-process (``fake.http_client()``)
  or over ``fake.serve()``, and the fake's answer;
- ``httpx.MockTransport.handle_request`` / ``handle_async_request``: every request the SDK sends to a
  test's mock handler, and the canned answer the test gave it.

Violations are recorded (thread-safe: the loopback server answers on its own threads) and reported in the
fixture's teardown, naming the operation and the violation. A test that sends off-contract traffic on
purpose says so with ``@pytest.mark.contract_exempt("why", check="request" | "response" | "all")``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from instaview_plus.testing import FakeInstaView

from ._openapi import WireRequest, WireResponse, validate_exchange

__all__ = ["STATS", "openapi_contract"]

pytest_plugins = ["pytester"]  # tests/contract/test_openapi_hook.py runs the hook in an inner session

STATS = {"requests": 0, "responses": 0, "exempt_tests": 0}
_CHECKS = ("request", "response", "all")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        'contract_exempt(reason, check="all"): this test sends requests ("request"), returns mock responses '
        '("response"), or both ("all") that violate openapi/instaview.yaml on purpose; they are not checked',
    )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if STATS["requests"]:
        terminalreporter.write_line(
            f"openapi contract: {STATS['requests']} requests and {STATS['responses']} responses validated "
            f"against openapi/instaview.yaml ({STATS['exempt_tests']} tests exempt in part)"
        )


class _Recorder:
    def __init__(self, check_request: bool, check_response: bool) -> None:
        self.check_request = check_request
        self.check_response = check_response
        self.problems: list[str] = []
        self._lock = threading.Lock()

    def check(self, request: WireRequest, response: WireResponse | None) -> None:
        problems = validate_exchange(
            request, response, check_request=self.check_request, check_response=self.check_response
        )
        with self._lock:
            STATS["requests"] += self.check_request
            STATS["responses"] += self.check_response and response is not None
            self.problems.extend(problems)


def _from_httpx(request: httpx.Request) -> WireRequest:
    # the raw (still percent-encoded) path: an id holding "/" must not turn into two path segments
    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    return WireRequest(
        request.method, raw_path, request.url.params.multi_items(), request.headers, request.content
    )


def _httpx_response(response: httpx.Response) -> WireResponse:
    response.read()
    return WireResponse(response.status_code, response.headers, response.content)


def _exemption(item: pytest.Item) -> tuple[bool, bool]:
    marker = item.get_closest_marker("contract_exempt")
    if marker is None:
        return True, True
    if not marker.args or not str(marker.args[0]).strip():
        pytest.fail("contract_exempt needs a reason: @pytest.mark.contract_exempt('why', check=...)")
    check = marker.kwargs.get("check", "all")
    if check not in _CHECKS:
        pytest.fail(f"contract_exempt(check=...) must be one of {_CHECKS} (got {check!r})")
    return check == "response", check == "request"


@pytest.fixture(autouse=True)
def openapi_contract(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Validate this test's traffic against the spec; fail at teardown on any violation."""
    check_request, check_response = _exemption(request.node)
    if not (check_request and check_response):
        STATS["exempt_tests"] += 1
    recorder = _Recorder(check_request, check_response)

    original_handle = FakeInstaView.handle

    def handle(self: FakeInstaView, fake_request: Any) -> Any:
        response = original_handle(self, fake_request)
        wire = WireRequest(
            fake_request.method,
            fake_request.path,
            fake_request.query.items(),
            fake_request.headers,
            fake_request.body,
        )
        # a reset connection, or a request the fake holds to commit later (status 0), has no response to check
        answered = response.action != "reset" and response.status != 0
        recorder.check(
            wire, WireResponse(response.status, response.headers, response.body) if answered else None
        )
        return response

    original_sync = httpx.MockTransport.handle_request
    original_async = httpx.MockTransport.handle_async_request

    def handle_request(self: httpx.MockTransport, req: httpx.Request) -> httpx.Response:
        try:
            response = original_sync(self, req)
        except Exception:
            recorder.check(_from_httpx(req), None)
            raise
        recorder.check(_from_httpx(req), _httpx_response(response))
        return response

    async def handle_async_request(self: httpx.MockTransport, req: httpx.Request) -> httpx.Response:
        try:
            response = await original_async(self, req)
        except Exception:
            recorder.check(_from_httpx(req), None)
            raise
        await response.aread()
        recorder.check(_from_httpx(req), _httpx_response(response))
        return response

    monkeypatch.setattr(FakeInstaView, "handle", handle)
    monkeypatch.setattr(httpx.MockTransport, "handle_request", handle_request)
    monkeypatch.setattr(httpx.MockTransport, "handle_async_request", handle_async_request)
    yield
    if recorder.problems:
        shown = "\n".join(recorder.problems[:10])
        more = f"\n... and {len(recorder.problems) - 10} more" if len(recorder.problems) > 10 else ""
        pytest.fail(
            f"{len(recorder.problems)} OpenAPI contract violation(s) (openapi/instaview.yaml):\n{shown}{more}\n"
            "Fix the sender/the fake, or mark a deliberate one with @pytest.mark.contract_exempt('why', check=...)",
            pytrace=False,
        )
