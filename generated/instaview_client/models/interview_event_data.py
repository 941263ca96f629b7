from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_status import InterviewStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="InterviewEventData")


@_attrs_define
class InterviewEventData:
    """`data` of interview.started, interview.completed and interview.failed. Unknown fields are kept.

    Attributes:
        interview_id (str | Unset): The interview (UUID).
        call_attempt_id (None | str | Unset): The phone call attempt, null for online interviews.
        candidate_id (str | Unset):
        job_id (None | str | Unset):
        status (InterviewStatus | str | Unset):
        error (str | Unset): interview.failed only, the error message.
    """

    interview_id: str | Unset = UNSET
    call_attempt_id: None | str = None
    candidate_id: str | Unset = UNSET
    job_id: None | str = None
    status: InterviewStatus | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_id = self.interview_id

        call_attempt_id: None | str | Unset
        if isinstance(self.call_attempt_id, Unset):
            call_attempt_id = UNSET
        else:
            call_attempt_id = self.call_attempt_id

        candidate_id = self.candidate_id

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

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interview_id is not UNSET:
            field_dict["interviewId"] = interview_id
        if call_attempt_id is not UNSET:
            field_dict["callAttemptId"] = call_attempt_id
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interview_id = d.pop("interviewId", UNSET)

        def _parse_call_attempt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_attempt_id = _parse_call_attempt_id(d.pop("callAttemptId", None))

        candidate_id = d.pop("candidateId", UNSET)

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", None))

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

        error = d.pop("error", UNSET)

        interview_event_data = cls(
            interview_id=interview_id,
            call_attempt_id=None
            if isinstance(call_attempt_id, Unset)
            else call_attempt_id,
            candidate_id=candidate_id,
            job_id=None if isinstance(job_id, Unset) else job_id,
            status=status,
            error=error,
        )

        interview_event_data.additional_properties = d
        return interview_event_data

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
        parts = []
        if self.interview_id is not None and not isinstance(self.interview_id, Unset):
            parts.append(f"interview_id={self.interview_id!r}")
        if self.call_attempt_id is not None and not isinstance(
            self.call_attempt_id, Unset
        ):
            parts.append(f"call_attempt_id={self.call_attempt_id!r}")
        if self.candidate_id is not None and not isinstance(self.candidate_id, Unset):
            parts.append(f"candidate_id={self.candidate_id!r}")
        if self.job_id is not None and not isinstance(self.job_id, Unset):
            parts.append(f"job_id={self.job_id!r}")
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.error is not None and not isinstance(self.error, Unset):
            parts.append(f"error={self.error!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
