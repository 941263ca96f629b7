"""Start a throwaway ``redis-server`` on 127.0.0.1 (a free port, no persistence) and stop it by its pid.

Used by the Redis pacer tests and by ``nox -s scale``. ``require_redis_server()`` fails loudly when the binary
is missing on CI (``CI`` set) and skips elsewhere; ``nox -s scale`` and ``nox -s pytest-3.11`` install it first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

START_TIMEOUT = 10.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require_redis_server(what: str) -> None:
    """Skip the calling test when redis-server is missing, or fail it on CI, where ``what`` must run."""
    import pytest

    reason = missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{what} must run on CI: {reason}")
        pytest.skip(reason)


def missing_reason() -> str | None:
    """Why the Redis tests cannot run here, or ``None``."""
    if shutil.which("redis-server") is None:
        return "redis-server is not on PATH (apt-get install -y redis-server; nox -s scale installs it)"
    try:
        import redis  # noqa: F401
    except ImportError:
        return "redis-py is not installed (pip install 'instaview-plus[redis]')"
    return None


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextlib.contextmanager
def redis_server(port: int | None = None) -> Iterator[str]:
    """Run redis-server on 127.0.0.1 while the block runs; yields ``redis://127.0.0.1:<port>/0``."""
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="instaview-redis-") as tmp:
        proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                tmp,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while not _ping(port):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on 127.0.0.1:{port} (exit {proc.poll()})")
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, 9)
                proc.wait(timeout=10)
