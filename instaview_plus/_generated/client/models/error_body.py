from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Every error shape the API uses, in one lenient schema (no required properties): the standard envelope
    `{success: false, data: null, error: {code, message, details} | string, timestamp}`, the NestJS
    `{statusCode, message: string | string[], error}` (403 scope, 429 throttler, validation), the
    `{statusCode, message, data, traceId}` wrapper, and the sourcing `{success, errorCode, errorMessage}`.

        Attributes:
            success (bool | Unset):
            data (Any | Unset):
            error (ApiError | None | str | Unset):
            timestamp (datetime.datetime | Unset):
            status_code (int | Unset):
            message (list[str] | str | Unset):
            trace_id (None | str | Unset):
            retry_after (int | Unset):
            limit (int | Unset):
            remaining (int | Unset):
            reset (int | Unset):
            error_code (None | str | Unset):
            error_message (None | str | Unset):
            request_id (str | Unset):
    """

    success: bool | Unset = UNSET
    data: Any | Unset = UNSET
    error: ApiError | None | str = None
    timestamp: datetime.datetime | Unset = UNSET
    status_code: int | Unset = UNSET
    message: list[str] | str | Unset = UNSET
    trace_id: None | str = None
    retry_after: int | Unset = UNSET
    limit: int | Unset = UNSET
    remaining: int | Unset = UNSET
    reset: int | Unset = UNSET
    error_code: None | str = None
    error_message: None | str = None
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ApiError):
            error = self.error.to_dict()
        else:
            error = self.error

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        status_code = self.status_code

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        retry_after = self.retry_after

        limit = self.limit

        remaining = self.remaining

        reset = self.reset

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if retry_after is not UNSET:
            field_dict["retryAfter"] = retry_after
        if limit is not UNSET:
            field_dict["limit"] = limit
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if reset is not UNSET:
            field_dict["reset"] = reset
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        data = d.pop("data", UNSET)

        def _parse_error(data: object) -> ApiError | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ApiError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiError | None | str | Unset, data)

        error = _parse_error(d.pop("error", None))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        status_code = d.pop("statusCode", UNSET)

        def _parse_message(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1 = cast(list[str], data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("traceId", None))

        retry_after = d.pop("retryAfter", UNSET)

        limit = d.pop("limit", UNSET)

        remaining = d.pop("remaining", UNSET)

        reset = d.pop("reset", UNSET)

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", None))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", None))

        request_id = d.pop("requestId", UNSET)

        error_body = cls(
            success=success,
            data=data,
            error=None if isinstance(error, Unset) else error,
            timestamp=timestamp,
            status_code=status_code,
            message=message,
            trace_id=None if isinstance(trace_id, Unset) else trace_id,
            retry_after=retry_after,
            limit=limit,
            remaining=remaining,
            reset=reset,
            error_code=None if isinstance(error_code, Unset) else error_code,
            error_message=None if isinstance(error_message, Unset) else error_message,
            request_id=request_id,
        )

        error_body.additional_properties = d
        return error_body

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
        if self.success is not None and not isinstance(self.success, Unset):
            parts.append(f"success={self.success!r}")
        if self.data is not None and not isinstance(self.data, Unset):
            parts.append(f"data={self.data!r}")
        if self.error is not None and not isinstance(self.error, Unset):
            parts.append(f"error={self.error!r}")
        if self.timestamp is not None and not isinstance(self.timestamp, Unset):
            parts.append(f"timestamp={self.timestamp!r}")
        if self.status_code is not None and not isinstance(self.status_code, Unset):
            parts.append(f"status_code={self.status_code!r}")
        if self.message is not None and not isinstance(self.message, Unset):
            parts.append(f"message={self.message!r}")
        if self.trace_id is not None and not isinstance(self.trace_id, Unset):
            parts.append(f"trace_id={self.trace_id!r}")
        if self.retry_after is not None and not isinstance(self.retry_after, Unset):
            parts.append(f"retry_after={self.retry_after!r}")
        if self.limit is not None and not isinstance(self.limit, Unset):
            parts.append(f"limit={self.limit!r}")
        if self.remaining is not None and not isinstance(self.remaining, Unset):
            parts.append(f"remaining={self.remaining!r}")
        if self.reset is not None and not isinstance(self.reset, Unset):
            parts.append(f"reset={self.reset!r}")
        if self.error_code is not None and not isinstance(self.error_code, Unset):
            parts.append(f"error_code={self.error_code!r}")
        if self.error_message is not None and not isinstance(self.error_message, Unset):
            parts.append(f"error_message={self.error_message!r}")
        if self.request_id is not None and not isinstance(self.request_id, Unset):
            parts.append(f"request_id={self.request_id!r}")
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
from ..models.api_error import ApiError  # noqa: E402
