"""Webhook delivery: routing by company and subscription, signing, circuit breaker, hooks."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._enums import label
from ._fake_clock import iso
from ._http_delivery import HttpDeliverer, signed_headers
from ._records import Delivery, Webhook

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["WebhookEngine", "WebhookHook"]

# A hook receives (url, headers, body); it may return an HTTP status (None means 200) or raise.
WebhookHook = Callable[[str, dict[str, str], bytes], "int | None"]


class WebhookEngine:
    """Sends signed event deliveries to the registered hooks and tracks failures per webhook."""

    def __init__(self, fake: FakeInstaView) -> None:
        self.fake = fake
        self.hooks: list[WebhookHook] = []
        self.failure_threshold = 5
        self._local = threading.local()
        self.http: HttpDeliverer = HttpDeliverer(fake)  # real POSTs to loopback URLs (see _http_delivery)

    def _targets(self, company_id: str, event: str) -> list[Webhook]:
        out = []
        state = self.fake.state
        company = state.companies.get(company_id)
        for hook in state.webhooks.values():
            if event not in hook.events or not hook.is_active:
                continue
            if hook.company_id is not None:
                if hook.company_id == company_id:
                    out.append(hook)
            elif hook.owner == company_id or (company is not None and hook.owner == company.created_by):
                out.append(hook)
        return out

    def emit(self, company_id: str, event: str, data: dict[str, Any], only: Webhook | None = None) -> None:
        """Deliver ``event`` to every active webhook subscribed to it (or just ``only``)."""
        targets = [only] if only is not None else self._targets(company_id, event)
        for hook in targets:
            self.deliver(hook, event, data)

    def deliver(self, hook: Webhook, event: str, data: dict[str, Any], *, queue: bool = True) -> Delivery:
        """Sign and hand one delivery to the hooks (and, for a loopback URL, to the HTTP sender unless
        ``queue`` is false); update the circuit breaker."""
        now = self.fake.clock.now()
        delivery_id = self.fake.ids.uuid()
        payload = {"event": event, "timestamp": iso(now, ms=True), "deliveryId": delivery_id, "data": data}
        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        headers = signed_headers(hook, body, now, event, delivery_id)
        ok, status = True, 200
        for fn in list(self.hooks):
            try:
                result = fn(hook.url, dict(headers), body)
            except Exception:
                ok, status = False, 0
                continue
            if result is not None and not 200 <= int(result) < 300:
                ok, status = False, int(result)
        if self.http.manages(hook) and not self.hooks:
            pass  # the HTTP sender counts this webhook's failures
        elif ok:
            hook.consecutive_failures = 0
        else:
            hook.consecutive_failures += 1
            if hook.consecutive_failures >= self.failure_threshold and hook.circuit_opened_at is None:
                hook.circuit_opened_at, hook.is_active = now, False
        record = Delivery(
            webhook_id=hook.id,
            url=hook.url,
            event=event,
            headers=headers,
            body=body,
            ok=ok,
            http_status=status or None,
        )
        self.fake.state.deliveries.append(record)
        if queue:
            self.http.submit(hook, delivery_id, event, body)
        return record

    def test(self, hook: Webhook) -> dict[str, Any]:
        """The result of POST /webhooks/{id}/test."""
        if label("PING") not in hook.events:
            return {
                "success": False,
                "message": "Webhook is not subscribed to ping events. Add the "
                "ping event to the webhook configuration.",
            }
        if not hook.is_active or hook.circuit_opened_at is not None:
            return {
                "success": False,
                "message": "No delivery was created. This may indicate the "
                "webhook is disabled or circuit breaker is open.",
            }
        started = time.monotonic()
        managed = self.http.manages(hook)
        record = self.deliver(
            hook, label("PING"), {"webhookId": hook.id, "message": "Test ping"}, queue=not managed
        )
        if managed:  # POSTed now, answered from the receiver's reply (not retried)
            delivery_id = json.loads(record.body)["deliveryId"]
            status, error = self.http.send_now(hook, delivery_id, record.event, record.body)
            record.ok, record.http_status = status is not None and 200 <= status < 300, status
            if not record.ok and status is None:
                timed_out = "timeoutMs" in error
                return {
                    "success": False,
                    "message": "Webhook test failed: "
                    + ("Connection timeout" if timed_out else "Connection error"),
                }
        if not record.ok:
            return {
                "success": False,
                "message": f"Webhook test failed: HTTP {record.http_status}"
                if record.http_status
                else "Webhook test failed: Connection error",
            }
        return {
            "success": True,
            "deliveryId": json.loads(record.body)["deliveryId"],
            "httpStatus": record.http_status or 200,
            "durationMs": int((time.monotonic() - started) * 1000),
            "message": "Webhook test successful!",
        }
