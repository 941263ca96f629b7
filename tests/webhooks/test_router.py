"""Router: statuses, once per delivery, spellings, fallback, sync/async handlers, ASGI/WSGI apps in-process."""

from __future__ import annotations

import asyncio
import io
import json
import threading
import time
import uuid
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.testing import sign

SECRET = "s" * 64


def delivery(event: Any = "interview.completed", **data: Any) -> tuple[bytes, dict[str, str], str]:
    delivery_id = str(uuid.uuid4())
    payload = {
        "event": event,
        "timestamp": "2026-12-07T10:00:00.000Z",
        "deliveryId": delivery_id,
        "data": {"interviewId": "int_1", "status": "COMPLETED", **data},
    }
    body = json.dumps(payload, separators=(",", ":")).encode()  # compact, as InstaView (the fake) sends it
    headers = sign(SECRET, body, timestamp=int(time.time()), event=str(event), delivery_id=delivery_id)
    return body, headers, delivery_id


def test_handled_once_then_answered_without_running() -> None:
    router = iv.webhooks.Router(SECRET)
    seen: list[str] = []

    @router.on("interview.completed")
    def done(event: iv.webhooks.InterviewEvent) -> None:
        seen.append(event.data.interview_id)  # type: ignore[arg-type]

    body, headers, _ = delivery()
    assert router.handle(body, headers) == 200
    assert router.handle(body, headers) == 200
    assert seen == ["int_1"]


def test_a_raising_handler_answers_500_and_the_redelivery_runs_it_again() -> None:
    router = iv.webhooks.Router(SECRET)
    calls: list[int] = []

    @router.on("INTERVIEW_COMPLETED")
    def flaky(event: iv.webhooks.WebhookEvent) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database down")

    body, headers, _ = delivery()
    assert router.handle(body, headers) == 500
    assert router.handle(body, headers) == 200
    assert router.handle(body, headers) == 200
    assert len(calls) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda b: b.replace(b"int_1", b"int_2"),
        lambda b: json.dumps(json.loads(b), indent=2).encode(),  # re-serialised by a framework
        lambda b: b + b" ",
    ],
    ids=["tampered", "reserialised", "trailing-space"],
)
def test_a_changed_body_is_400_and_no_handler_runs(change: Any) -> None:
    router = iv.webhooks.Router(SECRET)
    ran: list[Any] = []
    router.on("interview.completed")(ran.append)
    router.fallback(ran.append)
    body, headers, _ = delivery()
    assert router.handle(change(body), headers) == 400
    assert router.handle(body, {**headers, "X-InstaView-Signature": "t=1,v1=00"}) == 400
    assert ran == []


def test_stale_and_fresh_against_a_callable_now() -> None:
    clock = [time.time() + 3600]
    router = iv.webhooks.Router(SECRET, now=lambda: clock[0])
    body, headers, _ = delivery()
    assert router.handle(body, headers) == 400  # an hour old by that clock
    clock[0] = time.time()
    assert router.handle(body, headers) == 200


def test_every_spelling_routes_and_unknown_types_reach_the_fallback() -> None:
    router = iv.webhooks.Router(SECRET)
    got: list[tuple[str, str]] = []
    router.on("interview.failed", 5, "ANALYSIS_COMPLETED")(lambda e: got.append(("on", e.type)))
    router.fallback(lambda e: got.append(("fallback", e.type)))
    for event in ("INTERVIEW_FAILED", "interview.started", "analysis.completed", "interview.rescheduled", 3):
        body, headers, _ = delivery(event)
        assert router.handle(body, headers) == 200
    assert got == [
        ("on", "INTERVIEW_FAILED"),
        ("on", "INTERVIEW_STARTED"),
        ("on", "ANALYSIS_COMPLETED"),
        ("fallback", "INTERVIEW_RESCHEDULED"),
        ("fallback", "INTERVIEW_COMPLETED"),
    ]


def test_no_handler_and_no_fallback_acknowledges() -> None:
    body, headers, _ = delivery()
    assert iv.webhooks.Router(SECRET).handle(body, headers) == 200


def test_bad_arguments_are_refused_naming_them() -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        iv.webhooks.Router(SECRET).on("interview.complete")
    assert info.value.argument == "events"
    with pytest.raises(iv.InvalidRequestError) as info:
        iv.webhooks.Router("")
    assert info.value.argument == "secret"
    with pytest.raises(iv.InvalidRequestError) as info:
        iv.webhooks.Router(SECRET, dedupe="http://localhost")
    assert info.value.argument == "dedupe"
    with pytest.raises(iv.InvalidRequestError) as info:
        iv.webhooks.Router(SECRET, tolerance=3600, dedupe=iv.webhooks.MemoryDedupe(retention=60))
    assert info.value.argument == "dedupe"


def test_rotating_secrets() -> None:
    router = iv.webhooks.Router(["old" * 10, SECRET])
    body, headers, _ = delivery()
    assert router.handle(body, headers) == 200


def test_a_concurrent_copy_answers_409_while_the_first_runs() -> None:
    router = iv.webhooks.Router(SECRET)
    started, release = threading.Event(), threading.Event()
    runs: list[int] = []

    @router.on("interview.completed")
    def slow(event: Any) -> None:
        runs.append(1)
        started.set()
        release.wait(5)

    body, headers, _ = delivery()
    first: list[int] = []
    thread = threading.Thread(target=lambda: first.append(router.handle(body, headers)))
    thread.start()
    assert started.wait(5)
    assert router.handle(body, headers) == 409
    release.set()
    thread.join()
    assert first == [200]
    assert router.handle(body, headers) == 200
    assert runs == [1]


def test_async_handlers_and_ahandle() -> None:
    router = iv.webhooks.Router(SECRET)
    got: list[str] = []

    @router.on("interview.completed")
    async def done(event: iv.webhooks.InterviewEvent) -> None:
        await asyncio.sleep(0)
        got.append("async")

    @router.fallback
    def other(event: iv.webhooks.WebhookEvent) -> None:
        got.append("sync")

    body, headers, _ = delivery()
    assert router.handle(body, headers) == 200  # sync entry point, async handler
    body2, headers2, _ = delivery()
    body3, headers3, _ = delivery("interview.rescheduled")
    assert asyncio.run(router.ahandle(body2, headers2)) == 200
    assert asyncio.run(router.ahandle(body3, headers3)) == 200
    assert asyncio.run(router.ahandle(body3, headers3)) == 200
    assert got == ["async", "async", "sync"]


def _asgi(app: Any, method: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []
    chunks = [body[:10], body[10:]]

    async def receive() -> dict[str, Any]:
        chunk = chunks.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": "/anything",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], sent[1]["body"]


def _wsgi(app: Any, method: str, body: bytes, headers: dict[str, str]) -> int:
    environ = {
        "REQUEST_METHOD": method,
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/json",
        "wsgi.input": io.BytesIO(body),
        **{"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()},
    }
    status: list[str] = []
    b"".join(app(environ, lambda s, h: status.append(s)))
    return int(status[0].split()[0])


def test_the_asgi_and_wsgi_apps_verify_the_raw_body() -> None:
    router = iv.webhooks.Router(SECRET)
    ran: list[str] = []
    router.fallback(lambda e: ran.append(e.delivery_id))
    asgi, wsgi = router.asgi(), router.wsgi()
    body, headers, first = delivery()
    assert _asgi(asgi, "POST", body, headers)[0] == 200
    assert _asgi(asgi, "POST", body.replace(b"int_1", b"int_9"), headers)[0] == 400
    assert _asgi(asgi, "GET", b"", {})[0] == 405
    body2, headers2, second = delivery()
    assert _wsgi(wsgi, "POST", body2, headers2) == 200
    assert _wsgi(wsgi, "POST", body2, headers2) == 200
    assert _wsgi(wsgi, "POST", body2 + b"\n", headers2) == 400
    assert _wsgi(wsgi, "PUT", b"", {}) == 405
    assert ran == [first, second]


def test_importing_the_sdk_or_the_receiver_imports_no_framework() -> None:
    import subprocess
    import sys

    code = (
        "import sys, instaview_plus as iv; r = iv.webhooks.Router('x'); r.asgi(); r.wsgi();"
        "print(sorted(m for m in ('starlette', 'fastapi', 'flask', 'django', 'werkzeug', 'uvicorn', 'redis')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_unreachable_dedupe_store_answers_503_and_runs_nothing() -> None:
    class Down(iv.webhooks.MemoryDedupe):
        def claim(self, delivery_id: str) -> tuple[iv.webhooks.ClaimState, str]:
            raise ConnectionError("redis://:hunter2@cache:6379 unreachable")

    router = iv.webhooks.Router(SECRET, dedupe=Down())
    ran: list[Any] = []
    router.fallback(ran.append)
    body, headers, _ = delivery()
    assert router.handle(body, headers) == 503
    assert asyncio.run(router.ahandle(body, headers)) == 503
    assert ran == []
