"""Every public method against hostile answers (property-based): statuses 200-599, JSON and not, corrupt
gzip, truncated bodies, absurd ``Retry-After`` / ``X-RateLimit-*`` headers, wrong content types.

Only ``InstaViewError`` leaves (with the cause chained), and the key appears in no exception and no log
record of any logger, at DEBUG.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import instaview_plus as iv

from .._support.hostile import KEY, Logs, leaks, public_methods
from .._support.stats import count
from ..resources.test_path_ids import EXTRA, PLAIN

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

SETTINGS = settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
KEYS = ["data", "items", "pagination", "page", "hasNextPage", "error", "message", "statusCode", "retryAfter"]
shaped = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=5)
ODD_NUMBERS = [
    "soon",
    "120s",
    "1e999",
    "inf",
    "-inf",
    "nan",
    "-1",
    "",
    " ",
    "1" * 400,
    "Wed, 99 Foo 2026",
    "0x10",
]
header_values = st.one_of(
    st.sampled_from(ODD_NUMBERS), st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12)
)
RATE_HEADERS = [
    f"x-ratelimit-{kind}-{window}"
    for kind in ("limit", "remaining", "reset")
    for window in ("minute", "hour")
]
CONTENT_TYPES = ["application/json", "application/pdf", "text/html", "application/octet-stream", "", "json"]


class Truncated(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off after its first bytes (the connection dropped mid-body)."""

    def __init__(self, head: bytes) -> None:
        self.head = head

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> Any:
        yield self.head
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


@st.composite
def answers(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(["json", "envelope", "bytes", "huge_int", "deep", "gzip", "truncated", "empty"])
    )
    if kind == "json":
        body = json.dumps(draw(st.one_of(json_values, shaped))).encode()
    elif kind == "envelope":
        body = json.dumps(
            {"success": True, "data": draw(st.one_of(json_values, shaped)), "error": None, "timestamp": "t"}
        ).encode()
    elif kind == "bytes":
        body = draw(st.binary(max_size=40))
    elif kind == "huge_int":
        body = b'{"data": {"id": "x", "retryAfter": 1' + b"0" * draw(st.integers(4300, 6000)) + b"}}"
    elif kind == "deep":
        depth = draw(st.integers(2000, 50000))
        body = b'{"data":' + b"[" * depth + b"]" * depth + b"}"
    elif kind == "gzip":
        body = b"\x1f\x8b\x08\x00" + draw(st.binary(max_size=30))
    else:
        body = b'{"success": true, "data": {"id": "abc"' if kind == "truncated" else b""
    headers = {
        name: draw(header_values) for name in draw(st.lists(st.sampled_from(RATE_HEADERS), max_size=4))
    }
    if draw(st.booleans()):
        headers["retry-after"] = draw(header_values)
    headers["content-type"] = draw(st.sampled_from(CONTENT_TYPES))
    if kind == "gzip":
        headers["content-encoding"] = "gzip"
    return {
        "status": draw(st.integers(200, 599)),
        "headers": headers,
        "body": body,
        "truncated": kind == "truncated",
    }


class Server:
    def __init__(self) -> None:
        self.answer: dict[str, Any] = {"status": 200, "headers": {}, "body": b"{}", "truncated": False}
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        a = self.answer
        if a["truncated"]:
            return httpx.Response(a["status"], headers=a["headers"], stream=Truncated(a["body"]))
        return httpx.Response(a["status"], headers=a["headers"], content=a["body"])


UUID = "00000000-0000-4000-8000-000000000001"


def _drain(items: Any) -> Any:
    """Every item of an export iterator (a coroutine for the async one)."""
    if hasattr(items, "__anext__"):

        async def drain() -> list[Any]:
            return [item async for item in items]

        return drain()
    return list(items)


def _callers(client: Any) -> list[tuple[str, Any]]:
    """Each public method with the arguments that make it send a request (methods that need more are left)."""
    out = []
    for name, method, params in public_methods(client):
        if name.endswith((".wait", ".wait_enrichment", ".wait_preview")) or "workflows." in name:
            continue  # multi-request plans: covered by the fault matrix and the workflow tests
        kwargs = {**dict(zip(params, PLAIN, strict=False)), **EXTRA.get(method.__name__, {})}
        if name.startswith("bulk."):  # one row: the helper's lookups and create meet the hostile answer
            kwargs = {
                "rows": [{"first_name": "Ada", "last_name": "Byron", "email": "ada@example.com"}],
                "job_id": PLAIN[0],
            }
        if name == "bulk.schedule_interviews":
            kwargs = {"rows": [{"candidate_id": UUID}], "agent_id": UUID, "settle_window": 0}
        if name == "interviews.export":  # an iterator: drained, so its requests meet the hostile answers
            out.append((name, lambda m=method: _drain(m(since="2026-12-01"))))
            continue
        out.append((name, lambda m=method, k=kwargs: m(**k)))
    return out


def _record(error: BaseException | None, logs: Logs) -> None:
    untyped = int(error is not None and not isinstance(error, iv.InstaViewError))
    unchained = int(
        isinstance(error, iv.APIError)
        and not isinstance(error, iv.APIStatusError)
        and error.__cause__ is None
        and not isinstance(error, iv.APIResponseValidationError)
    )
    key_leaks = (leaks(KEY, error) if error is not None else 0) + sum(KEY in line for line in logs.lines)
    count("hostile answers (every method, sync+async)", untyped=untyped + unchained, key_leaks=key_leaks)
    assert not untyped and not unchained and not key_leaks, repr(error)


@pytest.fixture(scope="module")
def sync_client() -> Iterator[tuple[Server, list[tuple[str, Any]]]]:
    server = Server()
    client = iv.InstaView(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(server)), sleep=lambda s: None
    )
    callers = []
    for name, fn in _callers(client):  # keep those that send with plain arguments
        server.sent = 0
        with contextlib.suppress(iv.InstaViewError):
            fn()
        if server.sent:
            callers.append((name, fn))
    yield server, callers
    client.close()


@SETTINGS
@given(data=st.data(), answer=answers())
def test_sync_only_sdk_errors_leave_and_the_key_never_shows(
    sync_client: Any, logs: Logs, data: st.DataObject, answer: dict[str, Any]
) -> None:
    server, callers = sync_client
    _, fn = data.draw(st.sampled_from(callers))
    server.answer = answer
    logs.lines.clear()
    error: BaseException | None = None
    try:
        fn()
    except Exception as exc:
        error = exc
    _record(error, logs)


@settings(SETTINGS, max_examples=150)
@given(data=st.data(), answer=answers())
def test_async_only_sdk_errors_leave_and_the_key_never_shows(
    logs: Logs, data: st.DataObject, answer: dict[str, Any]
) -> None:
    server = Server()

    async def main() -> BaseException | None:
        async def no_sleep(_: float) -> None:
            return None

        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with iv.AsyncInstaView(api_key=KEY, http_client=http, sleep=no_sleep) as client:
            _, fn = data.draw(st.sampled_from(_callers(client)))
            server.answer = answer
            try:
                result = fn()
                if inspect.isawaitable(result):
                    await result
            except Exception as exc:
                return exc
            finally:
                await http.aclose()
        return None

    logs.lines.clear()
    _record(asyncio.run(main()), logs)


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "soon"},
        {"retry-after": "120s"},
        {"x-ratelimit-reset-minute": "inf", "x-ratelimit-remaining-minute": "0"},
        {"x-ratelimit-reset-minute": "1e999"},
        {"x-ratelimit-remaining-hour": "nan"},
    ],
)
def test_an_unreadable_header_never_fails_a_call_that_succeeded(headers: dict[str, str]) -> None:
    body = {"success": True, "data": True, "error": None, "timestamp": "t"}
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body, headers=headers))
    )
    with iv.InstaView(api_key=KEY, http_client=http, sleep=lambda s: None) as client:
        assert client.jobs.delete("job_1") is True
        assert client.jobs.delete("job_2") is True


def test_a_huge_retry_after_in_the_body_is_capped_not_an_overflow() -> None:
    answers_ = [
        httpx.Response(
            429, content=b'{"statusCode": 429, "message": "slow down", "retryAfter": 1' + b"0" * 400 + b"}"
        ),
        httpx.Response(200, json={"success": True, "data": True, "error": None, "timestamp": "t"}),
    ]
    pauses: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: answers_.pop(0)))
    with iv.InstaView(api_key=KEY, http_client=http, sleep=pauses.append) as client:
        assert client.jobs.delete("job_1") is True
    assert pauses == [iv.RetryPolicy().retry_after_cap]
