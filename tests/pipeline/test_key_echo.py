"""A server that echoes the client's key (issue 20.3): the key never leaves through the server's words.

A gateway answers ``401 {"message": "Invalid API key sk_live_..."}`` or ``Authorization: Bearer sk_...``; the
key must not reach ``str``/``repr``/``message``/``body``/``details``/``response`` of any error class, a log
line, or the CLI's output. Every error status and every documented error shape is tried, the key plain and
JSON-escaped, sync and async.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus.cli import main

from .._support.hostile import Logs, leaks

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

KEY = "sk_live_echo_0123456789abcdefSECRETKEY"
ESCAPED = "".join(f"\\u{ord(c):04x}" for c in KEY)  # the key as JSON \u escapes: decoding reveals it


def _shapes(status: int) -> list[bytes]:
    """Every documented error shape, each quoting the key (plain, as a Bearer header, escaped, nested)."""
    said = f"Invalid API key {KEY}"
    bearer = f"Authorization: Bearer {KEY}"
    bodies: list[Any] = [
        {"success": False, "error": {"code": "INVALID_KEY", "message": said, "details": {"h": [bearer]}}},
        {"success": False, "data": None, "error": said, "timestamp": "t"},
        {"statusCode": status, "message": [said, {"deep": [bearer]}], "error": "Unauthorized"},
        {"statusCode": status, "message": f"{bearer}: rejected", "error": "Forbidden", "echo": {"k": KEY}},
        {"errorCode": "KEY_" + KEY, "errorMessage": said, "traceId": KEY},
        {"message": said, "retryAfter": 1},
    ]
    raw = [json.dumps(b).encode() for b in bodies]
    raw.append(f"<html>{bearer} is not valid</html>".encode())
    raw.append(('{"error": {"code": "X", "message": "key ' + ESCAPED + '"}}').encode())
    return raw


STATUSES = [400, 401, 402, 403, 404, 409, 418, 422, 429, 500, 502, 503, 520]
CASES = [(status, body) for status in STATUSES for body in _shapes(status)]


def _answer(status: int, body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {
            "content-type": "application/json",
            "www-authenticate": f"Bearer {KEY}",
            "x-request-id": KEY,
        }
        return httpx.Response(status, content=body, headers=headers)

    return answer


def _shown(error: BaseException) -> str:
    """Everything an error shows or keeps as text."""
    parts = [str(error), repr(error), repr(error.args), repr(vars(error))]
    response = getattr(error, "response", None)
    if response is not None:
        parts += [response.text, repr(dict(response.headers))]
    if error.__cause__ is not None:
        parts.append(str(error.__cause__))
    return "\n".join(parts)


def _raised(call: Callable[..., Any], *args: Any) -> iv.InstaViewError:
    with pytest.raises(iv.InstaViewError) as caught:
        call(*args)
    return caught.value


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_no_error_status_or_shape_shows_the_key(flavour: str, logs: Logs) -> None:
    classes: set[str] = set()
    for status, body in CASES:
        transport = httpx.MockTransport(_answer(status, body))
        if flavour == "sync":
            client = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=transport), max_retries=0)
            error = _raised(client.jobs.get, "job_1")
        else:
            aclient = iv.AsyncInstaView(
                api_key=KEY, http_client=httpx.AsyncClient(transport=transport), max_retries=0
            )
            error = _raised(lambda job_id: asyncio.run(aclient.jobs.get(job_id)), "job_1")  # noqa: B023
        classes.add(type(error).__name__)
        assert KEY not in _shown(error), (status, body[:60])
        assert f"Bearer {KEY[:12]}" not in _shown(error)
        assert not leaks(KEY, error)
    assert KEY not in "\n".join(logs.lines)
    assert len(classes) >= 10, classes  # every status class: 400 ... 429, generic 418, 5xx


def test_the_message_still_says_what_the_server_said() -> None:
    body = json.dumps({"statusCode": 401, "message": f"Invalid API key {KEY}", "error": "Unauthorized"})
    client = iv.InstaView(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(_answer(401, body.encode())))
    )
    error = _raised(lambda: client.jobs.get("job_1"))
    assert isinstance(error, iv.AuthenticationError)
    assert error.message.startswith("Invalid API key ApiKey('sk_live_")
    assert isinstance(error.body, dict) and KEY not in json.dumps(error.body)
    assert error.body["error"] == "Unauthorized"


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(lambda: httpx.Response(200, content=f"<p>Bearer {KEY}</p>".encode()), id="not-json"),
        pytest.param(lambda: httpx.Response(200, json={"success": True, "data": KEY}), id="wrong-shape"),
    ],
)
def test_an_unreadable_success_does_not_show_the_key(answer: Callable[[], httpx.Response]) -> None:
    transport = httpx.MockTransport(lambda request: answer())
    client = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=transport))
    error = _raised(lambda: client.jobs.delete("job_1"))
    assert isinstance(error, iv.APIResponseValidationError)
    assert KEY not in _shown(error)


def test_a_failed_sourcing_run_that_quotes_the_key_does_not_show_it() -> None:
    run = {
        "success": True,
        "requestId": "req_1",
        "status": "failed",
        "createdAt": "2026-05-04T09:00:00.000Z",
        "completedAt": "2026-05-04T09:01:00.000Z",
        "errorCode": "AGENT_ERROR",
        "errorMessage": f"upstream refused Bearer {KEY}",
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=run))
    client = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=transport), sleep=lambda _: None)
    error = _raised(lambda: client.sourcing.wait("req_1"))
    assert isinstance(error, iv.SourcingFailedError)
    assert KEY not in str(error) + repr(error) + repr(error.args) + str(error.error_message)


def test_a_connection_error_that_quotes_the_key_does_not_show_it() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(f"peer said: Bearer {KEY}", request=request)

    client = iv.InstaView(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(fail)), max_retries=0
    )
    error = _raised(lambda: client.jobs.get("job_1"))
    assert isinstance(error, iv.APIConnectionError) and KEY not in _shown(error)


@pytest.fixture
def echo_server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 that answers every request 401, quoting the Authorization header."""

    class Echo(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            said = f"Invalid API key {self.headers.get('Authorization', '').removeprefix('Bearer ')}"
            body = json.dumps({"statusCode": 401, "message": said, "seen": self.headers.get("Authorization")})
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_the_cli_output_does_not_show_the_key(
    echo_server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INSTAVIEW_API_KEY", KEY)
    monkeypatch.setenv("INSTAVIEW_BASE_URL", echo_server)
    for argv in (["jobs", "list"], ["jobs", "get", "job_1", "--json"]):
        status = main(argv)
        out, err = capsys.readouterr()
        assert status == 1 and "Invalid API key" in err
        assert KEY not in out + err, argv
    with pytest.raises(iv.AuthenticationError) as debug:  # --debug lets the error out: its text is clean
        main(["jobs", "list", "--debug"])
    assert KEY not in _shown(debug.value)
