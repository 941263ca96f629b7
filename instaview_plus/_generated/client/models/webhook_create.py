from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_code import WebhookEventCode
from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """Body of POST /webhooks.

    Attributes:
        url (str): The HTTPS endpoint URL.
        events (list[WebhookEventCode | WebhookEventName | WebhookEventType]): Event types to subscribe to. UPPER_SNAKE
            (`WebhookEventType`, the newest reference), dotted labels
            (`WebhookEventName`) and numeric codes 0-5 (`WebhookEventCode`) are all documented in requests.
            Subscribe to PING to use POST /webhooks/{id}/test.
        name (str | Unset):
        description (str | Unset):
        company_id (UUID | Unset): Bind the webhook to one company; omit it for a global webhook.
        headers (list[WebhookHeader] | Unset): Custom headers sent with each delivery.
    """

    url: str
    events: list[WebhookEventCode | WebhookEventName | WebhookEventType]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    company_id: UUID | Unset = UNSET
    headers: list[WebhookHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: int | str
            if isinstance(events_item_data, WebhookEventType):
                events_item = events_item_data.value
            elif isinstance(events_item_data, WebhookEventName):
                events_item = events_item_data.value
            else:
                events_item = events_item_data.value

            events.append(events_item)

        name = self.name

        description = self.description

        company_id: str | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = str(self.company_id)

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:

            def _parse_events_item(
                data: object,
            ) -> WebhookEventCode | WebhookEventName | WebhookEventType:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    events_item_type_0 = WebhookEventType(data)

                    return events_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    events_item_type_1 = WebhookEventName(data)

                    return events_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, int):
                    raise TypeError()
                events_item_type_2 = WebhookEventCode(data)

                return events_item_type_2

            events_item = _parse_events_item(events_item_data)

            events.append(events_item)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _company_id = d.pop("companyId", UNSET)
        company_id: UUID | Unset
        if isinstance(_company_id, Unset):
            company_id = UNSET
        else:
            company_id = UUID(_company_id)

        _headers = d.pop("headers", UNSET)
        headers: list[WebhookHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = WebhookHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        webhook_create = cls(
            url=url,
            events=events,
            name=name,
            description=description,
            company_id=company_id,
            headers=headers,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
            f"url={self.url!r}",
            f"events={self.events!r}",
        ]
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.description is not None and not isinstance(self.description, Unset):
            parts.append(f"description={self.description!r}")
        if self.company_id is not None and not isinstance(self.company_id, Unset):
            parts.append(f"company_id={self.company_id!r}")
        if self.headers is not None and not isinstance(self.headers, Unset):
            parts.append(f"headers={self.headers!r}")
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
from ..models.webhook_header import WebhookHeader  # noqa: E402
