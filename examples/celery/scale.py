"""``nox -s scale``: the Celery recipe for real, on 127.0.0.1, with figures.

A real ``redis-server`` (broker, shared pacer and checkpoints), real Celery worker processes (prefork, one
child each) running ``tasks.import_chunk``, and the fake API (``fake.serve()``) whose key allows ``--limit``
requests per ``--window`` seconds. Scenarios, each on a fresh fake and a flushed Redis:

- ``shared``: every worker paces through Redis (``rate_limit="redis://..."``);
- ``per-process``: the same run, each worker pacing alone (``rate_limit="auto"``), for comparison;
- ``kill``: shared pacing, and one worker process is killed with SIGKILL mid-chunk (its chunk is redelivered).

Figures from the fake's own counts: candidates created, duplicates, 429s surfaced to the tasks, server 429s
per 100 requests, and the fraction of the key's limit used in the saturated windows (every window of the
import but its first and last, which are partial). Exits 1 when ``shared`` or ``kill`` misses a target:
every candidate exactly once, 0 surfaced 429s, and (``shared``) at most 2 server 429s per 100 requests and at
least 0.9 of the limit. Every process it starts is stopped by its pid.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

import instaview_plus as iv  # noqa: E402
from instaview_plus.testing import FakeInstaView  # noqa: E402
from tests.redis_server import redis_server  # noqa: E402

API_KEY = "sk_test_scale_shared_key"
READY_TIMEOUT = 60.0
RUN_TIMEOUT = 150.0


def rows(n: int) -> list[dict[str, Any]]:
    return [
        {
            "first_name": "Scale",
            "last_name": f"Row{i:05d}",
            "email": f"scale{i:05d}@example.com",
            "gdpr_expiry_date": "2030-01-31",
        }
        for i in range(n)
    ]


class Workers:
    """``count`` Celery workers (prefork, one child each), started and stopped by pid."""

    def __init__(self, count: int, env: dict[str, str], logdir: Path) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []
        for i in range(count):
            log = logdir / f"worker{i}.log"
            cmd = [
                sys.executable, "-m", "celery", "-A", "tasks", "worker", "--pool=prefork", "--concurrency=1",
                "-n", f"w{i}@scale", "--without-gossip", "--without-mingle", "--without-heartbeat",
                "-l", "info", "-f", str(log),
            ]  # fmt: skip
            self.procs.append(subprocess.Popen(cmd, cwd=HERE, env=env, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.STDOUT))  # fmt: skip
            self.logs.append(log)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while not all(log.exists() and " ready." in log.read_text(errors="replace") for log in self.logs):
            dead = [p.pid for p in self.procs if p.poll() is not None]
            if dead or time.monotonic() > deadline:
                tails = "\n".join(
                    log.read_text(errors="replace")[-2000:] for log in self.logs if log.exists()
                )
                raise RuntimeError(f"Celery workers did not start (exited: {dead}):\n{tails}")
            time.sleep(0.2)

    def children(self) -> set[int]:
        """Pids of the workers' pool processes (the ones running tasks)."""
        mine = {p.pid for p in self.procs}
        out = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) in mine:
                out.add(int(stat.parent.name))
        return out

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=10)


def _progress(store: Any, key: str) -> dict[int, tuple[int, int, int]]:
    out = {}
    for chunk, value in store.hgetall(key).items():
        done_total, pid = value.decode().split(" pid=")
        done, total = done_total.split("/")
        out[int(chunk)] = (int(done), int(total), int(pid))
    return out


def _kill_mid_chunk(store: Any, key: str, workers: Workers, deadline: float) -> dict[str, Any]:
    """SIGKILL a pool process of ours while its chunk is part-way done (``key``: the progress hash)."""
    while time.monotonic() < deadline:
        children = workers.children()
        for chunk, (done, total, pid) in sorted(_progress(store, key).items()):
            if 2 <= done <= total - 3 and pid in children:
                os.kill(pid, signal.SIGKILL)
                return {"chunk": chunk, "pid": pid, "rows_done_when_killed": f"{done}/{total}"}
        time.sleep(0.02)
    raise RuntimeError("no chunk was caught part-way: nothing was killed")


def saturation(fake: FakeInstaView, key_id: str, start: float) -> float:
    """Mean share of the limit used in the import's windows, its partial first and last left out."""
    counts = fake.limiter.window_counts(key_id)
    first = int(start // fake.rate_limit_window) + 1
    last = max(counts, default=first)
    inner = [counts.get(w, 0) for w in range(first, last)]  # idle windows count as 0
    return round(sum(inner) / (len(inner) * fake.rate_limit_per_minute), 3) if inner else 0.0


def scenario(name: str, redis_url: str, args: argparse.Namespace, logdir: Path) -> dict[str, Any]:
    import redis

    store = redis.Redis.from_url(redis_url)
    store.flushall()
    fake = FakeInstaView(seed=1, rate_limit_per_minute=args.limit, rate_limit_window=args.window)
    with fake.serve() as base_url:
        with iv.InstaView(api_key=API_KEY, base_url=base_url) as admin:
            job_id = admin.jobs.create(title="Scale import", description="nox -s scale", status="OPEN").id
        pacer_url = redis_url.rsplit("/", 1)[0] + "/1?lease=10"
        env = {
            **os.environ,
            "CELERY_BROKER_URL": redis_url,
            "INSTAVIEW_API_KEY": API_KEY,
            "INSTAVIEW_BASE_URL": base_url,
            "INSTAVIEW_RATE_LIMIT": "auto" if name == "per-process" else pacer_url,
            "INSTAVIEW_BULK_CONCURRENCY": str(args.concurrency),
            "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]),
        }
        workers = Workers(args.workers, env, logdir / name)
        killed: dict[str, Any] | None = None
        try:
            workers.wait_ready()
            os.environ["CELERY_BROKER_URL"] = redis_url  # before tasks.py reads it
            from tasks import enqueue

            start = time.time()
            t0 = time.monotonic()
            chunks = enqueue(job_id, rows(args.rows), chunk_size=args.chunk)
            deadline = t0 + RUN_TIMEOUT
            if name == "kill":
                killed = _kill_mid_chunk(store, f"instaview:import:{job_id}:progress", workers, deadline)
            done_key = f"instaview:import:{job_id}:done"
            while store.hlen(done_key) < chunks:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name}: only {store.hlen(done_key)} of {chunks} chunks finished")
                time.sleep(0.1)
            wall = time.monotonic() - t0
        finally:
            workers.stop()
        outcomes = [json.loads(v) for v in store.hgetall(done_key).values()]
        key_id = fake.state.api_keys[API_KEY].id
        emails = Counter(c.email for c in fake.state.candidates.values() if job_id in c.job_ids)
        requests = fake.requests_by_key[key_id]
        server_429 = fake.throttled[key_id]
        figures = {
            "scenario": name,
            "rows": args.rows,
            "created": len(emails),
            "duplicates": sum(emails.values()) - len(emails),
            "missing": args.rows - len(emails),
            "surfaced_429": sum(o["rate_limited"] for o in outcomes),
            "failed_rows": sum(o["failed"] for o in outcomes),
            "requests": requests,
            "server_429": server_429,
            "server_429_per_100": round(100 * server_429 / requests, 2) if requests else 0.0,
            "limit_fraction": saturation(fake, key_id, start),
            "wall_s": round(wall, 1),
            "status_histogram": fake.stats()["status"],
        }
        if killed:
            figures["killed"] = killed
        return figures


def interview_rows(companies: list[tuple[str, str]], n: int) -> list[dict[str, Any]]:
    """``n`` rows over the companies (``(company_id, agent_id)``), each with an inline candidate."""
    return [
        {
            "company_id": companies[i % len(companies)][0],
            "agent_id": companies[i % len(companies)][1],
            "candidate": {
                "first_name": "Scale",
                "last_name": f"Row{i:05d}",
                "email": f"scale{i:05d}@example.com",
                "gdpr_expiry_date": "2030-01-31",
            },
            "metadata": {"atsApplication": f"APP-{i:05d}"},
        }
        for i in range(n)
    ]


def interview_scenario(name: str, redis_url: str, args: argparse.Namespace, logdir: Path) -> dict[str, Any]:
    """Interviews scheduled by the Celery workers for two companies under one ATS key (shared pacing)."""
    import redis

    from instaview_plus._plans.bulk_rows import MARKER

    store = redis.Redis.from_url(redis_url)
    store.flushall()
    fake = FakeInstaView(
        seed=2, rate_limit_per_minute=args.interview_limit, rate_limit_window=args.window, api_keys=[]
    )
    fake.add_api_key(API_KEY, ats=True)
    companies = []
    with fake.serve() as base_url:
        for company_name in ("Big Staffing", "Small Clinic"):
            company = fake.add_company(company_name, ats_key=API_KEY)
            with iv.InstaView(api_key=API_KEY, base_url=base_url, company_id=company.id) as admin:
                agent = admin.agents.create(
                    name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
                )
            companies.append((company.id, agent.id))
        env = {
            **os.environ,
            "CELERY_BROKER_URL": redis_url,
            "INSTAVIEW_API_KEY": API_KEY,
            "INSTAVIEW_BASE_URL": base_url,
            "INSTAVIEW_RATE_LIMIT": redis_url.rsplit("/", 1)[0] + "/1?lease=10",
            "INSTAVIEW_BULK_CONCURRENCY": str(args.concurrency),
            "INSTAVIEW_SETTLE_WINDOW": "2",  # the fake commits at once; a real API needs the default 60 s
            "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]),
        }
        key_id = fake.state.api_keys[API_KEY].id
        before = fake.requests_by_key[key_id]
        workers = Workers(args.workers, env, logdir / name)
        killed: dict[str, Any] | None = None
        run_id = f"run-{name}"
        try:
            workers.wait_ready()
            os.environ["CELERY_BROKER_URL"] = redis_url
            from tasks import enqueue_interviews

            start = time.time()
            t0 = time.monotonic()
            chunks = enqueue_interviews(
                run_id, interview_rows(companies, args.interview_rows), chunk_size=args.chunk * 2
            )
            deadline = t0 + RUN_TIMEOUT + args.interview_rows / args.interview_limit * args.window
            if name == "interviews-kill":
                killed = _kill_mid_chunk(store, f"instaview:schedule:{run_id}:progress", workers, deadline)
            done_key = f"instaview:schedule:{run_id}:done"
            while store.hlen(done_key) < chunks:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name}: only {store.hlen(done_key)} of {chunks} chunks finished")
                time.sleep(0.1)
            wall = time.monotonic() - t0
        finally:
            workers.stop()
        outcomes = [json.loads(v) for v in store.hgetall(done_key).values()]
        per_row = Counter(i.metadata.get(MARKER) for i in fake.state.interviews.values())
        by_company = Counter(i.company_id for i in fake.state.interviews.values())
        requests = fake.requests_by_key[key_id] - before
        server_429 = fake.throttled[key_id]
        figures = {
            "scenario": name,
            "rows": args.interview_rows,
            "created": len(per_row),
            "duplicates": sum(per_row.values()) - len(per_row),
            "missing": args.interview_rows - len(per_row),
            "interviews_per_row": sorted(set(per_row.values())),
            "per_company": sorted(by_company.values()),
            "surfaced_429": sum(o["rate_limited"] for o in outcomes),
            "failed_rows": sum(o["failed"] for o in outcomes),
            "requests": requests,
            "requests_per_row": round(requests / args.interview_rows, 3),
            "server_429": server_429,
            "server_429_per_100": round(100 * server_429 / requests, 2) if requests else 0.0,
            "limit_fraction": saturation(fake, key_id, start),
            "wall_s": round(wall, 1),
            "status_histogram": fake.stats()["status"],
        }
        if killed:
            figures["killed"] = killed
        return figures


def failures(f: dict[str, Any]) -> list[str]:
    """The targets ``f`` misses (none for ``per-process``: it is the baseline)."""
    out: list[str] = []
    if f["scenario"] == "per-process":
        return out
    if f["created"] != f["rows"] or f["duplicates"] or f["missing"]:
        out.append(
            f"not exactly once: created {f['created']}, duplicates {f['duplicates']}, missing {f['missing']}"
        )
    if f["surfaced_429"]:
        out.append(f"{f['surfaced_429']} 429s surfaced to the tasks")
    if f["scenario"] in ("shared", "interviews"):
        if f["server_429_per_100"] > 2:
            out.append(f"{f['server_429_per_100']} server 429s per 100 requests (at most 2)")
        if f["limit_fraction"] < 0.9:
            out.append(f"{f['limit_fraction']} of the key's limit used (at least 0.9)")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight per worker")
    parser.add_argument("--chunk", type=int, default=10, help="rows per Celery task")
    parser.add_argument("--limit", type=int, default=20, help="the key's requests per window")
    parser.add_argument("--window", type=int, default=5, help="the fake's 'minute' window, in seconds")
    parser.add_argument(
        "--interview-rows", type=int, default=400, help="interviews to schedule (2 companies)"
    )
    parser.add_argument("--interview-limit", type=int, default=40, help="the key's requests per window then")
    parser.add_argument("--scenarios", default="shared,per-process,kill,interviews,interviews-kill")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="instaview-scale-") as tmp, redis_server() as redis_url:
        for name in args.scenarios.split(","):
            (Path(tmp) / name).mkdir()
            run = interview_scenario if name.startswith("interviews") else scenario
            figures = run(name, redis_url, args, Path(tmp))
            print(json.dumps(figures), flush=True)
            results.append(figures)
    print(
        f"\n{args.workers} Celery workers x {args.concurrency} in flight, {args.rows} candidates in chunks of"
        f" {args.chunk}, one key limited to {args.limit} requests per {args.window} s; interviews:"
        f" {args.interview_rows} rows over 2 companies (ATS key), {args.interview_limit} requests per {args.window} s"
    )
    cols = ("scenario", "created", "duplicates", "surfaced_429", "server_429", "server_429_per_100",
            "limit_fraction", "requests", "wall_s")  # fmt: skip
    print(" | ".join(cols))
    for f in results:
        print(" | ".join(str(f[c]) for c in cols))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    problems = [f"{f['scenario']}: {p}" for f in results for p in failures(f)]
    for p in problems:
        print("FAILED", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
