from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_mode import WorkMode
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="JobLocation")


@_attrs_define
class JobLocation:
    """Where the job is done. No field is documented as required.

    Attributes:
        work_mode (str | Unset | WorkMode):
        street (None | str | Unset):
        city (None | str | Unset):
        postal_code (None | str | Unset):
        country_code (None | str | Unset): Country code, e.g. SK, US (ISO 3166-1 alpha-2).
    """

    work_mode: str | Unset | WorkMode = UNSET
    street: None | str = None
    city: None | str = None
    postal_code: None | str = None
    country_code: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_mode: str | Unset
        if isinstance(self.work_mode, Unset):
            work_mode = UNSET
        elif isinstance(self.work_mode, WorkMode):
            work_mode = self.work_mode.value
        else:
            work_mode = self.work_mode

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_mode is not UNSET:
            field_dict["workMode"] = work_mode
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_work_mode(data: object) -> str | Unset | WorkMode:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_mode_type_0 = WorkMode(data)

                return work_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WorkMode, data)

        work_mode = _parse_work_mode(d.pop("workMode", UNSET))

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street = _parse_street(d.pop("street", None))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", None))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", None))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", None))

        job_location = cls(
            work_mode=work_mode,
            street=None if isinstance(street, Unset) else street,
            city=None if isinstance(city, Unset) else city,
            postal_code=None if isinstance(postal_code, Unset) else postal_code,
            country_code=None if isinstance(country_code, Unset) else country_code,
        )

        job_location.additional_properties = d
        return job_location

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
        if self.work_mode is not None and not isinstance(self.work_mode, Unset):
            parts.append(f"work_mode={self.work_mode!r}")
        if self.street is not None and not isinstance(self.street, Unset):
            parts.append(f"street={self.street!r}")
        if self.city is not None and not isinstance(self.city, Unset):
            parts.append(f"city={self.city!r}")
        if self.postal_code is not None and not isinstance(self.postal_code, Unset):
            parts.append(f"postal_code={self.postal_code!r}")
        if self.country_code is not None and not isinstance(self.country_code, Unset):
            parts.append(f"country_code={self.country_code!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
