"""Control routes of the loopback server: ``/_fake/*`` drives the fake's clock, faults and state over HTTP.

Not part of the InstaView API (nor of ``openapi/instaview.yaml``): they exist so that tests written in any
language can steer a fake started with ``python -m instaview_plus.testing``. They answer only when the server
was started with ``control=True`` (the CLI does; ``fake.serve()`` does not unless asked), need no API key, and
are the HTTP twins of the Python methods:

=========================  ==========================================  ==================================
route                      body                                        Python
=========================  ==========================================  ==================================
``POST /_fake/advance``    ``{"days", "hours", "minutes", "seconds"}``  ``fake.advance(...)``
``POST /_fake/fail_next``  ``{"status", "times", "path", "method"}``    ``fake.fail_next(...)``
``POST /_fake/reset``      none                                        ``fake.reset()``
``GET /_fake/state``       none                                        counts of ``fake.state``, the time,
                                                                       ``served``: ``fake.stats()``,
                                                                       ``deliveryLog``, ``pendingDeliveries``
``POST /_fake/trigger``    ``{"event", "wait"}``                       ``fake.trigger(event)``; ``wait``
                                                                       (default true): until sent
``POST /_fake/webhook``    ``{"webhookId", "maxRetries",               sets a webhook's delivery settings
                           "timeoutMs"}``
``POST /_fake/drop_next_   ``{"times"}``                               the next POSTs to receivers are
delivery_response``                                                    sent, their answers never read
=========================  ==========================================  ==================================
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._clock import iso
from ._http_delivery import delivery_log
from ._wire import FakeRequest, FakeResponse, json_response

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["PREFIX", "handle_control"]

PREFIX = "/_fake/"
_TABLES = ("companies", "api_keys", "jobs", "candidates", "agents", "interviews", "webhooks", "sourcing_runs")


def _body(request: FakeRequest) -> dict[str, Any]:
    raw = json.loads(request.body) if request.body.strip() else {}
    if not isinstance(raw, dict):
        raise ValueError("the body must be a JSON object")
    return raw


def _summary(fake: FakeInstaView) -> dict[str, Any]:
    state = fake.state
    counts = {name: len(getattr(state, name)) for name in _TABLES}
    return {
        "now": iso(fake.clock.now()),
        "defaultCompanyId": fake.default_company.id,
        "counts": {**counts, "deliveries": len(state.deliveries)},
        "served": fake.stats(),
        **delivery_log(fake),
    }


def _advance(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    units = {k: float(body.get(k, 0)) for k in ("days", "hours", "minutes", "seconds")}
    fake.advance(**units)
    return {"now": iso(fake.clock.now())}


def _fail_next(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    status = int(body["status"])
    times = int(body.get("times", 1))
    fake.fail_next(status, times=times, path=body.get("path"), method=body.get("method"))
    return {
        "armed": {"status": status, "times": times, "path": body.get("path"), "method": body.get("method")}
    }


def _reset(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    fake.reset()
    return _summary(fake)


def _state(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    return _summary(fake)


def _trigger(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    result = fake.trigger(body["event"])
    if body.get("wait", True):
        fake.webhooks.http.wait_idle(float(body.get("timeout", 30)))
    return result


def _webhook(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    hook = fake.state.webhooks[str(body["webhookId"])]
    if body.get("maxRetries") is not None:
        hook.max_retries = int(body["maxRetries"])
    if body.get("timeoutMs") is not None:
        hook.timeout_ms = int(body["timeoutMs"])
    return hook.to_wire()


def _drop_next_delivery_response(fake: FakeInstaView, body: dict[str, Any]) -> dict[str, Any]:
    fake.webhooks.http.drop_responses += int(body.get("times", 1))
    return {"dropResponses": fake.webhooks.http.drop_responses}


_ROUTES = {
    ("POST", "advance"): _advance,
    ("POST", "fail_next"): _fail_next,
    ("POST", "reset"): _reset,
    ("GET", "state"): _state,
    ("POST", "trigger"): _trigger,
    ("POST", "webhook"): _webhook,
    ("POST", "drop_next_delivery_response"): _drop_next_delivery_response,
}
_UNLOCKED = {"trigger"}  # takes the lock itself: it waits for deliveries, which need it


def handle_control(fake: FakeInstaView, request: FakeRequest) -> FakeResponse:
    """Answer one ``/_fake/*`` request: 200 with a JSON result, 400 for a bad body, 404 for another route."""
    action = _ROUTES.get((request.method.upper(), request.path[len(PREFIX) :].strip("/")))
    if action is None:
        return json_response(404, {"error": f"no control route {request.method} {request.path}"})
    try:
        if request.path[len(PREFIX) :].strip("/") in _UNLOCKED:
            result = action(fake, _body(request))
        else:
            with fake.lock:
                result = action(fake, _body(request))
    except (ValueError, TypeError, KeyError, RuntimeError) as exc:
        return json_response(400, {"error": f"bad control request: {exc!r}"})
    return json_response(200, result)
