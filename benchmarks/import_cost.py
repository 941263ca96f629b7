"""``import instaview_plus`` in a fresh interpreter vs ``import httpx``: wall time (median of runs, paired) and
peak RSS of the child (``VmHWM``: the interpreter itself included), median of the runs."""

from __future__ import annotations

import json
import subprocess
import sys

from ._common import ROOT, Figure, Stats, spread

TARGET, RSS_MIB = 1.6, 30.0
# the peak RSS is read after the import; benchmarks._common (stdlib only) is imported after the timing
_PROBE = (
    "import time; t = time.perf_counter(); import {module}; dt = time.perf_counter() - t;"
    " from benchmarks._common import peak_rss; print(__import__('json').dumps([dt, peak_rss()]))"
)


def _probe(module: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-X", "frozen_modules=on", "-c", _PROBE.format(module=module)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    seconds, rss = json.loads(out)
    return float(seconds), float(rss) / 2**20


def run(*, runs: int = 15) -> Figure:
    """Paired runs (the order alternates); the time is the import statement alone, measured in the child."""
    _probe("httpx"), _probe("instaview_plus")  # warm the OS file cache
    ours, theirs, ratio, rss = [], [], [], []
    for i in range(runs):
        order = ["instaview_plus", "httpx"] if i % 2 == 0 else ["httpx", "instaview_plus"]
        got = {m: _probe(m) for m in order}
        ours.append(got["instaview_plus"][0])
        theirs.append(got["httpx"][0])
        ratio.append(ours[-1] / theirs[-1])
        rss.append(got["instaview_plus"][1])
    r, peak = Stats(ratio), Stats(rss).median
    return Figure(
        name="import instaview_plus (fresh process)",
        measured=f"{Stats(ours).median * 1e3:.1f} ms, peak RSS {peak:.1f} MiB",
        ratio=r,
        target=f"<= {TARGET}x import httpx, RSS <= {RSS_MIB:g} MiB",
        passed=r.median <= TARGET and peak <= RSS_MIB,
        detail=f"instaview_plus {spread(Stats([v * 1e3 for v in ours]), '{:.1f}')} ms,"
        f" httpx {spread(Stats([v * 1e3 for v in theirs]), '{:.1f}')} ms; peak RSS median {peak:.1f} (max {max(rss):.1f}) MiB of {runs} runs",
    )
