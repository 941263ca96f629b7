from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_system import BillingSystem
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CompanyUsage")


@_attrs_define
class CompanyUsage:
    """Usage of one company.

    Attributes:
        company_id (str): Company ID (UUID; the narrative example uses `company-uuid`).
        company_name (str | Unset):
        billing_system (BillingSystem | str | Unset): "minutes" (legacy) or "credits"; absent in older responses.
        total_interviews (int | Unset):
        total_minutes_used (float | Unset): Minutes companies only.
        total_credits_used (float | Unset): Credits companies only.
        breakdown_by_cost_key (list[CostKeyBreakdown] | Unset):
    """

    company_id: str
    company_name: str | Unset = UNSET
    billing_system: BillingSystem | str | Unset = UNSET
    total_interviews: int | Unset = UNSET
    total_minutes_used: float | Unset = UNSET
    total_credits_used: float | Unset = UNSET
    breakdown_by_cost_key: list[CostKeyBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_name = self.company_name

        billing_system: str | Unset
        if isinstance(self.billing_system, Unset):
            billing_system = UNSET
        elif isinstance(self.billing_system, BillingSystem):
            billing_system = self.billing_system.value
        else:
            billing_system = self.billing_system

        total_interviews = self.total_interviews

        total_minutes_used = self.total_minutes_used

        total_credits_used = self.total_credits_used

        breakdown_by_cost_key: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdown_by_cost_key, Unset):
            breakdown_by_cost_key = []
            for breakdown_by_cost_key_item_data in self.breakdown_by_cost_key:
                breakdown_by_cost_key_item = breakdown_by_cost_key_item_data.to_dict()
                breakdown_by_cost_key.append(breakdown_by_cost_key_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
            }
        )
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if billing_system is not UNSET:
            field_dict["billingSystem"] = billing_system
        if total_interviews is not UNSET:
            field_dict["totalInterviews"] = total_interviews
        if total_minutes_used is not UNSET:
            field_dict["totalMinutesUsed"] = total_minutes_used
        if total_credits_used is not UNSET:
            field_dict["totalCreditsUsed"] = total_credits_used
        if breakdown_by_cost_key is not UNSET:
            field_dict["breakdownByCostKey"] = breakdown_by_cost_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("companyId")

        company_name = d.pop("companyName", UNSET)

        def _parse_billing_system(data: object) -> BillingSystem | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_system_type_0 = BillingSystem(data)

                return billing_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingSystem | str | Unset, data)

        billing_system = _parse_billing_system(d.pop("billingSystem", UNSET))

        total_interviews = d.pop("totalInterviews", UNSET)

        total_minutes_used = d.pop("totalMinutesUsed", UNSET)

        total_credits_used = d.pop("totalCreditsUsed", UNSET)

        _breakdown_by_cost_key = d.pop("breakdownByCostKey", UNSET)
        breakdown_by_cost_key: list[CostKeyBreakdown] | Unset = UNSET
        if _breakdown_by_cost_key is not UNSET:
            breakdown_by_cost_key = []
            for breakdown_by_cost_key_item_data in _breakdown_by_cost_key:
                breakdown_by_cost_key_item = CostKeyBreakdown.from_dict(
                    breakdown_by_cost_key_item_data
                )

                breakdown_by_cost_key.append(breakdown_by_cost_key_item)

        company_usage = cls(
            company_id=company_id,
            company_name=company_name,
            billing_system=billing_system,
            total_interviews=total_interviews,
            total_minutes_used=total_minutes_used,
            total_credits_used=total_credits_used,
            breakdown_by_cost_key=breakdown_by_cost_key,
        )

        company_usage.additional_properties = d
        return company_usage

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
            f"company_id={self.company_id!r}",
        ]
        if self.company_name is not None and not isinstance(self.company_name, Unset):
            parts.append(f"company_name={self.company_name!r}")
        if self.billing_system is not None and not isinstance(
            self.billing_system, Unset
        ):
            parts.append(f"billing_system={self.billing_system!r}")
        if self.total_interviews is not None and not isinstance(
            self.total_interviews, Unset
        ):
            parts.append(f"total_interviews={self.total_interviews!r}")
        if self.total_minutes_used is not None and not isinstance(
            self.total_minutes_used, Unset
        ):
            parts.append(f"total_minutes_used={self.total_minutes_used!r}")
        if self.total_credits_used is not None and not isinstance(
            self.total_credits_used, Unset
        ):
            parts.append(f"total_credits_used={self.total_credits_used!r}")
        if self.breakdown_by_cost_key is not None and not isinstance(
            self.breakdown_by_cost_key, Unset
        ):
            parts.append(f"breakdown_by_cost_key={self.breakdown_by_cost_key!r}")
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
from ..models.cost_key_breakdown import CostKeyBreakdown  # noqa: E402
