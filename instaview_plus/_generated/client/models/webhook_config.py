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
        api_key_id (str | Unset): The owning API key (the guide example uses `api-key-uuid`).
        company_id (None | str | Unset): The bound company; null or absent for a global webhook (events of all reachable
            companies).
        url (str | Unset): The HTTPS endpoint URL (at most 2048 characters).
        name (None | str | Unset):
        description (None | str | Unset):
        headers (list[WebhookHeaderView] | Unset):
        events (list[int | str | WebhookEventName | WebhookEventType] | Unset): Subscribed event labels (dotted lower-
            case in the examples).
        is_active (bool | Unset):
        max_retries (int | Unset): Example 3.
        timeout_ms (int | Unset): Per-delivery timeout in milliseconds; example 30000.
        consecutive_failures (int | Unset): Consecutive delivery failures; the circuit breaker opens after too many
            (threshold undocumented).
        circuit_opened_at (datetime.datetime | None | Unset): When the circuit breaker opened; null while closed.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    api_key_id: str | Unset = UNSET
    company_id: None | str = None
    url: str | Unset = UNSET
    name: None | str = None
    description: None | str = None
    headers: list[WebhookHeaderView] | Unset = UNSET
    events: list[int | str | WebhookEventName | WebhookEventType] | Unset = UNSET
    is_active: bool | Unset = UNSET
    max_retries: int | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    consecutive_failures: int | Unset = UNSET
    circuit_opened_at: datetime.datetime | None = None
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_key_id = self.api_key_id

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        url = self.url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

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

        max_retries = self.max_retries

        timeout_ms = self.timeout_ms

        consecutive_failures = self.consecutive_failures

        circuit_opened_at: None | str | Unset
        if isinstance(self.circuit_opened_at, Unset):
            circuit_opened_at = UNSET
        elif isinstance(self.circuit_opened_at, datetime.datetime):
            circuit_opened_at = self.circuit_opened_at.isoformat()
        else:
            circuit_opened_at = self.circuit_opened_at

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
                "id": id,
            }
        )
        if api_key_id is not UNSET:
            field_dict["apiKeyId"] = api_key_id
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if events is not UNSET:
            field_dict["events"] = events
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if max_retries is not UNSET:
            field_dict["maxRetries"] = max_retries
        if timeout_ms is not UNSET:
            field_dict["timeoutMs"] = timeout_ms
        if consecutive_failures is not UNSET:
            field_dict["consecutiveFailures"] = consecutive_failures
        if circuit_opened_at is not UNSET:
            field_dict["circuitOpenedAt"] = circuit_opened_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        api_key_id = d.pop("apiKeyId", UNSET)

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("companyId", None))

        url = d.pop("url", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", None))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", None))

        _headers = d.pop("headers", UNSET)
        headers: list[WebhookHeaderView] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = WebhookHeaderView.from_dict(headers_item_data)

                headers.append(headers_item)

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

        max_retries = d.pop("maxRetries", UNSET)

        timeout_ms = d.pop("timeoutMs", UNSET)

        consecutive_failures = d.pop("consecutiveFailures", UNSET)

        def _parse_circuit_opened_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circuit_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return circuit_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        circuit_opened_at = _parse_circuit_opened_at(d.pop("circuitOpenedAt", None))

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

        webhook_config = cls(
            id=id,
            api_key_id=api_key_id,
            company_id=None if isinstance(company_id, Unset) else company_id,
            url=url,
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            headers=headers,
            events=events,
            is_active=is_active,
            max_retries=max_retries,
            timeout_ms=timeout_ms,
            consecutive_failures=consecutive_failures,
            circuit_opened_at=None
            if isinstance(circuit_opened_at, Unset)
            else circuit_opened_at,
            created_at=created_at,
            updated_at=updated_at,
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
        ]
        if self.api_key_id is not None and not isinstance(self.api_key_id, Unset):
            parts.append(f"api_key_id={self.api_key_id!r}")
        if self.company_id is not None and not isinstance(self.company_id, Unset):
            parts.append(f"company_id={self.company_id!r}")
        if self.url is not None and not isinstance(self.url, Unset):
            parts.append(f"url={self.url!r}")
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.description is not None and not isinstance(self.description, Unset):
            parts.append(f"description={self.description!r}")
        if self.headers is not None and not isinstance(self.headers, Unset):
            parts.append(f"headers={self.headers!r}")
        if self.events is not None and not isinstance(self.events, Unset):
            parts.append(f"events={self.events!r}")
        if self.is_active is not None and not isinstance(self.is_active, Unset):
            parts.append(f"is_active={self.is_active!r}")
        if self.max_retries is not None and not isinstance(self.max_retries, Unset):
            parts.append(f"max_retries={self.max_retries!r}")
        if self.timeout_ms is not None and not isinstance(self.timeout_ms, Unset):
            parts.append(f"timeout_ms={self.timeout_ms!r}")
        if self.consecutive_failures is not None and not isinstance(
            self.consecutive_failures, Unset
        ):
            parts.append(f"consecutive_failures={self.consecutive_failures!r}")
        if self.circuit_opened_at is not None and not isinstance(
            self.circuit_opened_at, Unset
        ):
            parts.append(f"circuit_opened_at={self.circuit_opened_at!r}")
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


# Nested models, imported after the class (so cycles resolve): typing.get_type_hints() finds every name.
from ..models.webhook_header_view import WebhookHeaderView  # noqa: E402
