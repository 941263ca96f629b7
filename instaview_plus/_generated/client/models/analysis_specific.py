from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="AnalysisSpecific")


@_attrs_define
class AnalysisSpecific:
    """Interview-type-specific analysis results; the stored example is cut off inside `pronunciationScores`,
    so the inner shape is unknown and kept free-form.

        Attributes:
            pronunciation_scores (AnalysisSpecificPronunciationScores | Unset): Language-test pronunciation scores (shape
                undocumented).
    """

    pronunciation_scores: AnalysisSpecificPronunciationScores | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pronunciation_scores, Unset):
            pronunciation_scores = self.pronunciation_scores.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pronunciation_scores is not UNSET:
            field_dict["pronunciationScores"] = pronunciation_scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pronunciation_scores = d.pop("pronunciationScores", UNSET)
        pronunciation_scores: AnalysisSpecificPronunciationScores | Unset
        if isinstance(_pronunciation_scores, Unset):
            pronunciation_scores = UNSET
        else:
            pronunciation_scores = AnalysisSpecificPronunciationScores.from_dict(
                _pronunciation_scores
            )

        analysis_specific = cls(
            pronunciation_scores=pronunciation_scores,
        )

        analysis_specific.additional_properties = d
        return analysis_specific

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
        if self.pronunciation_scores is not None and not isinstance(
            self.pronunciation_scores, Unset
        ):
            parts.append(f"pronunciation_scores={self.pronunciation_scores!r}")
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
from ..models.analysis_specific_pronunciation_scores import (
    AnalysisSpecificPronunciationScores,  # noqa: E402
)
