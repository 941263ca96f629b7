"""CSV files in, bulk summaries out: what ``candidates import`` and ``interviews import`` share."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .._exceptions import InvalidRequestError
from ._output import emit

__all__ = ["read_rows", "report"]

Cell = Callable[[dict[str, Any], str, str], None]


def read_rows(path: Path, cell: Cell) -> list[dict[str, Any]]:
    """Every row of the CSV at ``path``; ``cell(row, header, value)`` stores each non-empty, stripped cell.

    A missing or unreadable file (or a cell ``cell`` refuses with ``ValueError``) is an
    ``InvalidRequestError`` naming ``file``.
    """
    if not path.is_file():
        raise InvalidRequestError(f"no such file: {path}", argument="file")
    rows: list[dict[str, Any]] = []
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            for record in csv.DictReader(fh):
                row: dict[str, Any] = {}
                for header, value in record.items():
                    if header is not None and value is not None and value.strip():
                        cell(row, header.strip(), value.strip())
                rows.append(row)
    except (csv.Error, ValueError) as exc:  # UnicodeDecodeError and json's errors are ValueErrors
        raise InvalidRequestError(f"{path} is not a readable CSV: {exc}", argument="file") from None
    return rows


def report(summary: Mapping[str, Any], failures: Sequence[Any], line: str, *, as_json: bool) -> int:
    """Print a bulk run's summary (``line`` on stdout, one line per failed row on stderr) or it as JSON.

    Returns the exit status: 1 when a row failed.
    """
    errors = [{"row": r.index + 1, "error": " ".join(str(r.error).split())} for r in failures]
    if as_json:
        emit({**summary, "errors": errors}, as_json=True)
    else:
        print(line)
        for error in errors:
            print(f"  row {error['row']}: {error['error']}", file=sys.stderr)
    return 1 if failures else 0
