"""Counts of validated and skipped documentation examples, printed at the end of the run."""

from __future__ import annotations

from typing import Any

import pytest

COUNTS = {"validated": 0, "skipped": 0}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Any:
    outcome = yield
    report = outcome.get_result()
    if item.originalname == "test_documented_example" and report.when == "call" and report.passed:
        COUNTS["validated"] += 1
    if item.originalname == "test_documented_example" and report.skipped:
        COUNTS["skipped"] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if COUNTS["validated"] or COUNTS["skipped"]:
        terminalreporter.write_line(
            f"documented examples: {COUNTS['validated']} validated against the spec, {COUNTS['skipped']} skipped"
        )
