"""Run a plan, sync or async: the plan is a generator, the drivers only carry out its steps.

A plan (a ``wait`` loop, a workflow) is written once as a generator that yields what it needs next, a
``Call`` to send or a ``Sleep``, and receives the parsed result (or has the request's error thrown into it at
that point); a ``Step`` marks where a step of a multi-step helper begins (hooks and spans, ``_telemetry``).
``run`` and ``arun`` are the only places that differ between sync and async.

One request's attempts (pacing, sending, retrying: ``attempts.py``) are such a generator too, one level
down: it yields ``SEND``, ``CLOSE`` (the request and its response) or a ``Sleep``; ``run_attempts`` and
``arun_attempts`` carry them out and throw whatever the I/O raised (``KeyboardInterrupt`` and a cancelled
task included) back into it. ``SEND`` sends and reads the body: the generator receives the response with
what reading its body raised, if anything (its headers count even when the body could not be read).
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from .._exceptions import InstaViewError
from .._telemetry import Step, StepTracker
from .logs import logger

if TYPE_CHECKING:
    import httpx

    from .operation import Call
    from .pipeline import Pipeline

__all__ = [
    "CLOSE",
    "SEND",
    "Attempts",
    "Io",
    "Plan",
    "Sleep",
    "arun",
    "arun_attempts",
    "run",
    "run_attempts",
]

T = TypeVar("T")


@attrs.frozen
class Sleep:
    """A pause of ``seconds``: between two requests of a plan, or before an attempt of a request."""

    seconds: float


# yields a Call (receives its parsed result), a Sleep or a Step (receives None); returns the plan's result
Plan = Generator["Call[Any] | Sleep | Step", Any, T]


class Io(enum.Enum):
    """The I/O of one attempt of a request."""

    SEND = "send"  # send the request, read its body: the generator receives (response, what reading raised)
    CLOSE = "close"  # close the response just sent (an attempt that is retried)


SEND: Final = Io.SEND
CLOSE: Final = Io.CLOSE

# yields an Io or a Sleep (receives (response, read error or None) after SEND, else None); returns the
# final response
Attempts = Generator["Io | Sleep", Any, "httpx.Response"]


@attrs.frozen
class _Done:
    value: Any


def _advance(
    plan: Plan[Any], value: Any, error: InstaViewError | None, steps: StepTracker, pipeline: Pipeline
) -> Any:
    """The plan's next ``Call`` or ``Sleep`` (``Step`` markers handled here), or ``_Done`` with its result."""
    while True:
        try:
            step = plan.send(value) if error is None else plan.throw(error)
        except StopIteration as stop:
            steps.close(None)
            return _Done(stop.value)
        except InstaViewError as exc:  # a plan's own error may quote the server (a run's error message)
            pipeline.api_key.redact_error(exc)
            raise
        if not isinstance(step, Step):
            return step
        steps.begin(step.name)
        value, error = None, None


def run(plan: Plan[T], pipeline: Pipeline, http: httpx.Client, sleep: Callable[[float], Any]) -> T:
    """Carry out ``plan`` with blocking requests and sleeps; return its result."""
    value: Any = None
    error: InstaViewError | None = None
    steps = StepTracker(pipeline)
    try:
        while True:
            step = _advance(plan, value, error, steps, pipeline)
            if isinstance(step, _Done):
                return step.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                if isinstance(step, Sleep):
                    logger.debug("waiting %.2f s before the next poll", step.seconds)
                    sleep(step.seconds)
                else:
                    value = pipeline.request(http, step)
            except InstaViewError as exc:
                error = exc
    except BaseException as exc:  # the plan's error, KeyboardInterrupt, a cancelled task: the step ends
        steps.close(exc)
        raise


# twin: run


async def arun(
    plan: Plan[T],
    pipeline: Pipeline,
    http: httpx.AsyncClient,
    sleep: Callable[[float], Awaitable[Any]],
) -> T:
    """Carry out ``plan`` with awaited requests and sleeps; return its result."""
    value: Any = None
    error: InstaViewError | None = None
    steps = StepTracker(pipeline)
    try:
        while True:
            step = _advance(plan, value, error, steps, pipeline)
            if isinstance(step, _Done):
                return step.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                if isinstance(step, Sleep):
                    logger.debug("waiting %.2f s before the next poll", step.seconds)
                    await sleep(step.seconds)
                else:
                    value = await pipeline.arequest(http, step)
            except InstaViewError as exc:
                error = exc
    except BaseException as exc:  # the plan's error, KeyboardInterrupt, a cancelled task: the step ends
        steps.close(exc)
        raise


def run_attempts(
    steps: Attempts, http: httpx.Client, request: httpx.Request, sleep: Callable[[float], Any]
) -> httpx.Response:
    """Carry out a request's attempts with blocking I/O; return the final response."""
    value: Any = None
    error: BaseException | None = None
    sent: httpx.Response  # the response of the last SEND (CLOSE acts on it)
    while True:
        try:
            step = steps.send(value) if error is None else steps.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        try:
            if step is SEND:
                sent = http.send(request)
                try:
                    sent.read()
                except BaseException as exc:  # the headers came: the attempts count them, then see this
                    value = (sent, exc)
                else:
                    value = (sent, None)
            elif step is CLOSE:
                sent.close()
            else:
                sleep(step.seconds)
        except BaseException as exc:  # an httpx error, KeyboardInterrupt: the attempts decide what follows
            error = exc


# twin: run_attempts


async def arun_attempts(
    steps: Attempts,
    http: httpx.AsyncClient,
    request: httpx.Request,
    sleep: Callable[[float], Awaitable[Any]],
) -> httpx.Response:
    """Carry out a request's attempts with awaited I/O; return the final response."""
    value: Any = None
    error: BaseException | None = None
    sent: httpx.Response  # the response of the last SEND (CLOSE acts on it)
    while True:
        try:
            step = steps.send(value) if error is None else steps.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        try:
            if step is SEND:
                sent = await http.send(request)
                try:
                    await sent.aread()
                except BaseException as exc:  # the headers came: the attempts count them, then see this
                    value = (sent, exc)
                else:
                    value = (sent, None)
            elif step is CLOSE:
                await sent.aclose()
            else:
                await sleep(step.seconds)
        except BaseException as exc:  # an httpx error, a cancelled task: the attempts decide what follows
            error = exc
