"""What a command prints: JSON for scripts (``--json``), plain tables for people, progress on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

__all__ = ["Progress", "emit", "table"]

_FIRST = ("id", "title", "name", "firstName", "lastName", "email", "status", "type", "url", "createdAt")
MAX_COLUMNS = 7
MAX_WIDTH = 40


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= MAX_WIDTH else text[: MAX_WIDTH - 1] + "…"


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    keys: dict[str, None] = {}
    for row in rows:
        for key, value in row.items():
            if not isinstance(value, dict | list):
                keys.setdefault(key)
    ordered = [k for k in _FIRST if k in keys] + [k for k in keys if k not in _FIRST]
    return ordered[:MAX_COLUMNS]


def table(rows: Sequence[Sequence[str]], stream: TextIO) -> None:
    """Left-aligned columns separated by two spaces (the first row is the header)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(), file=stream)


def emit(result: Any, *, as_json: bool, stream: TextIO | None = None) -> None:
    """Print an operation's result: JSON as the API sent it, or a table (a list) / fields (an object)."""
    stream = stream or sys.stdout
    if as_json:
        print(json.dumps(result, indent=2, default=str, ensure_ascii=False), file=stream)
        return
    if isinstance(result, dict) and isinstance(result.get("data"), list):  # {data: [...], total}: the list
        result = result["data"]
    if isinstance(result, list) and result and all(isinstance(r, dict) for r in result):
        columns = _columns(result)
        table([columns, *[[_cell(r.get(c)) for c in columns] for r in result]], stream)
    elif isinstance(result, list):
        print("(none)" if not result else "\n".join(_cell(r) for r in result), file=stream)
    elif isinstance(result, dict):
        if result:
            table([[str(k), _cell(v)] for k, v in result.items()], stream)
    elif result is None or result is True:
        print("ok", file=stream)
    else:
        print(_cell(result), file=stream)


class Progress:
    """A progress bar on a terminal (redrawn in place); on a pipe, a line at each tenth and at the end."""

    WIDTH = 30

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._tenth = -1

    def update(self, done: int, total: int, detail: str = "") -> None:
        """Show ``done`` of ``total`` (and a short detail such as counts)."""
        share = done / total if total else 1.0
        line = (
            f"{self.label} [{'#' * int(share * self.WIDTH):<{self.WIDTH}}] {done}/{total} {detail}".rstrip()
        )
        if self.tty:
            print("\r" + line, end="" if done < total else "\n", file=self.stream, flush=True)
        elif int(share * 10) > self._tenth:
            self._tenth = int(share * 10)
            print(line, file=self.stream, flush=True)

    def note(self, text: str) -> None:
        """A status line (replaces the bar's line on a terminal)."""
        if self.tty:
            print("\r\x1b[K" + text, end="", file=self.stream, flush=True)
        else:
            print(text, file=self.stream, flush=True)

    def end(self) -> None:
        """Finish the line on a terminal."""
        if self.tty:
            print(file=self.stream, flush=True)
