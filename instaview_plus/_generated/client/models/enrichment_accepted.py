from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sourcing_run_status import SourcingRunStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="EnrichmentAccepted")


@_attrs_define
class EnrichmentAccepted:
    """The 202 body of POST /sourcing/enrich (flat, no envelope; the sample has no `updatedAt`).

    Attributes:
        success (bool):
        request_id (str): An enrichment run ID, `enr_` followed by a UUID (`enr_550e8400-e29b-41d4-a716-446655440000`).
            Treat as opaque.
        status (SourcingRunStatus | str):
        message (str | Unset): e.g. "Enrichment run accepted and queued for processing."
        webhook_id (None | Unset | UUID): The webhook that will receive the outcome (absent or null without one).
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset): Not in the enrichment sample; kept for parity with the sourcing 202
            body.
    """

    success: bool
    request_id: str
    status: SourcingRunStatus | str
    message: str | Unset = UNSET
    webhook_id: None | UUID = None
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        request_id = self.request_id

        status: str
        if isinstance(self.status, SourcingRunStatus):
            status = self.status.value
        else:
            status = self.status

        message = self.message

        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        elif isinstance(self.webhook_id, UUID):
            webhook_id = str(self.webhook_id)
        else:
            webhook_id = self.webhook_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "requestId": request_id,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        request_id = d.pop("requestId")

        def _parse_status(data: object) -> SourcingRunStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SourcingRunStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SourcingRunStatus | str, data)

        status = _parse_status(d.pop("status"))

        message = d.pop("message", UNSET)

        def _parse_webhook_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_id_type_0 = UUID(data)

                return webhook_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        webhook_id = _parse_webhook_id(d.pop("webhookId", None))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        enrichment_accepted = cls(
            success=success,
            request_id=request_id,
            status=status,
            message=message,
            webhook_id=None if isinstance(webhook_id, Unset) else webhook_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        enrichment_accepted.additional_properties = d
        return enrichment_accepted

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
            f"success={self.success!r}",
            f"request_id={self.request_id!r}",
            f"status={self.status!r}",
        ]
        if self.message is not None and not isinstance(self.message, Unset):
            parts.append(f"message={self.message!r}")
        if self.webhook_id is not None and not isinstance(self.webhook_id, Unset):
            parts.append(f"webhook_id={self.webhook_id!r}")
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.updated_at is not None and not isinstance(self.updated_at, Unset):
            parts.append(f"updated_at={self.updated_at!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
