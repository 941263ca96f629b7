"""Hostile-world tests (issue #12): ids, keys, cancellation, corrupt answers, faults on the wire.

Every request here is off-contract on purpose (hostile ids, corrupt answers), so the openapi contract check
is off for the whole folder. ``pytest tests/hardening -s`` prints the cases run per class and the figures.
"""

from __future__ import annotations

from typing import Any

import pytest

from ._stats import FIGURES

KEY = "sk_test_hardening_0123456789abcdefSECRET"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hardening/" in item.nodeid:
            item.add_marker(pytest.mark.contract_exempt("hostile input and answers on purpose", check="all"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.write_line("hardening figures (cases, and lost/duplicated/untyped/misrouted/key_leaks):")
    for kind in sorted(FIGURES):
        figures = FIGURES[kind]
        bad = ", ".join(
            f"{name}={figures[name]}" for name in ("lost", "duplicated", "untyped", "misrouted", "key_leaks")
        )
        terminalreporter.write_line(f"  {kind}: {figures['cases']} cases; {bad}")
