from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="BillingUsage")


@_attrs_define
class BillingUsage:
    """Usage for the requested range. Minutes companies carry `totalMinutesUsed` / `minutesUsed`; credits
    companies `totalCreditsUsed` / `creditsUsed` (the other unit is omitted; the newer reference example
    shows both). The top-level `totalMinutesUsed` also aggregates across managed companies for ATS keys.

        Attributes:
            companies (list[CompanyUsage]): One entry for a regular key; one per managed company for an ATS key.
            total_interviews (int):
            breakdown_by_cost_key (BillingUsageBreakdownByCostKeyType1 | list[CostKeyBreakdown] | Unset):
            total_minutes_used (float | Unset): Minutes companies and ATS aggregates; omitted otherwise.
            total_credits_used (float | Unset): Credits companies; omitted otherwise.
    """

    companies: list[CompanyUsage]
    total_interviews: int
    breakdown_by_cost_key: (
        BillingUsageBreakdownByCostKeyType1 | list[CostKeyBreakdown] | Unset
    ) = UNSET
    total_minutes_used: float | Unset = UNSET
    total_credits_used: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        companies = []
        for companies_item_data in self.companies:
            companies_item = companies_item_data.to_dict()
            companies.append(companies_item)

        total_interviews = self.total_interviews

        breakdown_by_cost_key: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.breakdown_by_cost_key, Unset):
            breakdown_by_cost_key = UNSET
        elif isinstance(self.breakdown_by_cost_key, list):
            breakdown_by_cost_key = []
            for breakdown_by_cost_key_type_0_item_data in self.breakdown_by_cost_key:
                breakdown_by_cost_key_type_0_item = (
                    breakdown_by_cost_key_type_0_item_data.to_dict()
                )
                breakdown_by_cost_key.append(breakdown_by_cost_key_type_0_item)

        else:
            breakdown_by_cost_key = self.breakdown_by_cost_key.to_dict()

        total_minutes_used = self.total_minutes_used

        total_credits_used = self.total_credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companies": companies,
                "totalInterviews": total_interviews,
            }
        )
        if breakdown_by_cost_key is not UNSET:
            field_dict["breakdownByCostKey"] = breakdown_by_cost_key
        if total_minutes_used is not UNSET:
            field_dict["totalMinutesUsed"] = total_minutes_used
        if total_credits_used is not UNSET:
            field_dict["totalCreditsUsed"] = total_credits_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        companies = []
        _companies = d.pop("companies")
        for companies_item_data in _companies:
            companies_item = CompanyUsage.from_dict(companies_item_data)

            companies.append(companies_item)

        total_interviews = d.pop("totalInterviews")

        def _parse_breakdown_by_cost_key(
            data: object,
        ) -> BillingUsageBreakdownByCostKeyType1 | list[CostKeyBreakdown] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                breakdown_by_cost_key_type_0 = []
                _breakdown_by_cost_key_type_0 = data
                for (
                    breakdown_by_cost_key_type_0_item_data
                ) in _breakdown_by_cost_key_type_0:
                    breakdown_by_cost_key_type_0_item = CostKeyBreakdown.from_dict(
                        breakdown_by_cost_key_type_0_item_data
                    )

                    breakdown_by_cost_key_type_0.append(
                        breakdown_by_cost_key_type_0_item
                    )

                return breakdown_by_cost_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            breakdown_by_cost_key_type_1 = (
                BillingUsageBreakdownByCostKeyType1.from_dict(data)
            )

            return breakdown_by_cost_key_type_1

        breakdown_by_cost_key = _parse_breakdown_by_cost_key(
            d.pop("breakdownByCostKey", UNSET)
        )

        total_minutes_used = d.pop("totalMinutesUsed", UNSET)

        total_credits_used = d.pop("totalCreditsUsed", UNSET)

        billing_usage = cls(
            companies=companies,
            total_interviews=total_interviews,
            breakdown_by_cost_key=breakdown_by_cost_key,
            total_minutes_used=total_minutes_used,
            total_credits_used=total_credits_used,
        )

        billing_usage.additional_properties = d
        return billing_usage

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
            f"companies={self.companies!r}",
            f"total_interviews={self.total_interviews!r}",
        ]
        if self.breakdown_by_cost_key is not None and not isinstance(
            self.breakdown_by_cost_key, Unset
        ):
            parts.append(f"breakdown_by_cost_key={self.breakdown_by_cost_key!r}")
        if self.total_minutes_used is not None and not isinstance(
            self.total_minutes_used, Unset
        ):
            parts.append(f"total_minutes_used={self.total_minutes_used!r}")
        if self.total_credits_used is not None and not isinstance(
            self.total_credits_used, Unset
        ):
            parts.append(f"total_credits_used={self.total_credits_used!r}")
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
from ..models.billing_usage_breakdown_by_cost_key_type_1 import (
    BillingUsageBreakdownByCostKeyType1,  # noqa: E402
)
from ..models.company_usage import CompanyUsage  # noqa: E402
from ..models.cost_key_breakdown import CostKeyBreakdown  # noqa: E402
