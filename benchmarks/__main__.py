"""``python -m benchmarks [--quick] [--report-only] [--no-profile]``: run every figure and print one table.

Exits 1 when a target fails, unless ``--report-only``. ``--quick`` uses tiny counts (a smoke run: the numbers
mean nothing, the structure and the correctness checks still hold).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable

from . import bulk, bulk_schedule, call_overhead, import_cost, page_parse, pagination_memory, profile_split
from ._common import Figure, table

# figure -> (full counts, quick counts); the quick ones only prove the code runs
COUNTS: dict[str, tuple[dict[str, int], dict[str, int]]] = {
    "get": ({"calls": 2000, "rounds": 9, "warmup": 300}, {"calls": 5, "rounds": 2, "warmup": 2}),
    "page": ({"calls": 200, "rounds": 9, "warmup": 30}, {"calls": 2, "rounds": 2, "warmup": 1}),
    "import": ({"runs": 15}, {"runs": 1}),
    "walk": ({"total": 100_000, "limit": 100}, {"total": 300, "limit": 100}),
    "bulk": (
        {"candidates": 2000, "limit": 80, "concurrency": 16},
        {"candidates": 20, "limit": 1000, "concurrency": 4},
    ),
    "schedule": (
        {"rows": 600, "limit": 40, "window": 2, "concurrency": 8},
        {"rows": 20, "limit": 1000, "window": 1, "concurrency": 4},
    ),
    "profile": ({"calls": 2000, "page_calls": 100}, {"calls": 5, "page_calls": 2}),
}
FULL = {name: full for name, (full, _) in COUNTS.items()}
QUICK = {name: quick for name, (_, quick) in COUNTS.items()}


def figures(counts: dict[str, dict[str, int]], log: Callable[[str], None] = lambda _: None) -> list[Figure]:
    """Every figure of the table, in order."""
    steps: list[tuple[str, Callable[[], Figure]]] = [
        ("jobs.get sync", lambda: call_overhead.run_sync(**counts["get"])),
        ("jobs.get async", lambda: call_overhead.run_async(**counts["get"])),
        ("jobs.list page", lambda: page_parse.run(**counts["page"])),
        ("import", lambda: import_cost.run(**counts["import"])),
        ("first use", lambda: import_cost.run_first_use(**counts["import"])),
        ("pagination walk", lambda: pagination_memory.run(**counts["walk"])),
        ("bulk", lambda: bulk.run(**counts["bulk"])),
        ("bulk schedule", lambda: bulk_schedule.run(**counts["schedule"])),
        ("bulk schedule shared", lambda: bulk_schedule.run_shared(**counts["schedule"])),
    ]
    out = []
    for name, step in steps:
        start = time.perf_counter()
        out.append(step())
        log(f"  {name}: {time.perf_counter() - start:.1f} s")
    return out


def exit_code(rows: list[Figure], *, report_only: bool) -> int:
    """1 when a target failed, unless the run only reports."""
    return 0 if report_only or all(f.passed for f in rows) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts (smoke run)")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when a target fails")
    parser.add_argument("--no-profile", action="store_true", help="skip the profile split")
    args = parser.parse_args(argv)
    counts = QUICK if args.quick else FULL
    print(f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}", flush=True)
    rows = figures(counts, log=lambda line: print(line, file=sys.stderr, flush=True))
    print()
    print(table(rows))
    if not args.no_profile:
        print()
        print("Overhead split (cProfile; shares of the SDK call):")
        print(profile_split.render(profile_split.run(**counts["profile"])))
    failed = [f.name for f in rows if not f.passed]
    print()
    print("all targets met" if not failed else f"targets missed: {', '.join(failed)}")
    return exit_code(rows, report_only=args.report_only)


if __name__ == "__main__":
    sys.exit(main())
