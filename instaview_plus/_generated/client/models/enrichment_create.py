from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="EnrichmentCreate")


@_attrs_define
class EnrichmentCreate:
    """Body of POST /sourcing/enrich.

    Attributes:
        profile_ids (list[str] | Unset): Up to 10 profile IDs (the `profileId` of sourcing or preview results; opaque
            strings).
        webhook_id (UUID | Unset): A WebhookConfig of the key's company subscribed to `ENRICH_COMPLETED` and/or
            `ENRICH_FAILED`
            (not subscribed → 422). Omit it to rely on polling.
    """

    profile_ids: list[str] | Unset = UNSET
    webhook_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_ids: list[str] | Unset = UNSET
        if not isinstance(self.profile_ids, Unset):
            profile_ids = self.profile_ids

        webhook_id: str | Unset = UNSET
        if not isinstance(self.webhook_id, Unset):
            webhook_id = str(self.webhook_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_ids is not UNSET:
            field_dict["profileIds"] = profile_ids
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_ids = cast(list[str], d.pop("profileIds", UNSET))

        _webhook_id = d.pop("webhookId", UNSET)
        webhook_id: UUID | Unset
        if isinstance(_webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = UUID(_webhook_id)

        enrichment_create = cls(
            profile_ids=profile_ids,
            webhook_id=webhook_id,
        )

        enrichment_create.additional_properties = d
        return enrichment_create

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
        if self.profile_ids is not None and not isinstance(self.profile_ids, Unset):
            parts.append(f"profile_ids={self.profile_ids!r}")
        if self.webhook_id is not None and not isinstance(self.webhook_id, Unset):
            parts.append(f"webhook_id={self.webhook_id!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
