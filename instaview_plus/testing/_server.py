"""A loopback HTTP server over the same fake (``ThreadingHTTPServer``, 127.0.0.1, free port)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from ._control import PREFIX, handle_control
from ._shaping import FakeRequest

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["FakeServer"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = False


def _handler_for(fake: FakeInstaView, control: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body leave in separate writes: without TCP_NODELAY, Nagle's algorithm and the
        # client's delayed ACK stall every keep-alive response by ~40 ms
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            """Silence the default stderr logging."""

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if len(body) < length:  # the client went away mid-body (a killed worker): no request was made
                self.close_connection = True
                return
            url = urlsplit(self.path)
            request = FakeRequest(
                method=self.command,
                path=url.path,
                query=dict(parse_qsl(url.query, keep_blank_values=True)),
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            if control and request.path.startswith(PREFIX):
                response = handle_control(fake, request)  # takes the fake's lock itself
            else:
                if fake.faults.latency:
                    time.sleep(fake.faults.latency)
                response = fake.respond(request)
            if response.action is not None:  # reset / drop: close without answering
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if response.body and self.command != "HEAD":
                self.wfile.write(response.body)

        do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _serve

        def __getattr__(self, name: str) -> Any:
            """Any other method (HEAD, TRACE, QUERY, ...) reaches the router too, which answers a JSON
            404/405 as the API does, instead of http.server's HTML 501."""
            if name.startswith("do_"):
                return self._serve
            raise AttributeError(name)

    return Handler


class FakeServer:
    """Starts at once (raising if 127.0.0.1:``port`` cannot be bound) and serves until ``stop()``.

    ``control=True`` also answers the ``/_fake/*`` control routes (see ``_control``).
    """

    def __init__(self, fake: FakeInstaView, port: int = 0, *, control: bool = False) -> None:
        self._httpd = _Server(("127.0.0.1", port), _handler_for(fake, control))  # raises OSError on bind
        host, bound = self._httpd.server_address[:2]
        self.url = f"http://{host!s}:{bound}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name="instaview-fake-server",
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
