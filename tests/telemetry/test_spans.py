"""OpenTelemetry through the real SDK and its in-memory exporter: the span tree of a workflow through two
injected 503s and a pacing wait, ``traceparent`` at the server, the bulk run's tree, the switches
(``tracing=False``, no provider), and the secrets probe over every span.

Run with ``-s`` to see the printed span tree.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from .conftest import KEY, NOW, Sent

AT = NOW + dt.timedelta(days=1)
JOB = {"title": "Backend engineer", "description": "Python and APIs.", "status": "OPEN"}
CANDIDATE = {
    "first_name": "Jana",
    "last_name": "Novak",
    "email": "jana.novak@example.com",
    "gdpr_expiry_date": dt.date(2027, 12, 31),
}
AGENT = {"name": "Screening agent", "type": "ONLINE", "focus": "SCREENING", "duration": 30}
STEPS = ["job", "candidate", "agent", "interview"]
ROWS = [
    {
        "first_name": "A",
        "last_name": f"Row{i}",
        "email": f"row{i}@example.com",
        "gdpr_expiry_date": "2027-12-31",
    }
    for i in range(3)
]


def sync_client(fake: FakeInstaView, sent: Sent, **options: Any) -> iv.InstaView:
    http = fake.http_client(event_hooks={"request": [sent]})
    return iv.InstaView(api_key=KEY, http_client=http, **options)


def async_client(fake: FakeInstaView, sent: Sent, **options: Any) -> iv.AsyncInstaView:
    http = fake.async_http_client(event_hooks={"request": [sent.record]})
    return iv.AsyncInstaView(api_key=KEY, http_client=http, **options)


def run_workflow(fake: FakeInstaView, sent: Sent, mode: str) -> Any:
    """The traced workflow: two 503s on the candidate's POST, and a rate limit that pauses before the last."""
    fake.fail_next(503, times=2, path="/candidates", method="POST")
    args: dict[str, Any] = {"job": JOB, "candidate": CANDIDATE, "agent": AGENT, "at": AT}
    if mode == "sync":
        with sync_client(fake, sent) as client:
            return client.workflows.schedule_interview(**args)

    async def go() -> Any:
        async with async_client(fake, sent) as client:
            return await client.workflows.schedule_interview(**args)

    return asyncio.run(go())


def children(spans: Sequence[Any], parent: Any) -> list[Any]:
    found = [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]
    return sorted(found, key=lambda s: s.start_time)


def roots(spans: Sequence[Any]) -> list[Any]:
    return [s for s in spans if s.parent is None]


_SHOWN = (
    "instaview.attempt",
    "http.response.status_code",
    "instaview.retries",
    "instaview.pacing_wait",
    "instaview.request_id",
    "error.type",
)


def tree(spans: Sequence[Any]) -> str:
    """The span tree as text: name, kind, and the attributes that tell retries and pacing."""
    lines: list[str] = []

    def walk(span: Any, depth: int) -> None:
        shown = {k.removeprefix("instaview."): span.attributes[k] for k in _SHOWN if k in span.attributes}
        pretty = " ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in shown.items())
        lines.append(f"{'  ' * depth}{span.name} [{span.kind.name}] {pretty}".rstrip())
        for child in children(spans, span):
            walk(child, depth + 1)

    for root in sorted(roots(spans), key=lambda s: s.start_time):
        walk(root, 0)
    return "\n".join(lines)


def shape(spans: Sequence[Any]) -> list[str]:
    """The tree without the values that differ run to run (request ids, exact waits)."""
    out = []
    for line in tree(spans).splitlines():
        kept = [w for w in line.split(" ") if not w.startswith(("request_id=", "pacing_wait="))]
        out.append(" ".join(kept))
    return out


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_workflow_span_tree_through_503s_and_a_pacing_wait(exporter: Any, sent: Sent, mode: str) -> None:
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=3)
    run_workflow(fake, sent, mode)
    spans = exporter.get_finished_spans()
    print(f"\nspan tree ({mode}):\n{tree(spans)}")

    (run,) = roots(spans)
    assert run.name == "workflows.schedule_interview" and run.kind.name == "INTERNAL"
    assert run.attributes["instaview.plan"] == "workflows.schedule_interview"
    assert len({s.context.trace_id for s in spans}) == 1  # one trace
    steps = children(spans, run)
    assert [s.name for s in steps] == STEPS
    ops = {}
    for step in steps:
        assert step.attributes["instaview.step"] == step.name
        (op,) = children(spans, step)  # one operation per step (nothing was looked up)
        assert op.kind.name == "INTERNAL"
        assert op.attributes["instaview.operation_id"] == op.name
        ops[step.name] = op
    assert [op.name for op in ops.values()] == [
        "createJob",
        "createCandidate",
        "createAgent",
        "createInterview",
    ]

    # the candidate: three attempts, the first two answered 503
    candidate = ops["candidate"]
    attempts = children(spans, candidate)
    assert [a.name for a in attempts] == ["POST /candidates"] * 3
    assert all(a.kind.name == "CLIENT" for a in attempts)
    assert [a.attributes["http.response.status_code"] for a in attempts] == [503, 503, 201]
    assert [a.attributes["instaview.attempt"] for a in attempts] == [1, 2, 3]
    assert [a.attributes.get("http.request.resend_count") for a in attempts] == [None, 1, 2]
    assert [a.attributes.get("error.type") for a in attempts] == ["503", "503", None]
    assert candidate.attributes["instaview.retries"] == 2
    assert candidate.attributes["http.response.status_code"] == 201
    assert candidate.attributes["instaview.request_id"] == attempts[-1].attributes["instaview.request_id"]
    assert [e.name for e in candidate.events] == ["instaview.retry", "instaview.retry"]
    assert candidate.events[0].attributes["reason"] == "HTTP 503"
    assert candidate.status.status_code.name == "UNSET"

    # the rate limit (3 a minute) ran out after the agent: the interview's attempt waited for the window
    interview = ops["interview"]
    (attempt,) = children(spans, interview)
    assert interview.attributes["instaview.pacing_wait"] > 0
    assert attempt.attributes["instaview.pacing_wait"] == interview.attributes["instaview.pacing_wait"]
    assert [e.name for e in interview.events] == ["instaview.pace"]
    for name in ("job", "agent"):
        assert ops[name].attributes["instaview.retries"] == 0
        assert ops[name].attributes["instaview.pacing_wait"] == 0.0

    # traceparent: each attempt told the server its own span, in order
    client_spans = sorted((s for s in spans if s.kind.name == "CLIENT"), key=lambda s: s.start_time)
    expected = [
        f"00-{s.context.trace_id:032x}-{s.context.span_id:016x}-{s.context.trace_flags:02x}"
        for s in client_spans
    ]
    assert [h.get("traceparent") for h in sent.headers] == expected
    assert len(expected) == 6  # job, candidate x3, agent, interview


def test_sync_and_async_trees_have_the_same_shape(exporter: Any) -> None:
    shapes = []
    for mode in ("sync", "async"):
        exporter.clear()
        fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=3)
        run_workflow(fake, Sent(), mode)
        shapes.append(shape(exporter.get_finished_spans()))
    assert shapes[0] == shapes[1]


def test_secrets_probe_over_every_span(exporter: Any, sent: Sent) -> None:
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=3)
    run_workflow(fake, sent, "sync")
    with sync_client(fake, sent) as client, pytest.raises(iv.NotFoundError):
        client.jobs.get("00000000-0000-4000-8000-000000000000")
    spans = exporter.get_finished_spans()
    assert len(spans) == 17  # the workflow (15) and the failed get (2)
    texts: list[str] = []
    for span in spans:
        texts += [span.name, str(span.status.description), str(dict(span.resource.attributes))]
        texts += [f"{k}={v}" for k, v in span.attributes.items()]
        for event in span.events:
            texts += [event.name] + [f"{k}={v}" for k, v in event.attributes.items()]
        texts += [str(link.attributes) for link in span.links]
    blob = "\n".join(texts)
    for secret in (KEY, KEY.removeprefix("sk_test_"), "Bearer", "authorization", "Authorization"):
        assert secret not in blob
    # the failed operation: an error status and its type, nothing more
    (failed,) = [s for s in spans if s.name == "getJob"]
    assert failed.status.status_code.name == "ERROR"
    assert failed.attributes["error.type"] == "NotFoundError"
    assert failed.attributes["http.response.status_code"] == 404


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_bulk_run_is_the_parent_of_its_rows(exporter: Any, sent: Sent, mode: str) -> None:
    fake = FakeInstaView(seed=0, now=NOW)
    with sync_client(fake, sent) as client:
        job = client.with_options(tracing=False).jobs.create(**JOB)
        if mode == "sync":
            result = client.bulk.create_candidates(ROWS, job_id=job.id, concurrency=2)
        else:

            async def go() -> Any:
                async with async_client(fake, sent) as aclient:
                    return await aclient.bulk.create_candidates(ROWS, job_id=job.id, concurrency=2)

            result = asyncio.run(go())
    assert result.created == 3
    spans = exporter.get_finished_spans()
    print(f"\nspan tree (bulk, {mode}):\n{tree(spans)}")
    (run,) = roots(spans)  # jobs.create with tracing=False made none
    assert run.name == "bulk.create_candidates"
    rows_seen = children(spans, run)
    assert sorted(s.name for s in rows_seen) == ["row 0", "row 1", "row 2"]
    for row in rows_seen:
        (op,) = children(spans, row)
        assert op.name == "createCandidate"
        assert [a.name for a in children(spans, op)] == ["POST /candidates"]
    assert len({s.context.trace_id for s in spans}) == 1


def test_tracing_false_makes_no_span_and_sends_no_traceparent(
    exporter: Any, fake: FakeInstaView, sent: Sent
) -> None:
    hooks = iv.Hooks(on_request=lambda event: None, on_step=lambda event: None)  # the observer runs, untraced
    with sync_client(fake, sent, tracing=False, hooks=hooks) as client:
        client.jobs.create(**JOB)
        client.workflows.schedule_interview(job=JOB, candidate=CANDIDATE, agent=AGENT, at=AT)
        rows = client.with_options(tracing=True, hooks=None)
        rows.jobs.create(**JOB)
    assert [s.name for s in exporter.get_finished_spans()] == ["POST /jobs", "createJob"]
    assert [h.get("traceparent") is not None for h in sent.headers] == [False] * 5 + [True]


def test_without_a_tracer_provider_nothing_is_traced(
    monkeypatch: pytest.MonkeyPatch, fake: FakeInstaView, sent: Sent
) -> None:
    from opentelemetry import trace

    # a current span context the application took from elsewhere, but no tracer provider: nothing is sent
    incoming = trace.NonRecordingSpan(
        trace.SpanContext(0x1234, 0x5678, is_remote=True, trace_flags=trace.TraceFlags(1))
    )
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)
    monkeypatch.delenv("OTEL_PYTHON_TRACER_PROVIDER", raising=False)
    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    with trace.use_span(incoming), sync_client(fake, sent) as client:
        client.jobs.create(**JOB)
        monkeypatch.setattr(trace, "_TRACER_PROVIDER", trace.NoOpTracerProvider())  # set on purpose: off too
        client.jobs.create(**JOB)
    assert [h.get("traceparent") for h in sent.headers] == [None, None]


_PROBE = """
import sys
import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] == "opentelemetry")

fake = FakeInstaView()
print("import", loaded())
client = iv.InstaView(api_key="sk_test_x", http_client=fake.http_client(), tracing={tracing})
print("client", loaded())
client.jobs.list()
print("request", bool(loaded()))
"""


@pytest.mark.parametrize("tracing", [True, False])
def test_opentelemetry_is_imported_at_the_first_request_only(tracing: bool) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(tracing=tracing)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["import []", "client []", f"request {tracing}"]
