"""Smoke run of ``nox -s bench`` with tiny counts, so the benchmarks cannot rot.

Only the structure and the correctness checks are asserted (every figure present, no candidate lost or
duplicated, no 429 surfaced, every page walked); timings at these counts mean nothing and are not checked.
"""

from __future__ import annotations

from benchmarks import __main__ as runner
from benchmarks import profile_split
from benchmarks._common import table


def test_every_figure_runs_and_the_table_shows_it() -> None:
    figures = runner.figures(runner.QUICK)
    names = [f.name for f in figures]
    assert len(figures) == 9 and len(set(names)) == 9
    for figure in figures:
        assert figure.target and figure.measured
        if figure.ratio is not None:
            assert figure.ratio.min > 0 and figure.ratio.min <= figure.ratio.median <= figure.ratio.max
    walk, bulk = figures[5], figures[6]
    assert walk.extra["seen"] == runner.QUICK["walk"]["total"]
    assert bulk.extra["lost"] == 0 and bulk.extra["duplicated"] == 0 and bulk.extra["surfaced"] == {}
    assert bulk.extra["wire"].get(201) == runner.QUICK["bulk"]["candidates"]
    for schedule in figures[7:]:  # per-process, then Redis-shared pacing
        if schedule.measured != "not run":
            assert schedule.extra["surfaced"] == 0 and schedule.extra["failed"] == 0, schedule.detail
            assert schedule.extra["wire"].get(201) == runner.QUICK["schedule"]["rows"]
    printed = table(figures)
    assert all(name in printed for name in names)
    assert printed.count("PASS") + printed.count("FAIL") == 9
    assert runner.exit_code(figures, report_only=True) == 0
    assert runner.exit_code(figures, report_only=False) == (0 if all(f.passed for f in figures) else 1)


def test_the_profile_split_covers_the_call() -> None:
    result = profile_split.run(**runner.QUICK["profile"])
    for buckets in result.values():
        assert buckets["total"] > 0
        assert all(value >= 0 for value in buckets.values())
        assert sum(v for k, v in buckets.items() if k != "total") <= buckets["total"] * 1.05
    assert "model parsing" in profile_split.render(result)
