"""Walking 100,000 jobs through auto-pagination (100 per page) in a fresh process: peak RSS growth.

A MockTransport serves 1,000 pages generated on the fly (nothing is kept), the walk reads every job's id and
keeps only a count. The child reports its peak RSS before and after the walk (``VmHWM``, see ``_common.peak_rss``) and the
tracemalloc peak of the walk; a constant-memory walk grows by about one page.
"""

from __future__ import annotations

import json
import subprocess
import sys

from ._common import ROOT, Figure

TARGET_MIB = 2.0

_CHILD = r"""
import json, sys, tracemalloc
import httpx
import instaview_plus as iv
from benchmarks._common import API_KEY, job_page_bytes, peak_rss as rss

total, limit = int(sys.argv[1]), int(sys.argv[2])

def handler(request):
    page = int(request.url.params.get("page", "1"))
    return httpx.Response(200, headers={"content-type": "application/json"}, content=job_page_bytes(page, limit, total))

client = iv.InstaView(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
warm = client.jobs.list(limit=limit)  # load models, readers and one page before the baseline
[j.id for j in warm.items]
del warm
before = rss()
tracemalloc.start()
seen = 0
for job in client.jobs.list(limit=limit):
    seen += job.id is not None
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(json.dumps({"seen": seen, "rss_growth": rss() - before, "tracemalloc_peak": peak}))
"""


def run(*, total: int = 100_000, limit: int = 100) -> Figure:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(total), str(limit)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    ).stdout
    result = json.loads(out)
    growth = result["rss_growth"] / 2**20
    passed = growth <= TARGET_MIB and result["seen"] == total
    return Figure(
        name=f"walk {total:,} items by auto-pagination ({limit}/page)",
        measured=f"peak RSS +{growth:.2f} MiB",
        ratio=None,
        target=f"<= {TARGET_MIB:g} MiB growth",
        passed=passed,
        detail=f"{result['seen']:,} items seen over {-(-total // limit)} pages;"
        f" tracemalloc peak during the walk {result['tracemalloc_peak'] / 2**20:.2f} MiB",
        extra=result,
    )
