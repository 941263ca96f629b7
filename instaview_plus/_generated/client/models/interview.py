from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_status import InterviewStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="Interview")


@_attrs_define
class Interview:
    """An AI interview. `analysis` is null until generated; the score is `analysis.general.overallRating`.
    Transcripts are promised by the prose but no field is documented; unknown fields are kept.

        Attributes:
            id (str): Interview ID (UUID).
            candidate_id (str): Candidate ID (UUID; guide examples use placeholders such as `candidate-uuid`).
            agent_id (str): Agent ID (UUID; guide examples use placeholders such as `agent-uuid`).
            status (InterviewStatus | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            job_id (None | str | Unset): Job ID associated with this interview, if any (absent or null for jobless GENERIC
                interviews).
            scheduled_at (datetime.datetime | None | Unset): Scheduled time.
            duration_minutes (float | None | Unset): Interview duration in minutes (integers in the examples).
            finished_date (datetime.datetime | None | Unset): When the interview finished.
            metadata (Metadata | None | Unset): Custom metadata, e.g. `{"externalInterviewId": "INT-789"}`.
            call_attempts (list[CallAttempt] | None | Unset): Present for phone interviews; typically empty or absent for
                online interviews.
            analysis (Analysis | None | Unset): Present only once an analysis has been generated; otherwise null.
            is_test (bool | Unset): A test interview (completes at once, not billed). Default false.
            transcript (None | str | Unset): The conversation transcript "when available" (the get-interview page and the
                quickstart's `data.transcript`); no shape is documented, so any value the server sends is kept as sent. Null
                when the server sends none.
    """

    id: str
    candidate_id: str
    agent_id: str
    status: InterviewStatus | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    job_id: None | str = None
    scheduled_at: datetime.datetime | None = None
    duration_minutes: float | None = None
    finished_date: datetime.datetime | None = None
    metadata: Metadata | None = None
    call_attempts: list[CallAttempt] | None = None
    analysis: Analysis | None = None
    is_test: bool | Unset = UNSET
    transcript: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        candidate_id = self.candidate_id

        agent_id = self.agent_id

        status: str
        if isinstance(self.status, InterviewStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        duration_minutes: float | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        finished_date: None | str | Unset
        if isinstance(self.finished_date, Unset):
            finished_date = UNSET
        elif isinstance(self.finished_date, datetime.datetime):
            finished_date = self.finished_date.isoformat()
        else:
            finished_date = self.finished_date

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        call_attempts: list[dict[str, Any]] | None | Unset
        if isinstance(self.call_attempts, Unset):
            call_attempts = UNSET
        elif isinstance(self.call_attempts, list):
            call_attempts = []
            for call_attempts_type_0_item_data in self.call_attempts:
                call_attempts_type_0_item = call_attempts_type_0_item_data.to_dict()
                call_attempts.append(call_attempts_type_0_item)

        else:
            call_attempts = self.call_attempts

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, Analysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        is_test = self.is_test

        transcript: None | str | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        else:
            transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "candidateId": candidate_id,
                "agentId": agent_id,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if duration_minutes is not UNSET:
            field_dict["durationMinutes"] = duration_minutes
        if finished_date is not UNSET:
            field_dict["finishedDate"] = finished_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if call_attempts is not UNSET:
            field_dict["callAttempts"] = call_attempts
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        candidate_id = d.pop("candidateId")

        agent_id = d.pop("agentId")

        def _parse_status(data: object) -> InterviewStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InterviewStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InterviewStatus | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", None))

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", None))

        def _parse_duration_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("durationMinutes", None))

        def _parse_finished_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_date_type_0 = datetime.datetime.fromisoformat(data)

                return finished_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_date = _parse_finished_date(d.pop("finishedDate", None))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", None))

        def _parse_call_attempts(data: object) -> list[CallAttempt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                call_attempts_type_0 = []
                _call_attempts_type_0 = data
                for call_attempts_type_0_item_data in _call_attempts_type_0:
                    call_attempts_type_0_item = CallAttempt.from_dict(
                        call_attempts_type_0_item_data
                    )

                    call_attempts_type_0.append(call_attempts_type_0_item)

                return call_attempts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallAttempt] | None | Unset, data)

        call_attempts = _parse_call_attempts(d.pop("callAttempts", None))

        def _parse_analysis(data: object) -> Analysis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = Analysis.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Analysis | None | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", None))

        is_test = d.pop("isTest", UNSET)

        def _parse_transcript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript = _parse_transcript(d.pop("transcript", None))

        interview = cls(
            id=id,
            candidate_id=candidate_id,
            agent_id=agent_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            job_id=None if isinstance(job_id, Unset) else job_id,
            scheduled_at=None if isinstance(scheduled_at, Unset) else scheduled_at,
            duration_minutes=None
            if isinstance(duration_minutes, Unset)
            else duration_minutes,
            finished_date=None if isinstance(finished_date, Unset) else finished_date,
            metadata=None if isinstance(metadata, Unset) else metadata,
            call_attempts=None if isinstance(call_attempts, Unset) else call_attempts,
            analysis=None if isinstance(analysis, Unset) else analysis,
            is_test=is_test,
            transcript=None if isinstance(transcript, Unset) else transcript,
        )

        interview.additional_properties = d
        return interview

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set (an absent or null optional field is left out)."""
        parts = [
            f"id={self.id!r}",
            f"candidate_id={self.candidate_id!r}",
            f"agent_id={self.agent_id!r}",
            f"status={self.status!r}",
            f"created_at={self.created_at!r}",
            f"updated_at={self.updated_at!r}",
        ]
        if self.job_id is not None and not isinstance(self.job_id, Unset):
            parts.append(f"job_id={self.job_id!r}")
        if self.scheduled_at is not None and not isinstance(self.scheduled_at, Unset):
            parts.append(f"scheduled_at={self.scheduled_at!r}")
        if self.duration_minutes is not None and not isinstance(
            self.duration_minutes, Unset
        ):
            parts.append(f"duration_minutes={self.duration_minutes!r}")
        if self.finished_date is not None and not isinstance(self.finished_date, Unset):
            parts.append(f"finished_date={self.finished_date!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.call_attempts is not None and not isinstance(self.call_attempts, Unset):
            parts.append(f"call_attempts={self.call_attempts!r}")
        if self.analysis is not None and not isinstance(self.analysis, Unset):
            parts.append(f"analysis={self.analysis!r}")
        if self.is_test is not None and not isinstance(self.is_test, Unset):
            parts.append(f"is_test={self.is_test!r}")
        if self.transcript is not None and not isinstance(self.transcript, Unset):
            parts.append(f"transcript={self.transcript!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)


# Nested models, imported after the class (so cycles resolve): typing.get_type_hints() finds every name.
from ..models.analysis import Analysis  # noqa: E402
from ..models.call_attempt import CallAttempt  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
