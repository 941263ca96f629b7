from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="WebhookCreated")


@_attrs_define
class WebhookCreated:
    """Response of POST /webhooks: `{id, signingSecret, url, events, isActive}` (the full configuration may
    come too; unknown fields are kept).

        Attributes:
            id (str):
            signing_secret (str | Unset): HMAC signing secret (hex, 64 characters), returned only at creation.
            url (str | Unset):
            events (list[int | str | WebhookEventName | WebhookEventType] | Unset):
            is_active (bool | Unset): Always true for a new webhook.
    """

    id: str
    signing_secret: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[int | str | WebhookEventName | WebhookEventType] | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        signing_secret = self.signing_secret

        url = self.url

        events: list[int | str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: int | str
                if isinstance(events_item_data, WebhookEventName):
                    events_item = events_item_data.value
                elif isinstance(events_item_data, WebhookEventType):
                    events_item = events_item_data.value
                else:
                    events_item = events_item_data
                events.append(events_item)

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if signing_secret is not UNSET:
            field_dict["signingSecret"] = signing_secret
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        signing_secret = d.pop("signingSecret", UNSET)

        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[int | str | WebhookEventName | WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:

                def _parse_events_item(
                    data: object,
                ) -> int | str | WebhookEventName | WebhookEventType:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        events_item_type_0 = WebhookEventName(data)

                        return events_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        events_item_type_1 = WebhookEventType(data)

                        return events_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(int | str | WebhookEventName | WebhookEventType, data)

                events_item = _parse_events_item(events_item_data)

                events.append(events_item)

        is_active = d.pop("isActive", UNSET)

        webhook_created = cls(
            id=id,
            signing_secret=signing_secret,
            url=url,
            events=events,
            is_active=is_active,
        )

        webhook_created.additional_properties = d
        return webhook_created

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
            f"id={self.id!r}",
        ]
        if self.signing_secret is not None and not isinstance(
            self.signing_secret, Unset
        ):
            parts.append(f"signing_secret={self.signing_secret!r}")
        if self.url is not None and not isinstance(self.url, Unset):
            parts.append(f"url={self.url!r}")
        if self.events is not None and not isinstance(self.events, Unset):
            parts.append(f"events={self.events!r}")
        if self.is_active is not None and not isinstance(self.is_active, Unset):
            parts.append(f"is_active={self.is_active!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
