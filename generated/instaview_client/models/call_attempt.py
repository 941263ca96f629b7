from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_attempt_direction import CallAttemptDirection
from ..models.call_attempt_reason_code import CallAttemptReasonCode
from ..models.call_attempt_status import CallAttemptStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CallAttempt")


@_attrs_define
class CallAttempt:
    """One phone call attempt of an interview (`attemptId` in the call-attempt routes).

    Attributes:
        id (str): Call attempt ID (UUID; the guide example uses `attempt-uuid`).
        direction (CallAttemptDirection | str | Unset):
        status (CallAttemptStatus | str | Unset):
        reason_code (CallAttemptReasonCode | None | str | Unset):
        notes (None | str | Unset): e.g. "Candidate did not pick up, mailbox full".
        retry_number (int | None | Unset):
        recording_url (None | str | Unset):
        duration (float | None | Unset): Call duration, in seconds.
        scheduled_at (datetime.datetime | None | Unset):
        called_at (datetime.datetime | None | Unset): When the call was placed; null until dialled.
    """

    id: str
    direction: CallAttemptDirection | str | Unset = UNSET
    status: CallAttemptStatus | str | Unset = UNSET
    reason_code: CallAttemptReasonCode | None | str = None
    notes: None | str = None
    retry_number: int | None = None
    recording_url: None | str = None
    duration: float | None = None
    scheduled_at: datetime.datetime | None = None
    called_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CallAttemptDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CallAttemptStatus):
            status = self.status.value
        else:
            status = self.status

        reason_code: None | str | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        elif isinstance(self.reason_code, CallAttemptReasonCode):
            reason_code = self.reason_code.value
        else:
            reason_code = self.reason_code

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        retry_number: int | None | Unset
        if isinstance(self.retry_number, Unset):
            retry_number = UNSET
        else:
            retry_number = self.retry_number

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        called_at: None | str | Unset
        if isinstance(self.called_at, Unset):
            called_at = UNSET
        elif isinstance(self.called_at, datetime.datetime):
            called_at = self.called_at.isoformat()
        else:
            called_at = self.called_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if notes is not UNSET:
            field_dict["notes"] = notes
        if retry_number is not UNSET:
            field_dict["retryNumber"] = retry_number
        if recording_url is not UNSET:
            field_dict["recordingUrl"] = recording_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if called_at is not UNSET:
            field_dict["calledAt"] = called_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_direction(data: object) -> CallAttemptDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallAttemptDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallAttemptDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_status(data: object) -> CallAttemptStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CallAttemptStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallAttemptStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_reason_code(
            data: object,
        ) -> CallAttemptReasonCode | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_code_type_0 = CallAttemptReasonCode(data)

                return reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallAttemptReasonCode | None | str | Unset, data)

        reason_code = _parse_reason_code(d.pop("reasonCode", None))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", None))

        def _parse_retry_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_number = _parse_retry_number(d.pop("retryNumber", None))

        def _parse_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_url = _parse_recording_url(d.pop("recordingUrl", None))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", None))

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

        def _parse_called_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                called_at_type_0 = datetime.datetime.fromisoformat(data)

                return called_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        called_at = _parse_called_at(d.pop("calledAt", None))

        call_attempt = cls(
            id=id,
            direction=direction,
            status=status,
            reason_code=None if isinstance(reason_code, Unset) else reason_code,
            notes=None if isinstance(notes, Unset) else notes,
            retry_number=None if isinstance(retry_number, Unset) else retry_number,
            recording_url=None if isinstance(recording_url, Unset) else recording_url,
            duration=None if isinstance(duration, Unset) else duration,
            scheduled_at=None if isinstance(scheduled_at, Unset) else scheduled_at,
            called_at=None if isinstance(called_at, Unset) else called_at,
        )

        call_attempt.additional_properties = d
        return call_attempt

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
        ]
        if self.direction is not None and not isinstance(self.direction, Unset):
            parts.append(f"direction={self.direction!r}")
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.reason_code is not None and not isinstance(self.reason_code, Unset):
            parts.append(f"reason_code={self.reason_code!r}")
        if self.notes is not None and not isinstance(self.notes, Unset):
            parts.append(f"notes={self.notes!r}")
        if self.retry_number is not None and not isinstance(self.retry_number, Unset):
            parts.append(f"retry_number={self.retry_number!r}")
        if self.recording_url is not None and not isinstance(self.recording_url, Unset):
            parts.append(f"recording_url={self.recording_url!r}")
        if self.duration is not None and not isinstance(self.duration, Unset):
            parts.append(f"duration={self.duration!r}")
        if self.scheduled_at is not None and not isinstance(self.scheduled_at, Unset):
            parts.append(f"scheduled_at={self.scheduled_at!r}")
        if self.called_at is not None and not isinstance(self.called_at, Unset):
            parts.append(f"called_at={self.called_at!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
