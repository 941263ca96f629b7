"""What every figure shares: the documented payloads, the MockTransport handler, paired timing, the result row."""

from __future__ import annotations

import asyncio
import copy
import gc
import json
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
BASE_URL = "https://api.instaview.sk"
API_KEY = "sk_test_benchmark"
JOB_ID = "550e8400-e29b-41d4-a716-446655440000"


def peak_rss() -> int:
    """This process's peak resident set size in bytes.

    On Linux it is ``VmHWM`` from /proc/self/status: ``ru_maxrss`` survives ``exec`` and so would report the
    parent's size in a child started by fork+exec. Elsewhere ``ru_maxrss`` (bytes on macOS, KiB otherwise).
    """
    import resource
    import sys

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def documented(example_id: str) -> Any:
    """A documented example (tests/fixtures/doc_examples.json): the same bytes the tests check against."""
    examples = json.loads((ROOT / "tests" / "fixtures" / "doc_examples.json").read_text(encoding="utf-8"))
    return copy.deepcopy(next(e["json"] for e in examples if e["id"] == example_id))


def job_envelope_bytes() -> bytes:
    """The documented job envelope (quickstart response, ``jca-E4``), as sent on the wire."""
    return json.dumps(documented("jca-E4")).encode()


def job_page_bytes(page: int, limit: int, total: int) -> bytes:
    """A documented ``{items, pagination}`` page of ``limit`` copies of the documented job (distinct ids)."""
    job = documented("jca-E4")["data"]
    first = (page - 1) * limit
    items = [
        {**job, "id": f"550e8400-e29b-41d4-a716-{first + i:012d}"} for i in range(min(limit, total - first))
    ]
    pages = -(-total // limit)
    body = {
        "success": True,
        "data": {
            "items": items,
            "pagination": {
                "page": page,
                "limit": limit,
                "total": total,
                "totalPages": pages,
                "hasNextPage": page < pages,
            },
        },
        "error": None,
        "timestamp": "2024-01-15T10:30:00Z",
    }
    return json.dumps(body).encode()


def fixed_handler(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    """A MockTransport handler answering every request with ``body`` (the same for the SDK and raw httpx)."""
    headers = {"content-type": "application/json"}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=body)

    return handle


@dataclass
class Stats:
    """Per-round values of one measurement."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)


Batch = Callable[[int], Any]  # runs the measured call n times


def repeat(call: Callable[[], Any]) -> Batch:
    """A batch of ``n`` sync calls."""

    def batch(n: int) -> None:
        for _ in range(n):
            call()

    return batch


def repeat_async(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[Any]]) -> Batch:
    """A batch of ``n`` awaited calls, run to completion on ``loop`` (one loop entry per batch)."""

    async def many(n: int) -> None:
        for _ in range(n):
            await call()

    return lambda n: loop.run_until_complete(many(n))


def paired_rounds(
    subject: Batch, baseline: Batch, *, calls: int, rounds: int, warmup: int
) -> tuple[Stats, Stats, Stats]:
    """Seconds per call of ``subject`` and ``baseline`` and their ratio, round by round (order alternating).

    After ``warmup`` calls of each, every round times ``calls`` calls of one then of the other, so both see
    the same machine load (garbage collected before each batch); the ratio is taken within each round, then summarised (median, min-max).
    """
    subject(warmup)
    baseline(warmup)
    sub: list[float] = []
    base: list[float] = []
    ratio: list[float] = []
    for r in range(rounds):
        pair = [(subject, sub), (baseline, base)]
        for batch, out in pair if r % 2 == 0 else reversed(pair):
            gc.collect()  # neither side pays for the other's garbage
            start = time.perf_counter()
            batch(calls)
            out.append((time.perf_counter() - start) / calls)
        ratio.append(sub[-1] / base[-1])
    return Stats(sub), Stats(base), Stats(ratio)


@dataclass
class Figure:
    """One row of the table."""

    name: str
    measured: str  # the headline value, with its unit
    ratio: Stats | None  # the ratio the target is about (None when the target is absolute)
    target: str
    passed: bool
    detail: str = ""  # baseline and spread, shown under the row
    extra: dict[str, Any] = field(default_factory=dict)


def spread(stats: Stats, fmt: str = "{:.2f}") -> str:
    """``median (min-max)`` of a Stats."""
    return f"{fmt.format(stats.median)} ({fmt.format(stats.min)}-{fmt.format(stats.max)})"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} us"


def table(figures: Sequence[Figure]) -> str:
    """The printed table: figure, measured, ratio median (min-max), target, PASS/FAIL."""
    head = ("figure", "measured", "ratio median (min-max)", "target", "result")
    rows = [
        (
            f.name,
            f.measured,
            spread(f.ratio) + "x" if f.ratio else "-",
            f.target,
            "PASS" if f.passed else "FAIL",
        )
        for f in figures
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)), line]
    for f, row in zip(figures, rows, strict=True):
        out.append(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        if f.detail:
            out.append("    " + f.detail)
    return "\n".join(out)
