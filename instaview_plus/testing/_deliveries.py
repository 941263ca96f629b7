"""Webhook delivery: routing by company and subscription, signing, circuit breaker, hooks."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._enums import label
from ._fake_clock import iso
from ._records import Delivery, Webhook
from ._signing import sign

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

    def deliver(self, hook: Webhook, event: str, data: dict[str, Any]) -> Delivery:
        """Sign and hand one delivery to the hooks; update the circuit breaker."""
        now = self.fake.clock.now()
        delivery_id = self.fake.ids.uuid()
        payload = {"event": event, "timestamp": iso(now, ms=True), "deliveryId": delivery_id, "data": data}
        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        headers = {h["name"]: h["value"] for h in hook.headers}
        headers.update(
            sign(
                hook.signing_secret,
                body,
                timestamp=int(now.timestamp()),
                event=event,
                delivery_id=delivery_id,
            )
        )
        ok, status = True, 200
        for fn in list(self.hooks):
            try:
                result = fn(hook.url, dict(headers), body)
            except Exception:
                ok, status = False, 0
                continue
            if result is not None and not 200 <= int(result) < 300:
                ok, status = False, int(result)
        if ok:
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
        record = self.deliver(hook, label("PING"), {"webhookId": hook.id, "message": "Test ping"})
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
