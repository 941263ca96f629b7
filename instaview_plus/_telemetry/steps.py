"""Runs and steps of the multi-step helpers (workflows, bulk imports): spans and ``on_step`` at their bounds.

For a plan author (``_plans/``): wrap the whole run in ``with plan_run(pipeline, "bulk.create_candidates"):``
(the run's span; the plan name the hook events carry), and mark each step inside a plan by yielding
``Step("row 3")``: the driver sends ``None`` back, the step lasts until the plan's next ``Step`` or its end,
and ``on_step`` is told when it ends. Plans run in worker threads must be started in a copy of the caller's
context (``pool.submit(contextvars.copy_context().run, run, plan, ...)``) so their steps nest under the run.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from . import otel
from .hooks import HookEvent, Hooks, call_hook

if TYPE_CHECKING:
    from opentelemetry.trace import Span

__all__ = ["Step", "StepTracker", "Watched", "current_scope", "plan_run"]

# (plan, step) the code running now belongs to; read by the request events
_SCOPE: ContextVar[tuple[str | None, str | None]] = ContextVar("instaview_plus_scope", default=(None, None))


class Watched(Protocol):
    """What the telemetry reads from a client's pipeline."""

    @property
    def hooks(self) -> Hooks | None: ...
    @property
    def tracing(self) -> bool: ...
    @property
    def company_id(self) -> str | None: ...


@attrs.frozen
class Step:
    """Yielded by a plan: the step ``name`` begins here (and the plan's previous step ends)."""

    name: str


def current_scope() -> tuple[str | None, str | None]:
    """The plan and the step the running code belongs to (``None`` outside them)."""
    return _SCOPE.get()


def _attributes(plan: str | None, step: str | None, company_id: str | None) -> dict[str, Any]:
    found = {"instaview.plan": plan, "instaview.step": step, "instaview.company_id": company_id}
    return {key: value for key, value in found.items() if value is not None}


@contextlib.contextmanager
def plan_run(pipeline: Watched, name: str) -> Iterator[None]:
    """The span of one run of a multi-step helper (``workflows.schedule_interview``), around its steps."""
    tracer = otel.tracer() if pipeline.tracing else None
    if tracer is None and pipeline.hooks is None:
        yield
        return
    span = otel.start(tracer, name, _attributes(name, None, pipeline.company_id)) if tracer else None
    token = otel.attach(span) if span is not None else None
    scope = _SCOPE.set((name, None))
    error: BaseException | None = None
    try:
        yield
    except BaseException as exc:
        error = exc
        raise
    finally:
        _SCOPE.reset(scope)
        if token is not None:
            otel.detach(token)
        if span is not None:
            otel.end(span, type(error).__name__ if error is not None else None)


@attrs.define
class _Open:
    name: str
    plan: str | None
    start: float
    span: Span | None
    token: object | None
    scope: Any


class StepTracker:
    """The step a driver's plan is in: ``begin`` at each ``Step``, ``close`` when the plan ends."""

    def __init__(self, pipeline: Watched) -> None:
        self.pipeline = pipeline
        self.open: _Open | None = None

    def begin(self, name: str) -> None:
        """Close the current step and open ``name``."""
        self.close(None)
        tracer = otel.tracer() if self.pipeline.tracing else None
        if tracer is None and self.pipeline.hooks is None:
            return
        plan = _SCOPE.get()[0]
        span = None
        if tracer is not None:
            span = otel.start(tracer, name, _attributes(plan, name, self.pipeline.company_id))
        token = otel.attach(span) if span is not None else None
        self.open = _Open(name, plan, time.monotonic(), span, token, _SCOPE.set((plan, name)))

    def close(self, error: BaseException | None) -> None:
        """End the current step (``error``: what ended the plan), and tell ``on_step``."""
        step, self.open = self.open, None
        if step is None:
            return
        _SCOPE.reset(step.scope)
        # what ended the step: the request error a WorkflowError was raised from, rather than the wrapper
        reason = type(error.__cause__ or error).__name__ if error is not None else None
        if step.token is not None:
            otel.detach(step.token)
        if step.span is not None:
            otel.end(step.span, reason)
        hook = self.pipeline.hooks.on_step if self.pipeline.hooks is not None else None
        if hook is not None:
            event = HookEvent(
                kind="step",
                elapsed=time.monotonic() - step.start,
                company_id=self.pipeline.company_id,
                reason=reason,
                plan=step.plan,
                step=step.name,
            )
            call_hook("on_step", hook, event)
