"""Real processes for the webhook tests: the fake served in a thread, receivers as subprocesses (stopped by pid)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from instaview_plus.testing import FakeInstaView
from instaview_plus.testing._keys import FAKE_API_KEY

from ..redis_server import free_port

APP = Path(__file__).with_name("receiver_app.py")
ROOT = APP.parents[2]
START_TIMEOUT = 30.0


def _listening(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
        return True
    return False


@contextlib.contextmanager
def receiver(
    kind: str, *, secret: str, log: Path, fake_url: str, extra: tuple[str, ...] = (), port: int | None = None
) -> Iterator[str]:
    """Start ``receiver_app.py kind`` on ``port`` (default a free one); yields its base URL; stops it by pid."""
    port = port or free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    args = [sys.executable, str(APP), kind, "--port", str(port), "--secret", secret, "--log", str(log)]
    proc = subprocess.Popen(
        [*args, "--fake", fake_url, *extra], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _listening(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr and proc.poll() is not None else ""
                raise RuntimeError(f"the {kind} receiver did not start (exit {proc.poll()}): {err[-2000:]}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


class Served:
    """A ``FakeInstaView`` served on 127.0.0.1 (control routes on) and an API client for it."""

    def __init__(self, fake: FakeInstaView, url: str) -> None:
        self.fake, self.url = fake, url
        self.http = httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {FAKE_API_KEY}"}, timeout=30
        )

    def register(self, url: str, events: list[str] | None = None) -> dict[str, Any]:
        from instaview_spec.events import EVENTS

        body = {"url": url, "events": events or list(EVENTS)}
        answer = self.http.post("/webhooks", json=body)
        assert answer.status_code == 201, answer.text
        data: dict[str, Any] = answer.json()["data"]
        return data

    def trigger(self, event: str) -> dict[str, Any]:
        answer = self.http.post("/_fake/trigger", json={"event": event})
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def advance(self, seconds: float) -> None:
        assert self.http.post("/_fake/advance", json={"seconds": seconds}).status_code == 200
        assert self.fake.webhooks.http.wait_idle(30)

    def settle(self) -> None:
        assert self.fake.webhooks.http.wait_idle(30)

    def log(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = self.http.get("/_fake/state").json()["deliveryLog"]
        return entries


@contextlib.contextmanager
def served_fake() -> Iterator[Served]:
    fake = FakeInstaView(seed=23)
    with fake.serve(control=True) as url:
        served = Served(fake, url)
        try:
            yield served
        finally:
            served.http.close()


def runs(log: Path) -> list[dict[str, Any]]:
    """The handler runs a receiver recorded."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def duplicates(entries: list[dict[str, Any]]) -> int:
    """Successful handler runs beyond the first, per delivery."""
    counts = Counter(e["deliveryId"] for e in entries if e["ok"])
    return sum(n - 1 for n in counts.values() if n > 1)


class RoundRobin:
    """A TCP forwarder on 127.0.0.1 sending each new connection to the next backend (a load balancer)."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.turn = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            port = self.backends[self.turn % len(self.backends)]
            self.turn += 1
            upstream = socket.create_connection(("127.0.0.1", port))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._stop = True
        self.sock.close()
