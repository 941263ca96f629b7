from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_fit_rating import CompanyFitRating
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="AnalysisGeneral")


@_attrs_define
class AnalysisGeneral:
    """The overall assessment of an interview.

    Attributes:
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        overall_rating (float | Unset): The interview score (example 85).
        company_fit_rating (CompanyFitRating | None | str | Unset):
        education (None | str | Unset): An enum-like value (`MASTER_LEVEL`, guide) or free text (reference); kept as a
            string.
        experience (None | str | Unset): An enum-like value (`THREE_TO_5_YEARS`, guide) or free text (reference); kept
            as a string.
        strong_points (list[str] | Unset):
        weak_points (list[str] | Unset):
        evaluation (list[str] | Unset):
        status (int | Unset): Analysis processing status code (example 3); the meaning of the codes is undocumented.
    """

    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    overall_rating: float | Unset = UNSET
    company_fit_rating: CompanyFitRating | None | str = None
    education: None | str = None
    experience: None | str = None
    strong_points: list[str] | Unset = UNSET
    weak_points: list[str] | Unset = UNSET
    evaluation: list[str] | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        overall_rating = self.overall_rating

        company_fit_rating: None | str | Unset
        if isinstance(self.company_fit_rating, Unset):
            company_fit_rating = UNSET
        elif isinstance(self.company_fit_rating, CompanyFitRating):
            company_fit_rating = self.company_fit_rating.value
        else:
            company_fit_rating = self.company_fit_rating

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        else:
            education = self.education

        experience: None | str | Unset
        if isinstance(self.experience, Unset):
            experience = UNSET
        else:
            experience = self.experience

        strong_points: list[str] | Unset = UNSET
        if not isinstance(self.strong_points, Unset):
            strong_points = self.strong_points

        weak_points: list[str] | Unset = UNSET
        if not isinstance(self.weak_points, Unset):
            weak_points = self.weak_points

        evaluation: list[str] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if overall_rating is not UNSET:
            field_dict["overallRating"] = overall_rating
        if company_fit_rating is not UNSET:
            field_dict["companyFitRating"] = company_fit_rating
        if education is not UNSET:
            field_dict["education"] = education
        if experience is not UNSET:
            field_dict["experience"] = experience
        if strong_points is not UNSET:
            field_dict["strongPoints"] = strong_points
        if weak_points is not UNSET:
            field_dict["weakPoints"] = weak_points
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        overall_rating = d.pop("overallRating", UNSET)

        def _parse_company_fit_rating(
            data: object,
        ) -> CompanyFitRating | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                company_fit_rating_type_0 = CompanyFitRating(data)

                return company_fit_rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyFitRating | None | str | Unset, data)

        company_fit_rating = _parse_company_fit_rating(d.pop("companyFitRating", None))

        def _parse_education(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education = _parse_education(d.pop("education", None))

        def _parse_experience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experience = _parse_experience(d.pop("experience", None))

        strong_points = cast(list[str], d.pop("strongPoints", UNSET))

        weak_points = cast(list[str], d.pop("weakPoints", UNSET))

        evaluation = cast(list[str], d.pop("evaluation", UNSET))

        status = d.pop("status", UNSET)

        analysis_general = cls(
            created_at=created_at,
            updated_at=updated_at,
            overall_rating=overall_rating,
            company_fit_rating=None
            if isinstance(company_fit_rating, Unset)
            else company_fit_rating,
            education=None if isinstance(education, Unset) else education,
            experience=None if isinstance(experience, Unset) else experience,
            strong_points=strong_points,
            weak_points=weak_points,
            evaluation=evaluation,
            status=status,
        )

        analysis_general.additional_properties = d
        return analysis_general

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
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.updated_at is not None and not isinstance(self.updated_at, Unset):
            parts.append(f"updated_at={self.updated_at!r}")
        if self.overall_rating is not None and not isinstance(
            self.overall_rating, Unset
        ):
            parts.append(f"overall_rating={self.overall_rating!r}")
        if self.company_fit_rating is not None and not isinstance(
            self.company_fit_rating, Unset
        ):
            parts.append(f"company_fit_rating={self.company_fit_rating!r}")
        if self.education is not None and not isinstance(self.education, Unset):
            parts.append(f"education={self.education!r}")
        if self.experience is not None and not isinstance(self.experience, Unset):
            parts.append(f"experience={self.experience!r}")
        if self.strong_points is not None and not isinstance(self.strong_points, Unset):
            parts.append(f"strong_points={self.strong_points!r}")
        if self.weak_points is not None and not isinstance(self.weak_points, Unset):
            parts.append(f"weak_points={self.weak_points!r}")
        if self.evaluation is not None and not isinstance(self.evaluation, Unset):
            parts.append(f"evaluation={self.evaluation!r}")
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
