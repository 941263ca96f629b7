from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="WebhookTestResult")


@_attrs_define
class WebhookTestResult:
    """Result of POST /webhooks/{id}/test; `deliveryId`, `httpStatus` and `durationMs` only on success.

    Attributes:
        success (bool): Whether the test delivery succeeded.
        delivery_id (str | Unset): The test delivery's ID (the example uses `delivery-uuid`).
        http_status (int | Unset): The status the receiver answered with.
        duration_ms (float | Unset):
        message (str | Unset): e.g. "Webhook test successful!", "Webhook test failed: Connection timeout".
    """

    success: bool
    delivery_id: str | Unset = UNSET
    http_status: int | Unset = UNSET
    duration_ms: float | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        delivery_id = self.delivery_id

        http_status = self.http_status

        duration_ms = self.duration_ms

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        delivery_id = d.pop("deliveryId", UNSET)

        http_status = d.pop("httpStatus", UNSET)

        duration_ms = d.pop("durationMs", UNSET)

        message = d.pop("message", UNSET)

        webhook_test_result = cls(
            success=success,
            delivery_id=delivery_id,
            http_status=http_status,
            duration_ms=duration_ms,
            message=message,
        )

        webhook_test_result.additional_properties = d
        return webhook_test_result

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
        ]
        if self.delivery_id is not None and not isinstance(self.delivery_id, Unset):
            parts.append(f"delivery_id={self.delivery_id!r}")
        if self.http_status is not None and not isinstance(self.http_status, Unset):
            parts.append(f"http_status={self.http_status!r}")
        if self.duration_ms is not None and not isinstance(self.duration_ms, Unset):
            parts.append(f"duration_ms={self.duration_ms!r}")
        if self.message is not None and not isinstance(self.message, Unset):
            parts.append(f"message={self.message!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
