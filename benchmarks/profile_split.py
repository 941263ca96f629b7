"""Where the time of ``jobs.get()`` and ``jobs.list()`` goes, from a cProfile run (the overhead split).

Buckets (cumulative time of the functions named, per call; profiling inflates every figure, so the split is
shown as shares of the SDK call, next to what raw httpx spends in the same transport):

- arguments: checking the arguments against the spec (``_pipeline/calls.py`` ``build_call``);
- request building: ``Pipeline.build`` (URL, headers, ``httpx.Client.build_request``);
- transport: ``httpx.Client.send`` including the MockTransport handler (the part raw httpx pays too);
- pacing and retry bookkeeping: the pacer, the retry decision, logging;
- unwrapping: JSON decoding and the envelope (``Pipeline.parse`` minus model parsing);
- model parsing: the operation's parser (``_pipeline/parsers.py`` ``model``, ``_plans/pagination.py`` ``page_op``).
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import Any

import httpx

import instaview_plus as iv

from ._common import API_KEY, JOB_ID, fixed_handler, job_envelope_bytes, job_page_bytes


def _key(fn: Any) -> tuple[str, int, str]:
    code = fn.__code__
    return code.co_filename, code.co_firstlineno, code.co_name


def _buckets() -> dict[str, list[tuple[str, int, str]]]:
    """bucket -> the functions (as cProfile keys) whose cumulative time it takes."""
    from instaview_plus._pipeline import attempts
    from instaview_plus._pipeline.calls import build_call
    from instaview_plus._pipeline.operation import Operation
    from instaview_plus._pipeline.pacing import Pacer
    from instaview_plus._pipeline.parsers import model
    from instaview_plus._pipeline.pipeline import Pipeline
    from instaview_plus._plans.pagination import page_op

    probe = Operation(id="listJobs", method="GET", path="/jobs", parse=lambda x: x)
    return {
        "arguments": [_key(build_call)],
        "request building": [_key(Pipeline.build)],
        "transport (httpx send + handler)": [_key(httpx.Client.send)],
        "pacing, retry, logging": [
            _key(Pacer.reserve),
            _key(attempts._on_response),
            _key(attempts._decide_response),
            _key(attempts._final),
        ],
        "parse": [_key(Pipeline.parse)],
        "model": [_key(model("Job")), _key(page_op(probe, page=1, limit=None).parse)],
    }


def split(call: Callable[[], Any], *, calls: int) -> dict[str, float]:
    """Seconds per call in each bucket (under the profiler), plus ``total``."""
    call()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    buckets = _buckets()
    out = {name: sum(stats[k][3] for k in keys if k in stats) / calls for name, keys in buckets.items()}
    page_or_model = max(stats[k][3] for k in buckets["model"] if k in stats) / calls  # the page parser wins
    out.pop("model")
    out["unwrap (JSON + envelope)"] = out.pop("parse") - page_or_model
    out["model parsing"] = page_or_model
    out["total"] = sum(v[2] for v in stats.values()) / calls
    return out


def _client(body: bytes) -> iv.InstaView:
    http = httpx.Client(transport=httpx.MockTransport(fixed_handler(body)))
    return iv.InstaView(api_key=API_KEY, http_client=http)


def run(*, calls: int = 2000, page_calls: int = 100) -> dict[str, dict[str, float]]:
    """The split of ``jobs.get()`` and of ``jobs.list(limit=100)`` (all items read)."""
    get_client = _client(job_envelope_bytes())
    list_client = _client(job_page_bytes(1, 100, 100))
    return {
        "jobs.get()": split(lambda: get_client.jobs.get(JOB_ID), calls=calls),
        "jobs.list() page of 100": split(
            lambda: [j.id for j in list_client.jobs.list(limit=100).items], calls=page_calls
        ),
    }


def render(result: dict[str, dict[str, float]]) -> str:
    """One block per call: bucket, microseconds per call (profiled), share of the total."""
    lines = []
    for name, buckets in result.items():
        total = buckets["total"]
        lines.append(f"{name}: {total * 1e6:.1f} us per call under the profiler")
        for bucket, seconds in buckets.items():
            if bucket != "total":
                lines.append(f"    {bucket:<34} {seconds * 1e6:8.1f} us  {seconds / total:6.1%}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(run()))
