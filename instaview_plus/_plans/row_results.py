"""What the runs over many rows share (bulk imports, bulk scheduling): the results and their recorder.

``BulkResult`` (``bulk_rows.py``) and ``ScheduleResult`` (``schedule.py``) are ``RowResults``: one result per
input row, in input order, with the counts. ``Recorder`` (``bulk.py``) and ``ScheduleRecorder``
(``schedule_plan.py``) are ``RowRecorder``s: they write each row's state to the checkpoint and count the
finished rows for ``on_progress``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, overload

from .._exceptions import InstaViewError

if TYPE_CHECKING:
    from .bulk_rows import Checkpoint

__all__ = ["RowRecorder", "RowResults"]


class _Outcome(Protocol):
    """A row's result: its place in the input and its status."""

    @property
    def index(self) -> int: ...
    @property
    def status(self) -> str: ...


R = TypeVar("R", bound=_Outcome)
P = TypeVar("P")


class RowResults(Sequence[R]):
    """One result per input row, in input order, with the counts."""

    _made: ClassVar[str]  # the status of a row whose object this run made

    def __init__(self, rows: Sequence[R]) -> None:
        self._rows = list(rows)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[R]: ...
    def __getitem__(self, index: int | slice) -> R | Sequence[R]:
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    def _count(self, status: str) -> int:
        return sum(1 for r in self._rows if r.status == status)

    @property
    def existed(self) -> int:
        """Rows whose object was already there (found by its marker, or recorded done in the checkpoint)."""
        return self._count("existed")

    @property
    def failed(self) -> int:
        """Rows that failed (each with its ``error``)."""
        return self._count("failed")

    @property
    def failures(self) -> list[R]:
        """The failed rows."""
        return [r for r in self._rows if r.status == "failed"]

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} rows={len(self)} {self._made}={self._count(self._made)}"
            f" existed={self.existed} failed={self.failed}>"
        )


class RowRecorder(Generic[R, P]):
    """Writes row states to the checkpoint (if any) and counts the finished rows for ``on_progress``
    (``progress`` makes its argument); rows may finish in several threads at once."""

    def __init__(
        self,
        checkpoint: Checkpoint | None,
        total: int,
        on_progress: Callable[[P], Any] | None,
        progress: Callable[..., P],
        statuses: tuple[str, ...],
    ) -> None:
        self.checkpoint = checkpoint
        self.total = total
        self.on_progress = on_progress
        self.counts = dict.fromkeys(statuses, 0)
        self.done = 0
        self.results: dict[int, R] = {}
        self._progress = progress
        self._lock = threading.Lock()

    def _write(
        self,
        key: str | None,
        status: str,
        object_id: str | None,
        error: InstaViewError | None,
        **extra: Any,
    ) -> None:
        """Store one row state under ``key`` (nothing without a checkpoint or a key)."""
        if self.checkpoint is None or key is None:
            return
        entry: dict[str, Any] = {"status": status, "id": object_id, **extra}
        if error is not None:
            entry["error"] = f"{type(error).__name__}: {error}"
        self.checkpoint.record(key, entry)

    def finished(self, result: R) -> None:
        """Count a finished row and tell ``on_progress``."""
        with self._lock:
            self.results[result.index] = result
            self.done += 1
            self.counts[result.status] += 1
            progress = self._progress(self.total, self.done, last=result, **self.counts)
        if self.on_progress is not None:
            self.on_progress(progress)

    def in_order(self) -> list[R]:
        """Every row's result, in input order."""
        return [self.results[i] for i in range(self.total)]
