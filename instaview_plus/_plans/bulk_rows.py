"""Bulk candidate import: its results, its checkpoint and the natural key of a row (the plans: ``bulk.py``).

- **Natural key**: a row is known by its e-mail (lower-cased) or, without one, its phone number (spaces,
  dashes, dots and brackets dropped), *within the job*. Every candidate the helper creates carries
  ``metadata["instaviewPlusBulk"] = "<job_id>/<sha256 of the key, 32 hex>"``; a candidate "already exists"
  when the job has one with that marker (looked up by listing the job's candidates with ``search`` set to
  the row's last name, at most 10 pages of 100).
- **Checkpoint**: before a row's POST the checkpoint records it ``pending``; after the answer ``created``,
  ``existed`` or ``failed``. A later run skips what is done and, for a ``pending`` row (the process died with
  the POST in flight), looks the marker up before creating anything.
- **Unknown outcome**: a POST that may have landed (timeout, broken connection, 500/502/504, an unreadable
  2xx) is never replayed blindly: the marker is looked up first, and the row is created only if absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, Protocol, TypeAlias, runtime_checkable

import attrs

from .._exceptions import InstaViewError
from .row_results import RowResults

__all__ = [
    "MARKER",
    "BulkProgress",
    "BulkResult",
    "Checkpoint",
    "FileCheckpoint",
    "RowResult",
    "RowStatus",
    "marker_for",
    "natural_key",
]

MARKER = "instaviewPlusBulk"

RowStatus: TypeAlias = Literal["created", "existed", "failed"]
_PHONE_NOISE = re.compile(r"[\s\-().]")


@runtime_checkable
class Checkpoint(Protocol):
    """Where a bulk import records each row's state; any object with these two methods works.

    ``load()`` returns ``{row_key: entry}`` as recorded so far; ``record(row_key, entry)`` stores one entry (a
    JSON-serialisable dict with ``status`` and ``id``) durably before returning. Calls may come from several
    threads at once.
    """

    def load(self) -> Mapping[str, Mapping[str, Any]]:
        """Every entry recorded so far (the last one per key)."""
        ...

    def record(self, key: str, entry: Mapping[str, Any]) -> None:
        """Store one entry durably."""
        ...


class FileCheckpoint:
    """A checkpoint in a JSON-lines file (appended and fsync'd per entry; a torn last line is ignored)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path: Path = Path(path)
        self._lock = threading.Lock()

    def load(self) -> dict[str, dict[str, Any]]:
        """Every entry in the file, the last one per key."""
        out: dict[str, dict[str, Any]] = {}
        if not self.path.exists():
            return out
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if isinstance(item, dict) and isinstance(item.get("key"), str):
                out[item["key"]] = item
        return out

    def record(self, key: str, entry: Mapping[str, Any]) -> None:
        """Append one entry and fsync it."""
        line = json.dumps({**entry, "key": key}, separators=(",", ":")) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def __repr__(self) -> str:
        return f"FileCheckpoint({str(self.path)!r})"


@attrs.frozen
class RowResult:
    """The outcome of one row: ``created`` (by this run), ``existed`` (found by its marker, or done in an earlier
    run) or ``failed`` (see ``error``).

    ``resumed`` is true when the outcome was read from the checkpoint and nothing was sent for the row.
    """

    index: int
    key: str | None
    status: RowStatus
    candidate_id: str | None = None
    error: InstaViewError | None = None
    resumed: bool = False


@attrs.frozen
class BulkProgress:
    """Counts so far, handed to ``on_progress`` after each row (``last`` is the row just finished)."""

    total: int
    done: int
    created: int
    existed: int
    failed: int
    last: RowResult


class BulkResult(RowResults[RowResult]):
    """One ``RowResult`` per input row, in input order, with the counts."""

    _made = "created"

    @property
    def created(self) -> int:
        """Rows created by this run."""
        return self._count("created")


def natural_key(row: Mapping[str, Any]) -> str | None:
    """``email:<lower-cased e-mail>``, else ``phone:<digits and +>``, else ``None`` (the row is refused)."""
    email = row.get("email")
    if isinstance(email, str) and email.strip():
        return "email:" + email.strip().lower()
    phone = row.get("phone_number")
    if isinstance(phone, str) and phone.strip():
        return "phone:" + _PHONE_NOISE.sub("", phone)
    return None


def marker_for(job_id: str, key: str) -> str:
    """The ``metadata["instaviewPlusBulk"]`` value of the candidate of ``key`` in ``job_id``."""
    return f"{job_id}/{hashlib.sha256(key.encode()).hexdigest()[:32]}"
