from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="SourcedCandidateRationaleItem")


@_attrs_define
class SourcedCandidateRationaleItem:
    """One role of a candidate with the AI's explanation of its relevance (`aiDetailedRationale[]`).

    Attributes:
        title (str | Unset):
        company (str | Unset):
        duration (str | Unset): Free text, e.g. "2 years".
        relevance_explanation (str | Unset):
    """

    title: str | Unset = UNSET
    company: str | Unset = UNSET
    duration: str | Unset = UNSET
    relevance_explanation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        company = self.company

        duration = self.duration

        relevance_explanation = self.relevance_explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if company is not UNSET:
            field_dict["company"] = company
        if duration is not UNSET:
            field_dict["duration"] = duration
        if relevance_explanation is not UNSET:
            field_dict["relevanceExplanation"] = relevance_explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        company = d.pop("company", UNSET)

        duration = d.pop("duration", UNSET)

        relevance_explanation = d.pop("relevanceExplanation", UNSET)

        sourced_candidate_rationale_item = cls(
            title=title,
            company=company,
            duration=duration,
            relevance_explanation=relevance_explanation,
        )

        sourced_candidate_rationale_item.additional_properties = d
        return sourced_candidate_rationale_item

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
        if self.title is not None and not isinstance(self.title, Unset):
            parts.append(f"title={self.title!r}")
        if self.company is not None and not isinstance(self.company, Unset):
            parts.append(f"company={self.company!r}")
        if self.duration is not None and not isinstance(self.duration, Unset):
            parts.append(f"duration={self.duration!r}")
        if self.relevance_explanation is not None and not isinstance(
            self.relevance_explanation, Unset
        ):
            parts.append(f"relevance_explanation={self.relevance_explanation!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
