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

from typing import Literal, TypeAlias

import attrs

from .._exceptions import InstaViewError
from .row_results import RowResults

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


class ScheduleResult(RowResults[ScheduleRowResult]):
    """One ``ScheduleRowResult`` per input row, in input order, with the counts."""

    _made = "scheduled"

    @property
    def scheduled(self) -> int:
        """Rows whose interview this run created."""
        return self._count("scheduled")
