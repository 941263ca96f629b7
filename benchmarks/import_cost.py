"""Import cost in a fresh interpreter, paired with httpx: wall time (median of runs) and peak RSS of the child
(``VmHWM``: the interpreter itself included).

Two figures: ``import instaview_plus`` vs ``import httpx``, and first use (``import instaview_plus``,
``InstaView()``, ``client.jobs``, ``client.interviews``) vs ``import httpx; httpx.Client()``. The children run
from compiled bytecode, as an installed package does (pip compiles on install; the warm-up run writes the
``.pyc`` files of an editable checkout even when the parent has ``PYTHONDONTWRITEBYTECODE`` set), so the
figures measure importing, not compiling.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ._common import ROOT, Figure, Stats, spread

TARGET, FIRST_USE_TARGET, RSS_MIB = 1.3, 1.5, 30.0
# the peak RSS is read after the statement; benchmarks._common (stdlib only) is imported after the timing
_PROBE = (
    "import time; t = time.perf_counter(); {code}; dt = time.perf_counter() - t;"
    " from benchmarks._common import peak_rss; print(__import__('json').dumps([dt, peak_rss()]))"
)
IMPORT_SDK, IMPORT_HTTPX = "import instaview_plus", "import httpx"
FIRST_USE_SDK = (
    "import instaview_plus; client = instaview_plus.InstaView(api_key='sk_test_benchmark');"
    " client.jobs; client.interviews"
)
FIRST_USE_HTTPX = "import httpx; httpx.Client()"
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _probe(code: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-X", "frozen_modules=on", "-c", _PROBE.format(code=code)],
        cwd=ROOT,
        env=_ENV,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    seconds, rss = json.loads(out)
    return float(seconds), float(rss) / 2**20


def _paired(sdk_code: str, base_code: str, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Paired runs (the order alternates); the time is the statement alone, measured in the child."""
    _probe(base_code), _probe(sdk_code)  # warm the OS file cache and write any missing bytecode
    ours, theirs, rss = [], [], []
    for i in range(runs):
        order = [sdk_code, base_code] if i % 2 == 0 else [base_code, sdk_code]
        got = {code: _probe(code) for code in order}
        ours.append(got[sdk_code][0])
        theirs.append(got[base_code][0])
        rss.append(got[sdk_code][1])
    return ours, theirs, rss


def _ms(values: list[float]) -> str:
    return spread(Stats([v * 1e3 for v in values]), "{:.1f}")


def run(*, runs: int = 15) -> Figure:
    """``import instaview_plus`` vs ``import httpx``."""
    ours, theirs, rss = _paired(IMPORT_SDK, IMPORT_HTTPX, runs)
    r, peak = Stats([a / b for a, b in zip(ours, theirs, strict=True)]), Stats(rss).median
    return Figure(
        name="import instaview_plus (fresh process)",
        measured=f"{Stats(ours).median * 1e3:.1f} ms, peak RSS {peak:.1f} MiB",
        ratio=r,
        target=f"<= {TARGET}x import httpx, RSS <= {RSS_MIB:g} MiB",
        passed=r.median <= TARGET and peak <= RSS_MIB,
        detail=f"instaview_plus {_ms(ours)} ms, httpx {_ms(theirs)} ms; peak RSS median {peak:.1f}"
        f" (max {max(rss):.1f}) MiB of {runs} runs",
    )


def run_first_use(*, runs: int = 15) -> Figure:
    """``import instaview_plus; InstaView(); client.jobs; client.interviews`` vs ``httpx.Client()``."""
    ours, theirs, rss = _paired(FIRST_USE_SDK, FIRST_USE_HTTPX, runs)
    r, peak = Stats([a / b for a, b in zip(ours, theirs, strict=True)]), Stats(rss).median
    return Figure(
        name="first use: InstaView(), .jobs, .interviews",
        measured=f"{Stats(ours).median * 1e3:.1f} ms, peak RSS {peak:.1f} MiB",
        ratio=r,
        target=f"<= {FIRST_USE_TARGET}x import httpx; httpx.Client()",
        passed=r.median <= FIRST_USE_TARGET,
        detail=f"sdk {_ms(ours)} ms, httpx {_ms(theirs)} ms (both in a fresh process); peak RSS median"
        f" {peak:.1f} MiB of {runs} runs",
    )
