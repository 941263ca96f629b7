"""Bulk interview scheduling: one ``POST /interviews`` per row, never two, fair across companies.

This module holds the rules and the results; the rows are checked in ``schedule_rows.py``, the per-row plan,
the fair queue and the recorder are in ``schedule_plan.py``.

- **Rows**: ``candidate_id`` (existing) or ``candidate`` (inline ``candidates.create`` fields, created by the
  same ``POST /interviews``), ``agent_id`` (else the call's), optional ``job_id``, ``at`` (an aware datetime,
  an ISO string with an offset, or a local wall time with ``time_zone``), ``company_id`` (ATS keys),
  ``metadata``, ``is_test``. Every row is checked before anything is sent; a bad row fails alone.
- **Marker**: each interview (and an inline candidate) carries ``metadata["instaviewPlusBulk"] =
  "interview/<sha256 of the row's identity, 32 hex>"``; the identity is the company, the candidate (its id,
  or its e-mail/phone), the agent, the job and the wire schedule time.
- **Unknown outcome** (answer lost, broken connection, 500/502/504, a process killed with the POST in
  flight): the row waits out the settle window, then looks its marker up (the candidate's interviews; an
  inline candidate is found first by its marker in the candidate list) and sends again only if absent.
- **Checkpoint**: entries keyed by the marker: ``pending`` (with ``since``) before the POST, ``unknown``
  after an unknown outcome, then ``scheduled``/``existed``/``failed``. A resumed run skips done rows.
- **Fairness**: rows are handed to the workers round-robin across ``company_id`` (see ``FairQueue``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeAlias, overload

import attrs

from .._exceptions import InstaViewError

__all__ = ["ScheduleProgress", "ScheduleResult", "ScheduleRowResult", "ScheduleStatus"]

ScheduleStatus: TypeAlias = Literal["scheduled", "existed", "failed"]


@attrs.frozen
class ScheduleRowResult:
    """One row's outcome: ``scheduled`` (by this run), ``existed`` (found by its marker, or done in an earlier
    run: ``resumed``) or ``failed`` (see ``error``)."""

    index: int
    status: ScheduleStatus
    interview_id: str | None = None
    error: InstaViewError | None = None
    company_id: str | None = None
    resumed: bool = False


@attrs.frozen
class ScheduleProgress:
    """Counts so far, handed to ``on_progress`` after each row (``last`` is the row just finished)."""

    total: int
    done: int
    scheduled: int
    existed: int
    failed: int
    last: ScheduleRowResult


class ScheduleResult(Sequence[ScheduleRowResult]):
    """One ``ScheduleRowResult`` per input row, in input order, with the counts."""

    def __init__(self, rows: Sequence[ScheduleRowResult]) -> None:
        self._rows = list(rows)

    @overload
    def __getitem__(self, index: int) -> ScheduleRowResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ScheduleRowResult]: ...
    def __getitem__(self, index: int | slice) -> ScheduleRowResult | Sequence[ScheduleRowResult]:
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def scheduled(self) -> int:
        """Rows whose interview this run created."""
        return sum(1 for r in self._rows if r.status == "scheduled")

    @property
    def existed(self) -> int:
        """Rows whose interview was already there (found by its marker, or done in the checkpoint)."""
        return sum(1 for r in self._rows if r.status == "existed")

    @property
    def failed(self) -> int:
        """Rows that failed (each with its ``error``)."""
        return len(self.failures)

    @property
    def failures(self) -> list[ScheduleRowResult]:
        """The failed rows."""
        return [r for r in self._rows if r.status == "failed"]

    def __repr__(self) -> str:
        return (
            f"<ScheduleResult rows={len(self)} scheduled={self.scheduled} existed={self.existed}"
            f" failed={self.failed}>"
        )

