from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_specific_pronunciation_scores import (
        AnalysisSpecificPronunciationScores,
    )


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
        from ..models.analysis_specific_pronunciation_scores import (
            AnalysisSpecificPronunciationScores,  # noqa: PLC0415
        )

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
