"""A TCP proxy on 127.0.0.1 in front of ``fake.serve()`` that breaks chosen exchanges at the byte level.

One request per client connection (every response it forwards says ``Connection: close``). A fault is
armed for the next request matching a method and path prefix and fires once:

- ``reset_before``: the connection is reset before the request reaches the server (nothing committed);
- ``reset_after``: the server answered (committed); the client's connection is reset instead;
- ``delay``: the server answered; the proxy holds the answer until the client gives up (its timeout);
- ``truncated``: the status line, headers and half the body, then the connection closes;
- ``garbage``: a status line that is not HTTP, then the connection closes;
- ``gzip``: the answer, marked ``Content-Encoding: gzip`` with a body that is not gzip.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["FAULTS", "FaultProxy", "proxy"]

FAULTS = ("reset_before", "reset_after", "delay", "truncated", "garbage", "gzip")
_HOLD_CAP = 10.0  # a held answer waits for the client to hang up, at most this long


def _read_message(sock: socket.socket) -> tuple[bytes, bytes]:
    """(head, body) of one HTTP/1.1 message with a Content-Length (empty on EOF)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return b"", b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def _reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST
    sock.close()


def _with_header(head: bytes, name: bytes, value: bytes) -> bytes:
    lines = [
        line
        for line in head.split(b"\r\n")
        if line.split(b":", 1)[0].strip().lower() not in (name.lower(), b"connection")
    ]
    return b"\r\n".join([*lines, name + b": " + value, b"Connection: close"])


class FaultProxy:
    """The proxy; ``arm(fault, method, path)`` breaks the next matching exchange."""

    def __init__(self, upstream: str) -> None:
        host, _, port = upstream.removeprefix("http://").partition(":")
        self.upstream = (host, int(port.rstrip("/")))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._armed: list[tuple[str, str, str]] = []
        self.fired: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def arm(self, fault: str, method: str, path: str) -> None:
        assert fault in FAULTS
        with self._lock:
            self._armed.append((fault, method, path))

    def _take(self, head: bytes) -> str | None:
        method, path, *_ = [*head.split(b"\r\n", 1)[0].decode("latin-1").split(" "), "", ""]
        path = path.split("?", 1)[0]
        with self._lock:
            for i, (fault, m, p) in enumerate(self._armed):
                if m == method and path == p:
                    del self._armed[i]
                    self.fired.append((fault, method, path))
                    return fault
        return None

    def _accept(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            head, body = _read_message(client)
            if not head:
                client.close()
                return
            fault = self._take(head)
            if fault == "reset_before":
                _reset(client)
                return
            with socket.create_connection(self.upstream) as upstream:
                upstream.sendall(head + b"\r\n\r\n" + body)
                r_head, r_body = _read_message(upstream)
            if fault == "reset_after":
                _reset(client)
            elif fault == "delay":
                client.settimeout(_HOLD_CAP)
                try:
                    while client.recv(65536):  # until the client hangs up after its timeout
                        pass
                except OSError:
                    pass
                client.close()
            elif fault == "truncated":
                client.sendall(_with_header(r_head, b"X-Proxy", b"truncated") + b"\r\n\r\n")
                client.sendall(r_body[: len(r_body) // 2])
                client.close()
            elif fault == "garbage":
                client.sendall(b"HTTZ/1.1 two hundred\x00\r\n\r\n")
                client.close()
            elif fault == "gzip":
                junk = b"\x1f\x8b\x08\x00not-gzip" + r_body[:20]
                head2 = _with_header(r_head, b"Content-Encoding", b"gzip")
                head2 = _with_header(head2, b"Content-Length", str(len(junk)).encode())
                client.sendall(head2 + b"\r\n\r\n" + junk)
                client.close()
            else:
                client.sendall(_with_header(r_head, b"X-Proxy", b"pass") + b"\r\n\r\n" + r_body)
                client.close()
        except OSError:
            client.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=5)


@contextmanager
def proxy(upstream: str) -> Iterator[FaultProxy]:
    """A ``FaultProxy`` in front of ``upstream`` for the block."""
    p = FaultProxy(upstream)
    try:
        yield p
    finally:
        p.close()
