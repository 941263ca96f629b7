from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_general import AnalysisGeneral
    from ..models.analysis_specific import AnalysisSpecific


T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """The interview analysis. `general.overallRating` is the score.

    Attributes:
        id (str): Analysis ID (UUID; the guide example uses `analysis-uuid`).
        general (AnalysisGeneral | None | Unset):
        specific (AnalysisSpecific | None | Unset): Type-specific results (e.g. `pronunciationScores` for language
            tests); null otherwise.
    """

    id: str
    general: AnalysisGeneral | None | Unset = UNSET
    specific: AnalysisSpecific | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_general import AnalysisGeneral  # noqa: PLC0415
        from ..models.analysis_specific import AnalysisSpecific  # noqa: PLC0415

        id = self.id

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
        if general is not UNSET:
            field_dict["general"] = general
        if specific is not UNSET:
            field_dict["specific"] = specific

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_general import AnalysisGeneral  # noqa: PLC0415
        from ..models.analysis_specific import AnalysisSpecific  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        general = _parse_general(d.pop("general", UNSET))

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

        specific = _parse_specific(d.pop("specific", UNSET))

        analysis = cls(
            id=id,
            general=general,
            specific=specific,
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
