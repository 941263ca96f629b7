"""The ```python blocks of a Markdown page, and running them in one namespace (as a reader would, in order).

Kept small and separate so it can be shared with the README's executor.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

__all__ = ["python_blocks", "run_blocks"]

_BLOCK = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, source) of each fenced ```python block."""
    return [(text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in _BLOCK.finditer(text)]


def run_blocks(page: Path) -> dict[str, Any]:
    """Execute every python block of ``page`` in order in one fresh namespace; returns the namespace.

    A failing block raises with the page and line in its traceback (the code is compiled with that name).
    """
    namespace: dict[str, Any] = {"__name__": f"docs:{page.name}"}
    for line, source in python_blocks(page.read_text(encoding="utf-8")):
        code = compile("\n" * (line - 1) + source, str(page), "exec")
        exec(code, namespace)
    return namespace
