from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_period import SalaryPeriod
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="Salary")


@_attrs_define
class Salary:
    """Salary range.

    Attributes:
        min_ (float | Unset): Lower bound, e.g. 50000.
        max_ (float | Unset): Upper bound, e.g. 80000.
        currency (str | Unset): Currency code, e.g. USD (ISO 4217).
        period (SalaryPeriod | str | Unset):
    """

    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    currency: str | Unset = UNSET
    period: SalaryPeriod | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        currency = self.currency

        period: str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, SalaryPeriod):
            period = self.period.value
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if currency is not UNSET:
            field_dict["currency"] = currency
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_period(data: object) -> SalaryPeriod | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_type_0 = SalaryPeriod(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SalaryPeriod | str | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        salary = cls(
            min_=min_,
            max_=max_,
            currency=currency,
            period=period,
        )

        salary.additional_properties = d
        return salary

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
        if self.min_ is not None and not isinstance(self.min_, Unset):
            parts.append(f"min_={self.min_!r}")
        if self.max_ is not None and not isinstance(self.max_, Unset):
            parts.append(f"max_={self.max_!r}")
        if self.currency is not None and not isinstance(self.currency, Unset):
            parts.append(f"currency={self.currency!r}")
        if self.period is not None and not isinstance(self.period, Unset):
            parts.append(f"period={self.period!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
