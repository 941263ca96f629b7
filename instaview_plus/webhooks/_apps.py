"""ASGI and WSGI apps over a ``Router``: the plain protocols, no web framework imported.

Both answer a POST on any path with ``router.handle``'s status and a one-line JSON body, 405 to any other
method and 413 to a body over ``MAX_BODY`` bytes; the raw body is read exactly as sent, never re-serialised.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._router import Router

__all__ = ["MAX_BODY", "ASGIApp", "WSGIApp", "asgi_app", "wsgi_app"]

MAX_BODY = 5 * 1024 * 1024
ASGIApp = Callable[
    [
        MutableMapping[str, Any],
        Callable[[], Awaitable[MutableMapping[str, Any]]],
        Callable[[Any], Awaitable[None]],
    ],
    Awaitable[None],
]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_REASONS = {
    200: ("OK", "handled"),
    400: ("Bad Request", "verification failed"),
    405: ("Method Not Allowed", "POST deliveries only"),
    409: ("Conflict", "this delivery is being handled by another worker; retry later"),
    413: ("Payload Too Large", "body too large"),
    500: ("Internal Server Error", "the handler failed; retry later"),
    503: ("Service Unavailable", "the dedupe store is unreachable; retry later"),
}


def _answer(status: int) -> tuple[str, bytes]:
    phrase, text = _REASONS.get(status, ("Unknown", ""))
    return phrase, json.dumps({"status": status, "result": text}).encode("utf-8")


class _ASGI:
    """The ASGI 3 app of a router (an object, so that Starlette's ``Route`` treats it as an app)."""

    def __init__(self, router: Router) -> None:
        self.router = router

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        status = 405
        if scope.get("method") == "POST":
            body = await _read(receive)
            if body is None:
                return  # the client went away
            if len(body) > MAX_BODY:
                status = 413
            else:
                headers: dict[str, str] = {}
                for raw_name, raw_value in scope.get("headers", []):
                    name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
                    headers[name] = f"{headers[name]},{value}" if name in headers else value
                status = await self.router.ahandle(body, headers)
        payload = _answer(status)[1]
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})


async def _read(receive: Callable[[], Awaitable[MutableMapping[str, Any]]]) -> bytes | None:
    """The whole request body (stopping past ``MAX_BODY``), or None when the client disconnected."""
    chunks: list[bytes] = []
    size, more = 0, True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        chunks.append(chunk)
        if size > MAX_BODY:
            break
        more = bool(message.get("more_body", False))
    return b"".join(chunks)


def asgi_app(router: Router) -> ASGIApp:
    """The ASGI 3 app of ``router`` (HTTP and lifespan scopes)."""
    return _ASGI(router)


def _wsgi_headers(environ: dict[str, Any]) -> dict[str, str]:
    headers = {k[5:].replace("_", "-").lower(): str(v) for k, v in environ.items() if k.startswith("HTTP_")}
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = str(environ[key])
    return headers


def wsgi_app(router: Router) -> WSGIApp:
    """The WSGI (PEP 3333) app of ``router``."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        status = 405
        if environ.get("REQUEST_METHOD") == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if length > MAX_BODY:
                status = 413
            else:
                stream = environ["wsgi.input"]
                body = stream.read(length) if length >= 0 else stream.read(MAX_BODY + 1)
                status = 413 if len(body) > MAX_BODY else router.handle(body, _wsgi_headers(environ))
        phrase, body = _answer(status)
        start_response(
            f"{status} {phrase}", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        )
        return [body]

    return app
