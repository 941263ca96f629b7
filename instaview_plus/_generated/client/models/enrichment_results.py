from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sourcing_run_status import SourcingRunStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="EnrichmentResults")


@_attrs_define
class EnrichmentResults:
    """Body of GET /sourcing/enrich/{id}/results, on 202 (`processing`) and 200 (`completed` / `failed`). A
    `completed` run may hold per-profile failures (`data[].success: false`, not billed); `failed` means the
    whole run failed before any profile was processed.

        Attributes:
            success (bool): Whether the request succeeded.
            request_id (str): An enrichment run ID, `enr_` followed by a UUID (`enr_550e8400-e29b-41d4-a716-446655440000`).
                Treat as opaque.
            status (SourcingRunStatus | str):
            message (str | Unset): Progress message while processing, e.g. "Enrichment is in progress. Please poll again in
                a few seconds."
            created_at (datetime.datetime | Unset):
            completed_at (datetime.datetime | None | Unset): When the run completed or failed.
            enriched_count (int | Unset): Profiles enriched successfully.
            failure_count (int | Unset): Profiles whose enrichment failed.
            credits_consumed (float | Unset): Credits charged for this run (1 per successfully enriched profile).
            data (list[EnrichmentProfileResult] | None | Unset): One entry per requested profile (when finished).
            error_code (None | str | Unset): Run-level error code when failed (not shown on the enrichment page; as on
                sourcing).
            error_message (None | str | Unset): Run-level error message when failed.
    """

    success: bool
    request_id: str
    status: SourcingRunStatus | str
    message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | None = None
    enriched_count: int | Unset = UNSET
    failure_count: int | Unset = UNSET
    credits_consumed: float | Unset = UNSET
    data: list[EnrichmentProfileResult] | None = None
    error_code: None | str = None
    error_message: None | str = None
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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        enriched_count = self.enriched_count

        failure_count = self.failure_count

        credits_consumed = self.credits_consumed

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if enriched_count is not UNSET:
            field_dict["enrichedCount"] = enriched_count
        if failure_count is not UNSET:
            field_dict["failureCount"] = failure_count
        if credits_consumed is not UNSET:
            field_dict["creditsConsumed"] = credits_consumed
        if data is not UNSET:
            field_dict["data"] = data
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

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

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", None))

        enriched_count = d.pop("enrichedCount", UNSET)

        failure_count = d.pop("failureCount", UNSET)

        credits_consumed = d.pop("creditsConsumed", UNSET)

        def _parse_data(data: object) -> list[EnrichmentProfileResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = EnrichmentProfileResult.from_dict(
                        data_type_0_item_data
                    )

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnrichmentProfileResult] | None | Unset, data)

        data = _parse_data(d.pop("data", None))

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

        enrichment_results = cls(
            success=success,
            request_id=request_id,
            status=status,
            message=message,
            created_at=created_at,
            completed_at=None if isinstance(completed_at, Unset) else completed_at,
            enriched_count=enriched_count,
            failure_count=failure_count,
            credits_consumed=credits_consumed,
            data=None if isinstance(data, Unset) else data,
            error_code=None if isinstance(error_code, Unset) else error_code,
            error_message=None if isinstance(error_message, Unset) else error_message,
        )

        enrichment_results.additional_properties = d
        return enrichment_results

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
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.completed_at is not None and not isinstance(self.completed_at, Unset):
            parts.append(f"completed_at={self.completed_at!r}")
        if self.enriched_count is not None and not isinstance(
            self.enriched_count, Unset
        ):
            parts.append(f"enriched_count={self.enriched_count!r}")
        if self.failure_count is not None and not isinstance(self.failure_count, Unset):
            parts.append(f"failure_count={self.failure_count!r}")
        if self.credits_consumed is not None and not isinstance(
            self.credits_consumed, Unset
        ):
            parts.append(f"credits_consumed={self.credits_consumed!r}")
        if self.data is not None and not isinstance(self.data, Unset):
            parts.append(f"data={self.data!r}")
        if self.error_code is not None and not isinstance(self.error_code, Unset):
            parts.append(f"error_code={self.error_code!r}")
        if self.error_message is not None and not isinstance(self.error_message, Unset):
            parts.append(f"error_message={self.error_message!r}")
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
from ..models.enrichment_profile_result import EnrichmentProfileResult  # noqa: E402
