from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.candidate_status import CandidateStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="Candidate")


@_attrs_define
class Candidate:
    """A candidate. Optional fields the server has no value for may be absent or null.

    Attributes:
        id (str): Candidate ID (a UUID v4).
        first_name (str):
        last_name (str):
        status (CandidateStatus | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        job_id (None | str | Unset): Deprecated single job ID; use `jobIds`.
        job_ids (list[str] | Unset): IDs of the jobs the candidate is assigned to (at most 50).
        email (None | str | Unset): E-mail address (no `format` check; see jca.NOTES.md).
        phone_number (None | str | Unset): E.164 phone number.
        gdpr_expiry_date (datetime.date | None | Unset): GDPR retention end date (YYYY-MM-DD).
        overall_rating (float | None | Unset): Overall rating / match score, 0-100.
        metadata (Metadata | None | Unset):
        analysis_count (int | Unset):
        interview_count (int | Unset):
        links (CandidateLinks | Unset): Relative links to related collections (seen with and without a /v1/public
            prefix).
        gender (None | str | Unset): Gender used for interview addressing; field name and values are not documented.
    """

    id: str
    first_name: str
    last_name: str
    status: CandidateStatus | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    job_id: None | str = None
    job_ids: list[str] | Unset = UNSET
    email: None | str = None
    phone_number: None | str = None
    gdpr_expiry_date: datetime.date | None = None
    overall_rating: float | None = None
    metadata: Metadata | None = None
    analysis_count: int | Unset = UNSET
    interview_count: int | Unset = UNSET
    links: CandidateLinks | Unset = UNSET
    gender: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CandidateStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_ids: list[str] | Unset = UNSET
        if not isinstance(self.job_ids, Unset):
            job_ids = self.job_ids

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        gdpr_expiry_date: None | str | Unset
        if isinstance(self.gdpr_expiry_date, Unset):
            gdpr_expiry_date = UNSET
        elif isinstance(self.gdpr_expiry_date, datetime.date):
            gdpr_expiry_date = self.gdpr_expiry_date.isoformat()
        else:
            gdpr_expiry_date = self.gdpr_expiry_date

        overall_rating: float | None | Unset
        if isinstance(self.overall_rating, Unset):
            overall_rating = UNSET
        else:
            overall_rating = self.overall_rating

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        analysis_count = self.analysis_count

        interview_count = self.interview_count

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_ids is not UNSET:
            field_dict["jobIds"] = job_ids
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if gdpr_expiry_date is not UNSET:
            field_dict["gdprExpiryDate"] = gdpr_expiry_date
        if overall_rating is not UNSET:
            field_dict["overallRating"] = overall_rating
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if analysis_count is not UNSET:
            field_dict["analysisCount"] = analysis_count
        if interview_count is not UNSET:
            field_dict["interviewCount"] = interview_count
        if links is not UNSET:
            field_dict["links"] = links
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        def _parse_status(data: object) -> CandidateStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CandidateStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CandidateStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", None))

        job_ids = cast(list[str], d.pop("jobIds", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", None))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", None))

        def _parse_gdpr_expiry_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gdpr_expiry_date_type_0 = datetime.date.fromisoformat(data)

                return gdpr_expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        gdpr_expiry_date = _parse_gdpr_expiry_date(d.pop("gdprExpiryDate", None))

        def _parse_overall_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        overall_rating = _parse_overall_rating(d.pop("overallRating", None))

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

        analysis_count = d.pop("analysisCount", UNSET)

        interview_count = d.pop("interviewCount", UNSET)

        _links = d.pop("links", UNSET)
        links: CandidateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = CandidateLinks.from_dict(_links)

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", None))

        candidate = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            job_id=None if isinstance(job_id, Unset) else job_id,
            job_ids=job_ids,
            email=None if isinstance(email, Unset) else email,
            phone_number=None if isinstance(phone_number, Unset) else phone_number,
            gdpr_expiry_date=None
            if isinstance(gdpr_expiry_date, Unset)
            else gdpr_expiry_date,
            overall_rating=None
            if isinstance(overall_rating, Unset)
            else overall_rating,
            metadata=None if isinstance(metadata, Unset) else metadata,
            analysis_count=analysis_count,
            interview_count=interview_count,
            links=links,
            gender=None if isinstance(gender, Unset) else gender,
        )

        candidate.additional_properties = d
        return candidate

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
            f"first_name={self.first_name!r}",
            f"last_name={self.last_name!r}",
        ]
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.updated_at is not None and not isinstance(self.updated_at, Unset):
            parts.append(f"updated_at={self.updated_at!r}")
        if self.job_id is not None and not isinstance(self.job_id, Unset):
            parts.append(f"job_id={self.job_id!r}")
        if self.job_ids is not None and not isinstance(self.job_ids, Unset):
            parts.append(f"job_ids={self.job_ids!r}")
        if self.email is not None and not isinstance(self.email, Unset):
            parts.append(f"email={self.email!r}")
        if self.phone_number is not None and not isinstance(self.phone_number, Unset):
            parts.append(f"phone_number={self.phone_number!r}")
        if self.gdpr_expiry_date is not None and not isinstance(
            self.gdpr_expiry_date, Unset
        ):
            parts.append(f"gdpr_expiry_date={self.gdpr_expiry_date!r}")
        if self.overall_rating is not None and not isinstance(
            self.overall_rating, Unset
        ):
            parts.append(f"overall_rating={self.overall_rating!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.analysis_count is not None and not isinstance(
            self.analysis_count, Unset
        ):
            parts.append(f"analysis_count={self.analysis_count!r}")
        if self.interview_count is not None and not isinstance(
            self.interview_count, Unset
        ):
            parts.append(f"interview_count={self.interview_count!r}")
        if self.links is not None and not isinstance(self.links, Unset):
            parts.append(f"links={self.links!r}")
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
from ..models.candidate_links import CandidateLinks  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
