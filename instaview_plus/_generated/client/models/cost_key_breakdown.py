from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CostKeyBreakdown")


@_attrs_define
class CostKeyBreakdown:
    """Usage per cost key.

    Attributes:
        cost_key (str): The cost key; currently only `interview_minutes` is documented.
        events (int | Unset):
        minutes_used (float | Unset): Minutes companies only.
        credits_used (float | Unset): Credits companies only.
    """

    cost_key: str
    events: int | Unset = UNSET
    minutes_used: float | Unset = UNSET
    credits_used: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_key = self.cost_key

        events = self.events

        minutes_used = self.minutes_used

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "costKey": cost_key,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if minutes_used is not UNSET:
            field_dict["minutesUsed"] = minutes_used
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_key = d.pop("costKey")

        events = d.pop("events", UNSET)

        minutes_used = d.pop("minutesUsed", UNSET)

        credits_used = d.pop("creditsUsed", UNSET)

        cost_key_breakdown = cls(
            cost_key=cost_key,
            events=events,
            minutes_used=minutes_used,
            credits_used=credits_used,
        )

        cost_key_breakdown.additional_properties = d
        return cost_key_breakdown

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
            f"cost_key={self.cost_key!r}",
        ]
        if self.events is not None and not isinstance(self.events, Unset):
            parts.append(f"events={self.events!r}")
        if self.minutes_used is not None and not isinstance(self.minutes_used, Unset):
            parts.append(f"minutes_used={self.minutes_used!r}")
        if self.credits_used is not None and not isinstance(self.credits_used, Unset):
            parts.append(f"credits_used={self.credits_used!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
