from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="WebhookConfig")


@_attrs_define
class WebhookConfig:
    """A webhook configuration (header values masked; `signingSecret` only in the create response).

    Attributes:
        id (str): Webhook configuration ID (UUID v4).
        api_key_id (str): The owning API key (the guide example uses `api-key-uuid`).
        url (str): The HTTPS endpoint URL (at most 2048 characters).
        name (None | str):
        description (None | str):
        headers (list[WebhookHeaderView]):
        events (list[int | str | WebhookEventName | WebhookEventType]): Subscribed event labels (dotted lower-case in
            the examples).
        is_active (bool):
        max_retries (int): Example 3.
        timeout_ms (int): Per-delivery timeout in milliseconds; example 30000.
        consecutive_failures (int): Consecutive delivery failures; the circuit breaker opens after too many (threshold
            undocumented).
        circuit_opened_at (datetime.datetime | None): When the circuit breaker opened; null while closed.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        company_id (None | str | Unset): The bound company; null or absent for a global webhook (events of all reachable
            companies).
    """

    id: str
    api_key_id: str
    url: str
    name: None | str
    description: None | str
    headers: list[WebhookHeaderView]
    events: list[int | str | WebhookEventName | WebhookEventType]
    is_active: bool
    max_retries: int
    timeout_ms: int
    consecutive_failures: int
    circuit_opened_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    company_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_key_id = self.api_key_id

        url = self.url

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        headers = []
        for headers_item_data in self.headers:
            headers_item = headers_item_data.to_dict()
            headers.append(headers_item)

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

        max_retries = self.max_retries

        timeout_ms = self.timeout_ms

        consecutive_failures = self.consecutive_failures

        circuit_opened_at: None | str
        if isinstance(self.circuit_opened_at, datetime.datetime):
            circuit_opened_at = self.circuit_opened_at.isoformat()
        else:
            circuit_opened_at = self.circuit_opened_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "apiKeyId": api_key_id,
                "url": url,
                "name": name,
                "description": description,
                "headers": headers,
                "events": events,
                "isActive": is_active,
                "maxRetries": max_retries,
                "timeoutMs": timeout_ms,
                "consecutiveFailures": consecutive_failures,
                "circuitOpenedAt": circuit_opened_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if company_id is not UNSET:
            field_dict["companyId"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        api_key_id = d.pop("apiKeyId")

        url = d.pop("url")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        headers = []
        _headers = d.pop("headers")
        for headers_item_data in _headers:
            headers_item = WebhookHeaderView.from_dict(headers_item_data)

            headers.append(headers_item)

        events = []
        _events = d.pop("events")
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

        is_active = d.pop("isActive")

        max_retries = d.pop("maxRetries")

        timeout_ms = d.pop("timeoutMs")

        consecutive_failures = d.pop("consecutiveFailures")

        def _parse_circuit_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circuit_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return circuit_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        circuit_opened_at = _parse_circuit_opened_at(d.pop("circuitOpenedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("companyId", None))

        webhook_config = cls(
            id=id,
            api_key_id=api_key_id,
            url=url,
            name=name,
            description=description,
            headers=headers,
            events=events,
            is_active=is_active,
            max_retries=max_retries,
            timeout_ms=timeout_ms,
            consecutive_failures=consecutive_failures,
            circuit_opened_at=circuit_opened_at,
            created_at=created_at,
            updated_at=updated_at,
            company_id=None if isinstance(company_id, Unset) else company_id,
        )

        webhook_config.additional_properties = d
        return webhook_config

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
            f"api_key_id={self.api_key_id!r}",
            f"url={self.url!r}",
            f"name={self.name!r}",
            f"description={self.description!r}",
            f"headers={self.headers!r}",
            f"events={self.events!r}",
            f"is_active={self.is_active!r}",
            f"max_retries={self.max_retries!r}",
            f"timeout_ms={self.timeout_ms!r}",
            f"consecutive_failures={self.consecutive_failures!r}",
            f"circuit_opened_at={self.circuit_opened_at!r}",
            f"created_at={self.created_at!r}",
            f"updated_at={self.updated_at!r}",
        ]
        if self.company_id is not None and not isinstance(self.company_id, Unset):
            parts.append(f"company_id={self.company_id!r}")
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
from ..models.webhook_header_view import WebhookHeaderView  # noqa: E402
