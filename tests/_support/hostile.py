"""Support of the hostile-world tests (issue #12: ids, keys, cancellation, corrupt answers, faults on the wire).

Their requests are off-contract on purpose, so each of their modules sets ``pytestmark`` to exempt itself
from the openapi contract check. Registered as a plugin in ``tests/conftest.py``: the ``logs`` fixture, and
the figures (cases run per class, and what went wrong) printed at the end of a run (``pytest -s``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from .stats import FIGURES

KEY = "sk_test_hardening_0123456789abcdefSECRET"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.write_line("hardening figures (cases, and lost/duplicated/untyped/misrouted/key_leaks):")
    for kind in sorted(FIGURES):
        figures = FIGURES[kind]
        names = ["lost", "duplicated", "untyped", "misrouted", "key_leaks"]
        names += sorted(set(figures) - {"cases", *names})  # class-specific figures (leaked_slots ...)
        bad = ", ".join(f"{name}={figures[name]}" for name in names)
        terminalreporter.write_line(f"  {kind}: {figures['cases']} cases; {bad}")


def public_methods(client: Any) -> list[tuple[str, Any, list[str]]]:
    """``(dotted name, bound method, required id parameters)`` of every public resource method of a client
    (nested resources such as ``interviews.call_attempts`` included), found by introspection."""
    import inspect

    skip = {"base_url", "company_id", "rate_limit", "close", "with_options", "for_company"}
    found: list[tuple[str, Any, list[str]]] = []

    def walk(obj: Any, name: str) -> None:
        for attr in sorted(dir(obj)):
            if attr.startswith("_") or attr == "with_raw_response":
                continue
            value = getattr(obj, attr)
            if inspect.ismethod(value):
                params = inspect.signature(value).parameters.values()
                # path ids are the positional parameters (keyword-only ones, like bulk's job_id, are values)
                ids = [
                    p.name
                    for p in params
                    if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
                    and p.default is inspect.Parameter.empty
                    and p.name.endswith("_id")
                ]
                found.append((f"{name}.{attr}", value, ids))
            elif hasattr(value, "_client"):
                walk(value, f"{name}.{attr}")

    for attr in sorted(dir(client)):
        if not attr.startswith("_") and attr not in skip:
            walk(getattr(client, attr), attr)
    return found


def leaks(key: str, *texts: object) -> int:
    """How many of ``texts`` (exceptions with their whole cause/context chain, log lines ...) show ``key``."""
    n = 0
    for text in texts:
        seen = set()
        item: Any = text
        while item is not None and id(item) not in seen:
            seen.add(id(item))
            shown = f"{item!s} {item!r} {getattr(item, 'args', '')!r} {getattr(item, '__dict__', '')!r}"
            n += key in shown
            item = getattr(item, "__cause__", None) or getattr(item, "__context__", None)
    return n


class Logs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage() + repr(record.args) + str(record.exc_info))


@pytest.fixture
def logs() -> Iterator[Logs]:
    """Every log record of every logger (httpx, httpcore, instaview_plus), at DEBUG."""
    handler, root = Logs(), logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old)
