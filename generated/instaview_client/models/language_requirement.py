from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cefr_level import CefrLevel
from ..models.language import Language
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="LanguageRequirement")


@_attrs_define
class LanguageRequirement:
    """A required language and level, e.g. {"language":"EN","proficiency":"B2"}.

    Attributes:
        language (Language | str | Unset): Upper-case language code (EN, SK, ES).
        proficiency (CefrLevel | str | Unset): CEFR level (A1-C2).
    """

    language: Language | str | Unset = UNSET
    proficiency: CefrLevel | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        proficiency: str | Unset
        if isinstance(self.proficiency, Unset):
            proficiency = UNSET
        elif isinstance(self.proficiency, CefrLevel):
            proficiency = self.proficiency.value
        else:
            proficiency = self.proficiency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if proficiency is not UNSET:
            field_dict["proficiency"] = proficiency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_language(data: object) -> Language | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_proficiency(data: object) -> CefrLevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proficiency_type_0 = CefrLevel(data)

                return proficiency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CefrLevel | str | Unset, data)

        proficiency = _parse_proficiency(d.pop("proficiency", UNSET))

        language_requirement = cls(
            language=language,
            proficiency=proficiency,
        )

        language_requirement.additional_properties = d
        return language_requirement

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
        if self.language is not None and not isinstance(self.language, Unset):
            parts.append(f"language={self.language!r}")
        if self.proficiency is not None and not isinstance(self.proficiency, Unset):
            parts.append(f"proficiency={self.proficiency!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
