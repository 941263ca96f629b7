"""Real HTTP deliveries from the fake: signed POSTs to loopback webhook URLs, retried in the fake's time.

Each delivery is POSTed by one background thread (never while the fake's lock is held, so a receiver may call
the fake back). The behaviour, written down because InstaView leaves it open:

- Only loopback URLs (``localhost``, ``127.0.0.0/8``, ``::1``) are POSTed to; a delivery for any other URL is
  logged as ``not_sent`` (the webhook's counters do not move).
- Any 2xx acknowledges. Anything else (another status, a refused or dropped connection, no answer within the
  webhook's ``timeoutMs``) is a failure: ``consecutiveFailures`` grows and the delivery is tried again, up to
  ``maxRetries`` more times, after ``BACKOFF[n]`` seconds of the fake's time (the clock moves with the wall
  clock, or ``POST /_fake/advance``). Every attempt is signed afresh (same body, same ``deliveryId``).
- ``failure_threshold`` (5) consecutive failed attempts open the circuit: ``circuitOpenedAt`` is set,
  ``isActive`` false, retries still pending for that webhook are cancelled and no new event is sent to it
  until ``POST /webhooks/{id}/reset-circuit``.
- ``log`` keeps every attempt (``GET /_fake/state`` shows it under ``deliveryLog``).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._fake_clock import iso
from ._signing import sign

if TYPE_CHECKING:
    from ._fake import FakeInstaView
    from ._records import Webhook

__all__ = ["BACKOFF", "HttpDeliverer", "is_loopback", "signed_headers"]

BACKOFF = (30.0, 120.0, 600.0, 1800.0)
"""Seconds (fake time) before retry 1, 2, 3, ... (the last repeats)."""


def is_loopback(url: object) -> bool:
    """Whether ``url``'s host is this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    if not isinstance(url, str):
        return False
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def signed_headers(hook: Webhook, body: bytes, now: datetime, event: str, delivery_id: str) -> dict[str, str]:
    """The webhook's custom headers plus the signature headers of ``body`` signed at ``now``."""
    headers = {h["name"]: h["value"] for h in hook.headers}
    headers.update(
        sign(hook.signing_secret, body, timestamp=int(now.timestamp()), event=event, delivery_id=delivery_id)
    )
    return headers


class _Job:
    __slots__ = ("attempt", "body", "delivery_id", "due", "entry", "event", "webhook_id")

    def __init__(self, webhook_id: str, delivery_id: str, event: str, body: bytes, due: datetime) -> None:
        self.webhook_id, self.delivery_id, self.event, self.body, self.due = (
            webhook_id,
            delivery_id,
            event,
            body,
            due,
        )
        self.attempt = 1
        self.entry: dict[str, Any] = {}


class HttpDeliverer:
    """The fake's HTTP sender: ``submit`` queues a delivery; a daemon thread sends what is due."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        self.log: list[dict[str, Any]] = []
        self.drop_responses: int = 0  # the next N POSTs: the request is sent, the answer never read
        self._jobs: list[_Job] = []
        self._busy = 0
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def failure_threshold(self) -> int:
        """Consecutive failed attempts that open a webhook's circuit (the engine's setting)."""
        return self.fake.webhooks.failure_threshold

    def manages(self, hook: Webhook) -> bool:
        """Whether deliveries to ``hook`` go over HTTP (its URL is loopback)."""
        return is_loopback(hook.url)

    def submit(self, hook: Webhook, delivery_id: str, event: str, body: bytes) -> None:
        """Queue ``body`` for ``hook`` now, or log it as not sent (a URL that is not loopback)."""
        now = self.fake.clock.now()
        if not self.manages(hook):
            self.log.append(
                {
                    "deliveryId": delivery_id,
                    "webhookId": hook.id,
                    "url": hook.url,
                    "event": event,
                    "attempt": 1,
                    "status": "not_sent",
                    "reason": "only loopback URLs are POSTed to by the fake",
                    "at": iso(now, ms=True),
                }
            )
            return
        with self._cond:
            self._jobs.append(_Job(hook.id, delivery_id, event, body, now))
            self._start()
            self._cond.notify_all()

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, daemon=True, name="instaview-fake-deliveries")
            self._thread.start()

    def reset(self) -> None:
        """Forget the log and every pending retry."""
        with self._cond:
            self._jobs.clear()
            self.log.clear()
            self.drop_responses = 0

    def pending(self) -> list[dict[str, Any]]:
        """Deliveries waiting for a retry: ``{deliveryId, webhookId, attempt, dueAt}``."""
        with self._cond:
            return [
                {
                    "deliveryId": j.delivery_id,
                    "webhookId": j.webhook_id,
                    "attempt": j.attempt,
                    "dueAt": iso(j.due),
                }
                for j in self._jobs
            ]

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until nothing is due now or in flight (retries due later do not count); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._busy or any(j.due <= self.fake.clock.now() for j in self._jobs):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    def send_now(self, hook: Webhook, delivery_id: str, event: str, body: bytes) -> tuple[int | None, str]:
        """POST once, now, in the caller's thread (the test ping); logged and counted, never retried.

        The caller holds the fake's lock: a receiver that calls the fake back before answering the ping
        waits until ``timeoutMs``.
        """
        now = self.fake.clock.now()
        headers = signed_headers(hook, body, now, event, delivery_id)
        started = time.monotonic()
        status, error = _post(hook.url, headers, body, hook.timeout_ms / 1000.0, False)
        ok = status is not None and 200 <= status < 300
        entry: dict[str, Any] = {
            "deliveryId": delivery_id,
            "webhookId": hook.id,
            "url": hook.url,
            "event": event,
            "attempt": 1,
            "at": iso(now, ms=True),
            "durationMs": int((time.monotonic() - started) * 1000),
            "httpStatus": status,
            "status": "delivered" if ok else "failed",
        }
        if error:
            entry["error"] = error
        self.log.append(entry)
        self._count(hook, ok, now)
        return status, error

    def _count(self, hook: Webhook, ok: bool, now: datetime) -> bool:
        """Update ``hook``'s failure count; True when this failure opened its circuit."""
        if ok:
            hook.consecutive_failures = 0
            return False
        hook.consecutive_failures += 1
        if hook.consecutive_failures >= self.failure_threshold and hook.circuit_opened_at is None:
            hook.circuit_opened_at, hook.is_active, hook.updated_at = now, False, now
            return True
        return False

    # -- the sender ---------------------------------------------------------------------------
    def _take(self) -> _Job | None:
        now = self.fake.clock.now()
        due = [j for j in self._jobs if j.due <= now]
        if not due:
            return None
        job = min(due, key=lambda j: j.due)
        self._jobs.remove(job)
        self._busy += 1
        return job

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._jobs:  # nothing left: the thread ends (``submit`` starts another)
                    self._thread = None
                    self._cond.notify_all()
                    return
                job = self._take()
                if job is None:  # retries due later in the fake's time, which may jump: look again soon
                    self._cond.wait(0.05)
                    continue
            try:
                self._attempt(job)
            finally:
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()

    def _attempt(self, job: _Job) -> None:
        with self.fake.lock:
            hook = self.fake.state.webhooks.get(job.webhook_id)
            now = self.fake.clock.now()
            entry: dict[str, Any] = {
                "deliveryId": job.delivery_id,
                "webhookId": job.webhook_id,
                "url": hook.url if hook is not None else None,
                "event": job.event,
                "attempt": job.attempt,
                "at": iso(now, ms=True),
            }
            if hook is None or not hook.is_active or hook.circuit_opened_at is not None:
                entry.update(status="cancelled", reason="webhook deleted, disabled or its circuit is open")
                self.log.append(entry)
                return
            headers = signed_headers(hook, job.body, now, job.event, job.delivery_id)
            url, timeout = hook.url, hook.timeout_ms / 1000.0
            drop = self.drop_responses > 0
            if drop:
                self.drop_responses -= 1
        started = time.monotonic()
        status, error = _post(url, headers, job.body, timeout, drop)
        with self.fake.lock:
            entry["durationMs"] = int((time.monotonic() - started) * 1000)
            entry["httpStatus"] = status
            ok = status is not None and 200 <= status < 300
            entry["status"] = "delivered" if ok else "failed"
            if error:
                entry["error"] = error
            self.log.append(entry)
            hook = self.fake.state.webhooks.get(job.webhook_id)
            if hook is None:
                return
            now = self.fake.clock.now()
            opened = self._count(hook, ok, now)
            if ok or (hook.circuit_opened_at is not None and not opened):
                return
            if opened:
                self._cancel_queued(hook, now)
                return
            if job.attempt <= hook.max_retries:
                delay = BACKOFF[min(job.attempt - 1, len(BACKOFF) - 1)]
                job.due = now + timedelta(seconds=delay)
                entry["nextAttemptAt"] = iso(job.due, ms=True)
                job.attempt += 1
                with self._cond:
                    self._jobs.append(job)

    def _cancel_queued(self, hook: Webhook, now: datetime) -> None:
        """Drop the queued deliveries to ``hook`` (its circuit opened), each logged as cancelled."""
        with self._cond:
            for other in [j for j in self._jobs if j.webhook_id == hook.id]:
                self._jobs.remove(other)
                self.log.append(
                    {
                        "deliveryId": other.delivery_id,
                        "webhookId": hook.id,
                        "url": hook.url,
                        "event": other.event,
                        "attempt": other.attempt,
                        "status": "cancelled",
                        "reason": "the circuit opened",
                        "at": iso(now, ms=True),
                    }
                )


def _post(
    url: str, headers: dict[str, str], body: bytes, timeout: float, drop: bool
) -> tuple[int | None, str]:
    """POST once: (status, "") or (None, why it failed)."""
    parts = urlsplit(url)
    conn_type = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn = conn_type(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    try:
        conn.request("POST", path, body=body, headers={**headers, "Content-Length": str(len(body))})
        if drop:  # wait until the receiver has answered, then drop the connection unread
            sock = conn.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.recv(1, socket.MSG_PEEK)
            return None, "connection dropped before the answer was read"
        response = conn.getresponse()
        response.read()
        return response.status, ""
    except TimeoutError:
        return None, f"no answer within timeoutMs ({int(timeout * 1000)} ms)"
    except (OSError, http.client.HTTPException) as exc:
        return None, f"connection error: {type(exc).__name__}"
    finally:
        conn.close()


def delivery_log(fake: FakeInstaView) -> dict[str, Any]:
    """What ``GET /_fake/state`` adds: the attempt log and the retries waiting."""
    http = fake.webhooks.http
    return {"deliveryLog": list(http.log), "pendingDeliveries": http.pending()}
