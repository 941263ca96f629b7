from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CompanySettings")


@_attrs_define
class CompanySettings:
    """Company settings (older companies-guide model; get-company prose).

    Attributes:
        timezone (str | Unset): IANA time zone, e.g. "America/Los_Angeles"; the default for scheduling without an
            offset.
        locale (str | Unset): e.g. "en-US".
    """

    timezone: str | Unset = UNSET
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timezone = d.pop("timezone", UNSET)

        locale = d.pop("locale", UNSET)

        company_settings = cls(
            timezone=timezone,
            locale=locale,
        )

        company_settings.additional_properties = d
        return company_settings

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
        if self.timezone is not None and not isinstance(self.timezone, Unset):
            parts.append(f"timezone={self.timezone!r}")
        if self.locale is not None and not isinstance(self.locale, Unset):
            parts.append(f"locale={self.locale!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
