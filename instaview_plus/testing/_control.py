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
                                                                       ``served``: ``fake.stats()``
=========================  ==========================================  ==================================
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._fake_clock import iso
from ._shaping import FakeRequest, FakeResponse, json_response

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


_ROUTES = {
    ("POST", "advance"): _advance,
    ("POST", "fail_next"): _fail_next,
    ("POST", "reset"): _reset,
    ("GET", "state"): _state,
}


def handle_control(fake: FakeInstaView, request: FakeRequest) -> FakeResponse:
    """Answer one ``/_fake/*`` request: 200 with a JSON result, 400 for a bad body, 404 for another route."""
    action = _ROUTES.get((request.method.upper(), request.path[len(PREFIX) :].strip("/")))
    if action is None:
        return json_response(404, {"error": f"no control route {request.method} {request.path}"})
    try:
        result = action(fake, _body(request))
    except (ValueError, TypeError, KeyError) as exc:
        return json_response(400, {"error": f"bad control request: {exc!r}"})
    return json_response(200, result)
