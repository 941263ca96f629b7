from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """The JSON body InstaView POSTs to a webhook URL (answer 2xx). Use `deliveryId` for idempotency. The
    signature header and scheme are undocumented.

        Attributes:
            event (str | WebhookEventName | WebhookEventType): The event label, e.g. `interview.completed`.
            delivery_id (str): Unique delivery ID (UUID).
            timestamp (datetime.datetime | Unset): ISO 8601 with milliseconds, e.g. `2024-01-20T14:30:00.000Z`.
            data (WebhookDeliveryData | Unset): Event-specific data. Interview events carry `{interviewId, callAttemptId,
                candidateId, jobId, status}`;
                `analysis.completed` carries the full analysis results and `analysisPdfBase64` (exact field list
                undocumented); failed events include an error message (field name undocumented). Unknown fields are
                kept.
    """

    event: str | WebhookEventName | WebhookEventType
    delivery_id: str
    timestamp: datetime.datetime | Unset = UNSET
    data: WebhookDeliveryData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str
        if isinstance(self.event, WebhookEventName):
            event = self.event.value
        elif isinstance(self.event, WebhookEventType):
            event = self.event.value
        else:
            event = self.event

        delivery_id = self.delivery_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "deliveryId": delivery_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_event(data: object) -> str | WebhookEventName | WebhookEventType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_0 = WebhookEventName(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_1 = WebhookEventType(data)

                return event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WebhookEventName | WebhookEventType, data)

        event = _parse_event(d.pop("event"))

        delivery_id = d.pop("deliveryId")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _data = d.pop("data", UNSET)
        data: WebhookDeliveryData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WebhookDeliveryData.from_dict(_data)

        webhook_delivery = cls(
            event=event,
            delivery_id=delivery_id,
            timestamp=timestamp,
            data=data,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
            f"event={self.event!r}",
            f"delivery_id={self.delivery_id!r}",
        ]
        if self.timestamp is not None and not isinstance(self.timestamp, Unset):
            parts.append(f"timestamp={self.timestamp!r}")
        if self.data is not None and not isinstance(self.data, Unset):
            parts.append(f"data={self.data!r}")
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
from ..models.webhook_delivery_data import WebhookDeliveryData  # noqa: E402
