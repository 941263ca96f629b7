from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """The interview analysis. `general.overallRating` is the score.

    Attributes:
        id (str): Analysis ID (UUID; the guide example uses `analysis-uuid`).
        overall_score (float | None | Unset): The score as the quickstart reads it (`analysis.overallScore`); not in the
            reference pages, where the score is `general.overallRating`. Null when the server sends none.
        general (AnalysisGeneral | None | Unset):
        specific (AnalysisSpecific | None | Unset): Type-specific results (e.g. `pronunciationScores` for language
            tests); null otherwise.
    """

    id: str
    overall_score: float | None = None
    general: AnalysisGeneral | None = None
    specific: AnalysisSpecific | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        overall_score: float | None | Unset
        if isinstance(self.overall_score, Unset):
            overall_score = UNSET
        else:
            overall_score = self.overall_score

        general: dict[str, Any] | None | Unset
        if isinstance(self.general, Unset):
            general = UNSET
        elif isinstance(self.general, AnalysisGeneral):
            general = self.general.to_dict()
        else:
            general = self.general

        specific: dict[str, Any] | None | Unset
        if isinstance(self.specific, Unset):
            specific = UNSET
        elif isinstance(self.specific, AnalysisSpecific):
            specific = self.specific.to_dict()
        else:
            specific = self.specific

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if overall_score is not UNSET:
            field_dict["overallScore"] = overall_score
        if general is not UNSET:
            field_dict["general"] = general
        if specific is not UNSET:
            field_dict["specific"] = specific

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_overall_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        overall_score = _parse_overall_score(d.pop("overallScore", None))

        def _parse_general(data: object) -> AnalysisGeneral | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                general_type_0 = AnalysisGeneral.from_dict(data)

                return general_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisGeneral | None | Unset, data)

        general = _parse_general(d.pop("general", None))

        def _parse_specific(data: object) -> AnalysisSpecific | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specific_type_0 = AnalysisSpecific.from_dict(data)

                return specific_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisSpecific | None | Unset, data)

        specific = _parse_specific(d.pop("specific", None))

        analysis = cls(
            id=id,
            overall_score=None if isinstance(overall_score, Unset) else overall_score,
            general=None if isinstance(general, Unset) else general,
            specific=None if isinstance(specific, Unset) else specific,
        )

        analysis.additional_properties = d
        return analysis

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
        if self.overall_score is not None and not isinstance(self.overall_score, Unset):
            parts.append(f"overall_score={self.overall_score!r}")
        if self.general is not None and not isinstance(self.general, Unset):
            parts.append(f"general={self.general!r}")
        if self.specific is not None and not isinstance(self.specific, Unset):
            parts.append(f"specific={self.specific!r}")
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
from ..models.analysis_general import AnalysisGeneral  # noqa: E402
from ..models.analysis_specific import AnalysisSpecific  # noqa: E402
