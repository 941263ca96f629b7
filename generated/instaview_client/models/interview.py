from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_status import InterviewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis import Analysis
    from ..models.call_attempt import CallAttempt
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Interview")


@_attrs_define
class Interview:
    """An AI interview. `analysis` is null until generated; the score is `analysis.general.overallRating`.
    Transcripts are promised by the prose but no field is documented; unknown fields are kept.

        Attributes:
            id (str): Interview ID (UUID).
            candidate_id (str | Unset): Candidate ID (UUID; guide examples use placeholders such as `candidate-uuid`).
            agent_id (str | Unset): Agent ID (UUID; guide examples use placeholders such as `agent-uuid`).
            job_id (None | str | Unset): Job ID associated with this interview, if any (absent or null for jobless GENERIC
                interviews).
            status (InterviewStatus | str | Unset):
            scheduled_at (datetime.datetime | None | Unset): Scheduled time.
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            duration_minutes (float | None | Unset): Interview duration in minutes (integers in the examples).
            finished_date (datetime.datetime | None | Unset): When the interview finished.
            metadata (Metadata | None | Unset): Custom metadata, e.g. `{"externalInterviewId": "INT-789"}`.
            call_attempts (list[CallAttempt] | None | Unset): Present for phone interviews; typically empty or absent for
                online interviews.
            analysis (Analysis | None | Unset): Present only once an analysis has been generated; otherwise null.
            is_test (bool | Unset): A test interview (completes at once, not billed). Default false.
    """

    id: str
    candidate_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    job_id: None | str | Unset = UNSET
    status: InterviewStatus | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    duration_minutes: float | None | Unset = UNSET
    finished_date: datetime.datetime | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    call_attempts: list[CallAttempt] | None | Unset = UNSET
    analysis: Analysis | None | Unset = UNSET
    is_test: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis import Analysis  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        id = self.id

        candidate_id = self.candidate_id

        agent_id = self.agent_id

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InterviewStatus):
            status = self.status.value
        else:
            status = self.status

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis import Analysis  # noqa: PLC0415
        from ..models.call_attempt import CallAttempt  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        candidate_id = d.pop("candidateId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_status(data: object) -> InterviewStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InterviewStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InterviewStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_duration_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("durationMinutes", UNSET))

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

        finished_date = _parse_finished_date(d.pop("finishedDate", UNSET))

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

        metadata = _parse_metadata(d.pop("metadata", UNSET))

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

        call_attempts = _parse_call_attempts(d.pop("callAttempts", UNSET))

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

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        is_test = d.pop("isTest", UNSET)

        interview = cls(
            id=id,
            candidate_id=candidate_id,
            agent_id=agent_id,
            job_id=job_id,
            status=status,
            scheduled_at=scheduled_at,
            created_at=created_at,
            updated_at=updated_at,
            duration_minutes=duration_minutes,
            finished_date=finished_date,
            metadata=metadata,
            call_attempts=call_attempts,
            analysis=analysis,
            is_test=is_test,
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
