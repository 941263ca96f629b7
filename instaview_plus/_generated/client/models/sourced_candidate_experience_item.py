from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="SourcedCandidateExperienceItem")


@_attrs_define
class SourcedCandidateExperienceItem:
    """One work-experience entry of a candidate (`detailedExperience[]`).

    Attributes:
        role (str | Unset):
        company (str | Unset):
        duration (str | Unset): Free text, e.g. "2023 - Present".
        highlights (list[str] | Unset):
    """

    role: str | Unset = UNSET
    company: str | Unset = UNSET
    duration: str | Unset = UNSET
    highlights: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        company = self.company

        duration = self.duration

        highlights: list[str] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = self.highlights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if company is not UNSET:
            field_dict["company"] = company
        if duration is not UNSET:
            field_dict["duration"] = duration
        if highlights is not UNSET:
            field_dict["highlights"] = highlights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        company = d.pop("company", UNSET)

        duration = d.pop("duration", UNSET)

        highlights = cast(list[str], d.pop("highlights", UNSET))

        sourced_candidate_experience_item = cls(
            role=role,
            company=company,
            duration=duration,
            highlights=highlights,
        )

        sourced_candidate_experience_item.additional_properties = d
        return sourced_candidate_experience_item

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
        if self.role is not None and not isinstance(self.role, Unset):
            parts.append(f"role={self.role!r}")
        if self.company is not None and not isinstance(self.company, Unset):
            parts.append(f"company={self.company!r}")
        if self.duration is not None and not isinstance(self.duration, Unset):
            parts.append(f"duration={self.duration!r}")
        if self.highlights is not None and not isinstance(self.highlights, Unset):
            parts.append(f"highlights={self.highlights!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
