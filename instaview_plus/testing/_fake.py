"""``FakeInstaView``: owns state, clock, ids, faults and rate limits; answers requests."""

from __future__ import annotations

import contextlib
import random
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx

from ._backends.sourcing_engine import SourcingEngine
from ._context import Ctx
from ._deliveries import WebhookEngine, WebhookHook
from ._endpoint_limits import (
    EndpointLimited,
    EndpointLimiter,
    endpoint_limit,
    replaces_key_limits,
    throttled_response,
)
from ._errors import ApiError, RateLimited, ScopeMissing
from ._fake_clock import FakeClock, iso
from ._faults import Fault, FaultPlan, RandomFault
from ._gate import authenticate, forced_response, throttled
from ._ids import IdGenerator
from ._lifecycle import Lifecycle
from ._records import ApiKey, Company, FakeState
from ._responses.sourcing_results import results_body
from ._routes import match
from ._shaping import FakeRequest, FakeResponse, error_body, json_response
from ._spec import check_request
from ._throttle import RateLimiter

__all__ = ["FakeInstaView"]


class FakeInstaView:
    """An in-memory InstaView API that speaks HTTP, in-process or on a loopback server.

    Any ``sk_test_*`` / ``sk_live_*`` key is accepted with ``scopes`` (all scopes when None) on a
    default company, unless ``api_keys`` lists the only keys to accept. Register more keys with
    :meth:`add_api_key` and companies with :meth:`add_company`.

    Rate limits default to the documented default plan, 60 requests a minute and 2,000 an hour per key
    (answers carry the ``X-RateLimit-*`` headers; over the limit: 429 with ``Retry-After``). The knob:
    ``FakeInstaView(rate_limit_per_minute=..., rate_limit_per_hour=...)`` for every key,
    ``add_api_key(..., rate_limit_per_minute=...)`` per key, ``rate_limit_window=`` to shorten the "minute";
    ``python -m instaview_plus.testing --rate-limit-per-minute N --rate-limit-per-hour N`` on the command line.
    The fake's clock only moves when advanced, so a test making more than 60 calls raises the limit.
    """

    def __init__(
        self,
        seed: int = 0,
        scopes: set[str] | None = None,
        api_keys: Iterable[str] | None = None,
        rate_limit_per_minute: int = 60,
        rate_limit_per_hour: int = 2000,
        now: datetime | None = None,
        rate_limit_window: int = 60,
    ) -> None:
        self.seed = seed
        self.default_scopes: frozenset[str] | None = frozenset(scopes) if scopes is not None else None
        self._initial_keys = list(api_keys) if api_keys is not None else None
        self.accept_any_key: bool = api_keys is None
        # keys re-added after every reset: (key, add_api_key options), e.g. from the served fake's command line
        self.standing_keys: list[tuple[str, dict[str, Any]]] = []
        self.rate_limit_per_minute = rate_limit_per_minute
        self.rate_limit_per_hour = rate_limit_per_hour
        if (
            isinstance(rate_limit_window, bool)
            or not isinstance(rate_limit_window, int)
            or rate_limit_window < 1
        ):
            raise ValueError(f"rate_limit_window must be whole seconds >= 1 (got {rate_limit_window!r})")
        self.rate_limit_window = (
            rate_limit_window  # length of the "minute" window, shorter for quick scenarios
        )
        self.clock: FakeClock = FakeClock(now)
        self.call_window: tuple[int, int] | None = (8, 20)
        self.credits_per_minute: float = 1.0
        self.default_billing_system = "minutes"
        self.lock: threading.RLock = threading.RLock()
        self.faults: FaultPlan = FaultPlan()
        self.webhooks: WebhookEngine = WebhookEngine(self)
        self.lifecycle: Lifecycle = Lifecycle(self)
        self.sourcing: SourcingEngine = SourcingEngine(self, results_body)
        self._init_state()

    def _init_state(self) -> None:
        self.ids: IdGenerator = IdGenerator(self.seed)
        self.state: FakeState = FakeState()
        self.limiter: RateLimiter = RateLimiter(minute_seconds=self.rate_limit_window)
        self.served: Counter[int] = Counter()  # every status answered (see stats())
        self.throttled: Counter[str] = Counter()  # 429s per API key id (``fake.state.api_keys[key].id``)
        self.requests_by_key: Counter[str] = Counter()  # requests per API key id
        self.endpoint_limiter: EndpointLimiter = EndpointLimiter()  # operations with their own x-rate-limit
        self.default_company: Company = self.add_company("Default Company")
        for key in self._initial_keys or []:
            self.add_api_key(key)
        for key, options in self.standing_keys:
            self.add_api_key(key, **options)

    # -- configuration ------------------------------------------------------------------------
    def reset(self) -> None:
        """Drop all state, faults, rate-limit counts and hooks' queues (the clock is kept)."""
        with self.lock:
            self.faults.clear()
            self.lifecycle.reset()
            self.sourcing.fail_next = 0
            self.webhooks.http.reset()
            self._init_state()

    def add_company(
        self,
        name: str = "Acme Corporation",
        *,
        billing_system: str = "minutes",
        prepaid: bool = False,
        credits: float = 0.0,
        timezone: str = "UTC",
        ats_key: str | None = None,
    ) -> Company:
        """Create a company; ``ats_key`` (a registered ATS key string) makes it that key's child."""
        with self.lock:
            now = self.clock.now()
            created_by = self.state.api_keys[ats_key].id if ats_key is not None else None
            company = Company(
                id=self.ids.uuid(),
                name=name,
                created_at=now,
                updated_at=now,
                billing_system=billing_system,
                prepaid=prepaid,
                credits=credits,
                timezone=timezone,
                created_by=created_by,
            )
            self.state.companies[company.id] = company
            return company

    def add_api_key(
        self,
        key: str,
        *,
        scopes: Iterable[str] | None = None,
        ats: bool = False,
        company_id: str | None = None,
        suspended: bool = False,
        rate_limit_per_minute: int | None = None,
        rate_limit_per_hour: int | None = None,
    ) -> ApiKey:
        """Register ``key``; regular keys act on ``company_id`` (default company when None)."""
        with self.lock:
            record = ApiKey(
                id=self.ids.uuid(),
                key=key,
                company_id=None if ats else (company_id or self.default_company.id),
                scopes=frozenset(scopes) if scopes is not None else self.default_scopes,
                ats=ats,
                suspended=suspended,
                created_at=self.clock.now(),
                rate_limit_per_minute=rate_limit_per_minute,
                rate_limit_per_hour=rate_limit_per_hour,
            )
            self.state.api_keys[key] = record
            return record

    def on_webhook(self, hook: WebhookHook) -> WebhookHook:
        """Call ``hook(url, headers, body)`` for every delivery; return a non-2xx int to fail it."""
        self.webhooks.hooks.append(hook)
        return hook

    def trigger(self, event: str | int) -> dict[str, Any]:
        """Make ``event`` happen through the fake's own API (any spelling, e.g. ``"interview.completed"``):
        creates the job, candidate, agent and interview (or sourcing run) it needs, queues call outcomes and
        advances the clock until it fires. Returns the ids involved and the deliveries made."""
        from ._triggers import trigger

        return trigger(self, event)

    def queue_call_outcomes(self, *outcomes: str) -> None:
        """Outcomes of the next phone calls, e.g. ``"NO_ANSWER"``, ``"BUSY"``; default answered."""
        self.lifecycle.call_outcomes.extend(outcomes)

    def advance(self, *, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0) -> None:
        """Move the fake clock and apply every lifecycle transition that became due."""
        with self.lock:
            self.clock.advance(timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds))
            self.lifecycle.tick(self.clock.now())
            self._commit_late(self.clock.now())

    # -- faults -------------------------------------------------------------------------------
    def fail_next(
        self, status: int, times: int = 1, path: str | None = None, method: str | None = None
    ) -> None:
        """The next ``times`` matching requests answer ``status`` (glob ``path``), nothing applied."""
        self.faults.add(Fault("status", times, path, method, status))

    def fail_randomly(
        self, status: int, rate: float, *, seed: int = 0, path: str | None = None, method: str | None = None
    ) -> None:
        """Answer ``status`` to a random fraction ``rate`` of matching requests (seeded), nothing applied.

        The draw happens before the request is dispatched, so a failed write changes no state: the status
        should be one that says "not processed" (503, 429, 408) for retries to be safe.
        """
        self.faults.add_random(RandomFault(status, rate, random.Random(seed), path, method))

    def reset_connection_next(
        self, times: int = 1, path: str | None = None, method: str | None = None
    ) -> None:
        """The next matching requests lose their connection before anything is applied."""
        self.faults.add(Fault("reset", times, path, method))

    def drop_response_after_commit(
        self, times: int = 1, path: str | None = None, method: str | None = None
    ) -> None:
        """The next matching requests are applied, but the client never gets the response."""
        self.faults.add(Fault("drop", times, path, method))

    def commit_late(
        self, seconds: float = 5.0, times: int = 1, path: str | None = None, method: str | None = None
    ) -> None:
        """The next matching requests get no answer (the client times out) and are applied ``seconds``
        later on the fake's clock, as a server that finishes a request after the client gave up."""
        self.faults.add(Fault("late", times, path, method, delay=seconds))

    def reset_connection_after_commit(
        self, times: int = 1, path: str | None = None, method: str | None = None
    ) -> None:
        """The next matching requests are applied, then their connection breaks before the answer."""
        self.faults.add(Fault("reset_after", times, path, method))

    def add_latency(self, seconds: float) -> None:
        """Delay every response by ``seconds`` (real time)."""
        self.faults.latency = seconds

    # -- clients ------------------------------------------------------------------------------
    def transport(self) -> Any:
        """An ``httpx.BaseTransport`` + ``httpx.AsyncBaseTransport`` over this fake."""
        from ._mock_transport import FakeTransport

        return FakeTransport(self)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` wired to this fake; an ``InstaView`` on it waits in the fake's time."""
        from ._mock_transport import FakeHTTPClient

        kwargs.setdefault("base_url", "https://api.instaview.sk")
        return FakeHTTPClient(self, **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` wired to this fake; an ``AsyncInstaView`` on it waits in the fake's time."""
        from ._mock_transport import FakeAsyncHTTPClient

        kwargs.setdefault("base_url", "https://api.instaview.sk")
        return FakeAsyncHTTPClient(self, **kwargs)

    @contextlib.contextmanager
    def serve(self, port: int = 0, *, control: bool = False) -> Iterator[str]:
        """Serve this fake on ``http://127.0.0.1:<port>`` while the block runs; yields the URL.

        ``control=True`` adds the ``/_fake/*`` routes (advance, fail_next, reset, state) for non-Python tests.
        """
        from ._server import FakeServer

        server = FakeServer(self, port, control=control)
        try:
            yield server.url
        finally:
            server.stop()

    # -- request handling ---------------------------------------------------------------------
    def respond(self, request: FakeRequest) -> FakeResponse:
        """``handle``, plus the ``X-Request-Id`` header every answer carries (what the transports call)."""
        response = self.handle(request)
        response.headers.setdefault("X-Request-Id", self.ids.request_id())
        return response

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request (thread-safe); ``response.action`` asks the transport for a fault."""
        with self.lock:
            now = self.clock.now()
            self.lifecycle.tick(now)
            self._commit_late(now)
            fault = self.faults.take(request.method, request.path)
            if fault is not None and fault.kind == "reset":
                return FakeResponse(status=0, action="reset")
            if fault is not None and fault.kind == "late":
                self.faults.defer(request, now + timedelta(seconds=fault.delay))
                return FakeResponse(status=0, action="drop")
            if fault is not None and fault.kind == "status":
                forced = forced_response(self.rate_limit_per_minute, fault.status, now)
                self.served[forced.status] += 1
                return forced
            response = self._dispatch(request, now)
            self.served[response.status] += 1
            if fault is not None and fault.kind in ("drop", "reset_after"):
                response.action = "drop" if fault.kind == "drop" else "reset"
            return response

    def _commit_late(self, now: datetime) -> None:
        """Apply the requests held by ``commit_late`` whose time has come (at their own time)."""
        for when, request in self.faults.due(now):
            self.served[self._dispatch(request, when).status] += 1

    def stats(self) -> dict[str, Any]:
        """What the fake served: ``{"status": {code: n}, "requests_by_key": {id: n}, "throttled_by_key": ...}``.

        Keys are API key record ids (``fake.state.api_keys[key].id``), never the keys. ``status`` counts every
        answer, injected faults included (not a connection reset, nor the control routes); the per-key counts
        are those of the rate limiter (requests that got past authentication).
        """
        with self.lock:
            return {
                "status": {str(k): v for k, v in sorted(self.served.items())},
                "requests_by_key": dict(self.requests_by_key),
                "throttled_by_key": dict(self.throttled),
            }

    def _dispatch(self, request: FakeRequest, now: datetime) -> FakeResponse:
        route, params, exists = match(request.method, request.path)
        headers: dict[str, str] = {}
        try:
            if route is None:
                status = 405 if exists else 404
                return json_response(
                    status,
                    error_body(
                        "METHOD_NOT_ALLOWED" if exists else "ROUTE_NOT_FOUND",
                        f"Cannot {request.method} {request.path}",
                        None,
                        iso(now),
                    ),
                )
            key = authenticate(self, request, route.admin)
            if key is not None:
                per_min = key.rate_limit_per_minute or self.rate_limit_per_minute
                per_hour = key.rate_limit_per_hour or self.rate_limit_per_hour
                self.requests_by_key[key.id] += 1
                own = endpoint_limit(route.op_id)  # the spec's x-rate-limit of this operation, if any
                try:
                    if replaces_key_limits(own):
                        headers = self.limiter.peek(key.id, now.timestamp(), per_min, per_hour)
                    else:
                        headers = self.limiter.hit(key.id, now.timestamp(), per_min, per_hour)
                    if own is not None:
                        self.endpoint_limiter.hit(route.op_id, key.id, now.timestamp(), own)
                except RateLimited as exc:
                    self.throttled[key.id] += 1
                    return throttled(exc, self.limiter.peek(key.id, now.timestamp(), per_min, per_hour))
                except EndpointLimited as exc:
                    self.throttled[key.id] += 1
                    return throttled_response(exc, headers, iso(now))
            ctx = Ctx(self, request, key, now, route.op_id)
            if key is not None:
                ctx.require_scope(*route.scopes)
            # the docs: companyId is "ignored for regular company keys" (only ATS keys' is checked)
            ignored = frozenset({"companyId"}) if key is not None and not key.ats else frozenset()
            check_request(
                route.op_id, request.query, ctx.body() if request.body.strip() else None, ignored=ignored
            )
            kwargs = {k: v for k, v in params.items() if v is not None}
            response: FakeResponse = route.handler(ctx, **kwargs)
        except ApiError as exc:
            response = json_response(exc.status, error_body(exc.code, exc.message, exc.details, iso(now)))
        except ScopeMissing as exc:
            message = "Admin token required" if exc.scope == "admin" else exc.message
            response = json_response(403, {"message": message, "error": "Forbidden", "statusCode": 403})
        except RateLimited as exc:
            return throttled(exc, headers)
        response.headers.update(headers)
        return response
