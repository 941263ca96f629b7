"""``Router``: verify a delivery, run its handler once per ``deliveryId``, answer the HTTP status.

What ``handle`` answers (and so what InstaView does next):

======  ===========================================================================  ====================
status  when                                                                         InstaView
======  ===========================================================================  ====================
200     the handler succeeded, no handler or fallback takes the event, or the         done
        delivery was already handled (the handler is not run again)
400     verification failed: signature, age, not a JSON object, no ``deliveryId``      counts a failure
        (no handler runs)
409     another copy of this delivery is being handled right now (its claim holds)     retries later
500     the handler raised (the claim is released: the redelivery runs it again)       retries later
503     the dedupe store is unreachable (no handler runs)                              retries later
======  ===========================================================================  ====================
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import InvalidRequestError, WebhookVerificationError
from ._dedupe import Dedupe, MemoryDedupe
from ._events import WebhookEvent, parse_event
from ._names import DEFAULT_TOLERANCE, EVENT_CODES, normalize_event_type
from ._signature import DELIVERY_HEADER
from ._verify import Now, header_value, verified_body

if TYPE_CHECKING:
    from ._apps import ASGIApp, WSGIApp

__all__ = ["BUSY", "FAILED", "HANDLED", "INVALID", "UNAVAILABLE", "Handler", "Router"]

HANDLED = 200
INVALID = 400
BUSY = 409
FAILED = 500
UNAVAILABLE = 503

Handler = Callable[[Any], Any]
"""A handler takes the event (sync, or ``async def``); what it returns is ignored; raising answers 500."""
H = TypeVar("H", bound=Handler)
_log = logging.getLogger("instaview_plus.webhooks")


def _known_types() -> set[str]:
    from instaview_spec.events import EVENTS

    return set(EVENTS) | set(EVENT_CODES.values())


class Router:
    """Route verified deliveries to handlers, each delivery handled once.

    ``secret``: the webhook's ``signingSecret`` (a list tries each, for rotating secrets). ``dedupe``: a
    ``MemoryDedupe`` (the default, one process), a ``redis://`` URL (shared by processes; the ``[redis]``
    extra) or any store with ``claim``/``done``/``release``. ``tolerance`` and ``now`` as in ``verify``;
    ``now`` may be a callable such as ``fake.clock.now``.

    >>> router = iv.webhooks.Router("whsec_x")
    >>> @router.on("interview.completed")
    ... def completed(event: iv.webhooks.InterviewEvent) -> None:
    ...     print(event.data.interview_id)
    """

    def __init__(
        self,
        secret: str | Sequence[str],
        *,
        dedupe: Dedupe | str | None = None,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Now = None,
    ) -> None:
        secrets = [secret] if isinstance(secret, str) else list(secret)
        if not secrets or not all(isinstance(s, str) and s for s in secrets):
            raise InvalidRequestError("secret must be the webhook's signingSecret", argument="secret")
        if tolerance is not None and (isinstance(tolerance, bool) or not tolerance >= 0):
            raise InvalidRequestError("tolerance must be seconds >= 0, or None", argument="tolerance")
        self._secrets = secrets
        self.tolerance = tolerance
        self.now = now
        self.dedupe: Dedupe = self._store(dedupe)
        if tolerance is not None and self.dedupe.retention < tolerance:
            raise InvalidRequestError(
                "the dedupe store must remember deliveries at least as long as the tolerance",
                argument="dedupe",
            )
        self._handlers: dict[str, Handler] = {}
        self._fallback: Handler | None = None

    @staticmethod
    def _store(dedupe: Dedupe | str | None) -> Dedupe:
        if dedupe is None:
            return MemoryDedupe()
        if isinstance(dedupe, str):
            from ._dedupe_redis import RedisDedupe

            return RedisDedupe(dedupe)
        if not isinstance(dedupe, Dedupe):
            raise InvalidRequestError(
                "dedupe must be a MemoryDedupe, a redis:// URL or a store with claim/done/release",
                argument="dedupe",
            )
        return dedupe

    # -- registration -------------------------------------------------------------------------
    def on(self, *events: str | int) -> Callable[[H], H]:
        """Register the decorated handler for ``events``, in any documented spelling (label, UPPER_SNAKE,
        numeric code)."""
        if not events:
            raise InvalidRequestError("name at least one event", argument="events")
        known = _known_types()
        types = []
        for raw in events:
            kind = normalize_event_type(raw) if isinstance(raw, str | int) else None
            if kind not in known:
                raise InvalidRequestError(f"unknown webhook event {raw!r}", argument="events")
            types.append(kind)

        def register(fn: H) -> H:
            for kind in types:
                self._handlers[kind] = fn
            return fn

        return register

    def fallback(self, fn: H) -> H:
        """Register the handler of every event no ``on`` handler takes (unknown event types included)."""
        self._fallback = fn
        return fn

    def handler_for(self, event: WebhookEvent) -> Handler | None:
        """The handler that ``event`` goes to (its ``on`` handler, else the fallback), or None."""
        return self._handlers.get(event.type, self._fallback)

    # -- handling -----------------------------------------------------------------------------
    def parse(self, body: bytes, headers: Mapping[str, Any]) -> WebhookEvent:
        """Verify ``body`` against each secret; the typed event, or ``WebhookVerificationError``."""
        error: WebhookVerificationError | None = None
        for secret in self._secrets:
            try:
                decoded = verified_body(body, headers, secret, tolerance=self.tolerance, now=self.now)
            except WebhookVerificationError as exc:
                error = error or exc
                continue
            event = parse_event(decoded, header_value(headers, DELIVERY_HEADER))
            if not event.delivery_id:
                raise WebhookVerificationError("the delivery has no deliveryId")
            return event
        assert error is not None
        raise error

    def _begin(self, body: bytes, headers: Mapping[str, Any]) -> tuple[int, WebhookEvent | None, str]:
        """(status, event, claim token): a status other than 0 is the answer; else run the event's handler."""
        try:
            event = self.parse(body, headers)
        except WebhookVerificationError as exc:
            _log.warning("webhook delivery rejected (400): %s", exc)
            return INVALID, None, ""
        assert event.delivery_id is not None
        try:
            state, token = self.dedupe.claim(event.delivery_id)
        except Exception as exc:  # the store is unreachable: no handler runs, InstaView retries later
            _log.error("webhook dedupe store failed (%s); answering 503", type(exc).__name__)
            return UNAVAILABLE, None, ""
        if state == "done":
            return HANDLED, None, ""
        if state == "busy":
            return BUSY, None, ""
        return 0, event, token

    def _finish(self, event: WebhookEvent, token: str, error: BaseException | None) -> int:
        assert event.delivery_id is not None
        try:
            if error is None:
                self.dedupe.done(event.delivery_id, token)
            else:
                self.dedupe.release(event.delivery_id, token)
        except Exception as exc:  # the claim expires after its lease; until then copies answer 409
            _log.error("webhook dedupe store failed (%s) after the handler ran", type(exc).__name__)
        if error is None:
            return HANDLED
        _log.error(
            "webhook handler for %s (delivery %s) raised; answering 500 so it is redelivered",
            event.type,
            event.delivery_id,
            exc_info=error,
        )
        return FAILED

    def handle(self, body: bytes, headers: Mapping[str, Any]) -> int:
        """Verify and handle one delivery (the raw body, the request's headers); returns the HTTP status.

        An ``async def`` handler runs in ``asyncio.run``; from async code call ``ahandle`` instead.
        """
        status, event, token = self._begin(body, headers)
        if event is None:
            return status
        handler = self.handler_for(event)
        try:
            if handler is not None:
                result = handler(event)
                if inspect.isawaitable(result):
                    asyncio.run(_awaited(result))
        except Exception as exc:
            return self._finish(event, token, exc)
        except BaseException as exc:
            self._finish(event, token, exc)
            raise
        return self._finish(event, token, None)

    async def ahandle(self, body: bytes, headers: Mapping[str, Any]) -> int:
        """``handle`` for async code: ``async def`` handlers are awaited, sync ones run in a worker thread,
        and a store other than ``MemoryDedupe`` is called from a worker thread too."""
        blocking = not isinstance(self.dedupe, MemoryDedupe)
        if blocking:
            status, event, token = await asyncio.to_thread(self._begin, body, headers)
        else:
            status, event, token = self._begin(body, headers)
        if event is None:
            return status
        handler = self.handler_for(event)
        error: BaseException | None = None
        try:
            if handler is not None:
                if inspect.iscoroutinefunction(handler):
                    await handler(event)
                else:
                    result = await asyncio.to_thread(handler, event)
                    if inspect.isawaitable(result):
                        await result
        except Exception as exc:
            error = exc
        except BaseException as exc:  # cancelled: give the claim back, then let it propagate
            if blocking:
                await asyncio.to_thread(self._finish, event, token, exc)
            else:
                self._finish(event, token, exc)
            raise
        if blocking:
            return await asyncio.to_thread(self._finish, event, token, error)
        return self._finish(event, token, error)

    # -- apps ---------------------------------------------------------------------------------
    def asgi(self) -> ASGIApp:
        """An ASGI app answering POSTs on any path (mount it in Starlette/FastAPI, or serve it with uvicorn)."""
        from ._apps import asgi_app

        return asgi_app(self)

    def wsgi(self) -> WSGIApp:
        """A WSGI app answering POSTs on any path (Flask/Django mounts, gunicorn, waitress, werkzeug)."""
        from ._apps import wsgi_app

        return wsgi_app(self)

    def __repr__(self) -> str:
        handled = sorted(self._handlers)
        return f"Router(events={handled}, fallback={self._fallback is not None}, dedupe={self.dedupe!r})"


async def _awaited(result: Awaitable[Any]) -> Any:
    return await result
