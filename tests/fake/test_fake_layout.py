"""The fake's layout holds: backends apart from the HTTP shaping, short handlers, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

TESTING = Path(__file__).resolve().parents[2] / "instaview_plus" / "testing"


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def test_backends_neither_read_the_request_nor_shape_answers() -> None:
    """A backend gets plain values and returns records: no request, body, query, envelope or HTTP answer."""
    found = []
    for path in sorted((TESTING / "_backends").glob("*.py")):
        for node in ast.walk(_tree(path)):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.lstrip(".").split(".")[0]
                in (
                    "_responses",
                    "_shaping",
                )
            ):
                found.append(f"{path.name}:{node.lineno} imports {node.module}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("request", "body", "query", "ok", "page")
                and isinstance(node.value, ast.Name)
                and node.value.id == "ctx"
            ):
                found.append(f"{path.name}:{node.lineno} uses ctx.{node.attr}")
    assert not found, "backends that touch HTTP:\n  " + "\n  ".join(found)


def test_no_fake_function_over_60_lines_and_no_module_over_400() -> None:
    long = []
    for path in sorted(TESTING.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > 400:
            long.append(f"{path.relative_to(TESTING)}: {lines} lines")
        if path.parent.name not in ("_responses", "_backends"):
            continue
        for node in ast.walk(_tree(path)):
            if (
                isinstance(node, ast.FunctionDef)
                and node.end_lineno
                and node.end_lineno - node.lineno + 1 > 60
            ):
                long.append(
                    f"{path.relative_to(TESTING)}: {node.name} is {node.end_lineno - node.lineno + 1} lines"
                )
    assert not long, "too long:\n  " + "\n  ".join(long)
