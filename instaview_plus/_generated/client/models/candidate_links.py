from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CandidateLinks")


@_attrs_define
class CandidateLinks:
    """Relative links to related collections (seen with and without a /v1/public prefix).

    Attributes:
        analyses (str | Unset):
        interviews (str | Unset):
    """

    analyses: str | Unset = UNSET
    interviews: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analyses = self.analyses

        interviews = self.interviews

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analyses is not UNSET:
            field_dict["analyses"] = analyses
        if interviews is not UNSET:
            field_dict["interviews"] = interviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analyses = d.pop("analyses", UNSET)

        interviews = d.pop("interviews", UNSET)

        candidate_links = cls(
            analyses=analyses,
            interviews=interviews,
        )

        candidate_links.additional_properties = d
        return candidate_links

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
        if self.analyses is not None and not isinstance(self.analyses, Unset):
            parts.append(f"analyses={self.analyses!r}")
        if self.interviews is not None and not isinstance(self.interviews, Unset):
            parts.append(f"interviews={self.interviews!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
