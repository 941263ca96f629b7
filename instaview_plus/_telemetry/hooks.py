"""SDK-level hooks: ``InstaView(hooks=iv.Hooks(on_request=..., on_retry=...))``.

Each callback receives one ``HookEvent``. Callbacks are plain callables, called synchronously by both
clients, in the thread (or on the event loop) that makes the request: keep them quick, and hand slow work
to a queue or a task of your own. A callback that raises is logged at WARNING on the ``instaview_plus``
logger and the call goes on as if it had returned.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any, Literal, TypeAlias

import attrs

from .._exceptions import InvalidRequestError

__all__ = ["HookEvent", "HookKind", "Hooks", "call_hook"]

logger = logging.getLogger("instaview_plus")  # the SDK's logger (``_pipeline/logs.py``), below the pipeline

HookKind: TypeAlias = Literal["request", "response", "retry", "pace", "step"]


@attrs.frozen(kw_only=True)
class HookEvent:
    """What a hook is told. It never carries the API key, request headers or bodies.

    ``kind`` names the hook (``request``, ``response``, ``retry``, ``pace``, ``step``). For request events:
    ``operation_id`` (``createJob`` ...), ``attempt`` (1 for the first try, 2 for the first retry ...),
    ``status`` (``None`` before an answer, and when none came), ``elapsed`` (seconds since the operation
    began), ``company_id`` (the company the request acts on, if any), ``request_id`` (the server's
    ``X-Request-Id``), ``method`` and ``path`` (the URL path, without the query string). ``reason`` and
    ``delay`` (seconds) say why and how long a retry or a rate-limit pause waits; on a ``response`` event
    without an answer, ``reason`` is the error's type (``ReadTimeout``, ``ConnectError`` ...). ``plan`` and
    ``step`` name the multi-step helper and its step a request belongs to (``schedule_interview`` /
    ``candidate``); a ``step`` event is sent when a step ends, with ``elapsed`` its duration and ``reason``
    the type of the error that ended it (``None`` when it succeeded).
    """

    kind: HookKind
    operation_id: str | None = None
    attempt: int = 0
    status: int | None = None
    elapsed: float = 0.0
    company_id: str | None = None
    request_id: str | None = None
    reason: str | None = None
    delay: float | None = None
    method: str | None = None
    path: str | None = None
    plan: str | None = None
    step: str | None = None


Hook: TypeAlias = Callable[[HookEvent], Any]


def _callable_or_none(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not callable(value):
        raise InvalidRequestError(
            f"{attribute.name} must be a callable taking a HookEvent, or None (got {type(value).__name__})",
            argument=attribute.name,
        )
    if inspect.iscoroutinefunction(value):
        raise InvalidRequestError(
            f"{attribute.name} must be a plain function: hooks are called synchronously, in the async client"
            " too (from an async hook, hand the event to a queue or asyncio.create_task yourself)",
            argument=attribute.name,
        )


@attrs.frozen(kw_only=True)
class Hooks:
    """Callbacks for what the SDK does: pass as ``InstaView(hooks=iv.Hooks(...))`` (or ``with_options``).

    ``on_request`` before each attempt is sent, ``on_response`` after each attempt (its ``status``, or
    ``None`` and the error's type in ``reason`` when no answer came), ``on_retry`` before the pause of a
    retry, ``on_pace`` before a pause for the rate limit, ``on_step`` when a step of a workflow or a bulk
    run ends. Callbacks run synchronously (in the async client too); one that raises is logged, never fatal.

    >>> answers = []
    >>> hooks = iv.Hooks(on_response=lambda event: answers.append((event.operation_id, event.status)))
    >>> client.with_options(hooks=hooks).jobs.get(job.id).id == job.id
    True
    >>> answers
    [('getJob', 200)]
    """

    on_request: Hook | None = attrs.field(default=None, validator=_callable_or_none)
    on_response: Hook | None = attrs.field(default=None, validator=_callable_or_none)
    on_retry: Hook | None = attrs.field(default=None, validator=_callable_or_none)
    on_pace: Hook | None = attrs.field(default=None, validator=_callable_or_none)
    on_step: Hook | None = attrs.field(default=None, validator=_callable_or_none)


def call_hook(name: str, hook: Hook, event: HookEvent) -> None:
    """Call one hook; an exception it raises is logged at WARNING (with its traceback) and swallowed."""
    try:
        result = hook(event)
    except Exception as exc:
        logger.warning("the %s hook raised %s; the call goes on", name, type(exc).__name__, exc_info=True)
        return
    if inspect.iscoroutine(result):  # a lambda around an async function: never awaited, so say so
        result.close()
        logger.warning(
            "the %s hook returned a coroutine; hooks are called synchronously, it did not run", name
        )
