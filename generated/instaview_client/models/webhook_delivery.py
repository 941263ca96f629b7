from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_delivery_data import WebhookDeliveryData


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
        from ..models.webhook_delivery_data import WebhookDeliveryData  # noqa: PLC0415

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
