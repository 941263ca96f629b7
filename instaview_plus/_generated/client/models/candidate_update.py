from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.candidate_status import CandidateStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CandidateUpdate")


@_attrs_define
class CandidateUpdate:
    """Body of PATCH /candidates/{id}; every field optional.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset): E-mail address (no `format` check; see jca.NOTES.md).
        phone_number (str | Unset): Phone number in E.164 format, e.g. +421915123456.
        gdpr_expiry_date (datetime.date | datetime.datetime | Unset): In the future; a date (`YYYY-MM-DD`) or an ISO
            8601 timestamp with an offset.
        status (CandidateStatus | Unset): Candidate status (prose also names INTERVIEWING, INTERVIEWED, HIRED,
            WITHDRAWN, not in the enum).
        job_ids (list[UUID] | Unset): Replaces all existing assignments (an empty list removes them).
        metadata (Metadata | Unset): Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 keys).
        gender (None | str | Unset): Set (or clear with null) the gender used for interview addressing; name and values
            not documented.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    gdpr_expiry_date: datetime.date | datetime.datetime | Unset = UNSET
    status: CandidateStatus | Unset = UNSET
    job_ids: list[UUID] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    gender: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone_number = self.phone_number

        gdpr_expiry_date: str | Unset
        if isinstance(self.gdpr_expiry_date, Unset):
            gdpr_expiry_date = UNSET
        elif isinstance(self.gdpr_expiry_date, datetime.date):
            gdpr_expiry_date = self.gdpr_expiry_date.isoformat()
        else:
            gdpr_expiry_date = self.gdpr_expiry_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        job_ids: list[str] | Unset = UNSET
        if not isinstance(self.job_ids, Unset):
            job_ids = []
            for job_ids_item_data in self.job_ids:
                job_ids_item = str(job_ids_item_data)
                job_ids.append(job_ids_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if gdpr_expiry_date is not UNSET:
            field_dict["gdprExpiryDate"] = gdpr_expiry_date
        if status is not UNSET:
            field_dict["status"] = status
        if job_ids is not UNSET:
            field_dict["jobIds"] = job_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        def _parse_gdpr_expiry_date(
            data: object,
        ) -> datetime.date | datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gdpr_expiry_date_type_0 = datetime.date.fromisoformat(data)

                return gdpr_expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            gdpr_expiry_date_type_1 = datetime.datetime.fromisoformat(data)

            return gdpr_expiry_date_type_1

        gdpr_expiry_date = _parse_gdpr_expiry_date(d.pop("gdprExpiryDate", UNSET))

        _status = d.pop("status", UNSET)
        status: CandidateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CandidateStatus(_status)

        _job_ids = d.pop("jobIds", UNSET)
        job_ids: list[UUID] | Unset = UNSET
        if _job_ids is not UNSET:
            job_ids = []
            for job_ids_item_data in _job_ids:
                job_ids_item = UUID(job_ids_item_data)

                job_ids.append(job_ids_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", None))

        candidate_update = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_number=phone_number,
            gdpr_expiry_date=gdpr_expiry_date,
            status=status,
            job_ids=job_ids,
            metadata=metadata,
            gender=None if isinstance(gender, Unset) else gender,
        )

        candidate_update.additional_properties = d
        return candidate_update

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
        if self.first_name is not None and not isinstance(self.first_name, Unset):
            parts.append(f"first_name={self.first_name!r}")
        if self.last_name is not None and not isinstance(self.last_name, Unset):
            parts.append(f"last_name={self.last_name!r}")
        if self.email is not None and not isinstance(self.email, Unset):
            parts.append(f"email={self.email!r}")
        if self.phone_number is not None and not isinstance(self.phone_number, Unset):
            parts.append(f"phone_number={self.phone_number!r}")
        if self.gdpr_expiry_date is not None and not isinstance(
            self.gdpr_expiry_date, Unset
        ):
            parts.append(f"gdpr_expiry_date={self.gdpr_expiry_date!r}")
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.job_ids is not None and not isinstance(self.job_ids, Unset):
            parts.append(f"job_ids={self.job_ids!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.gender is not None and not isinstance(self.gender, Unset):
            parts.append(f"gender={self.gender!r}")
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
from ..models.metadata import Metadata  # noqa: E402
