from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sourcing_run_status import SourcingRunStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="PreviewResults")


@_attrs_define
class PreviewResults:
    """Body of GET /sourcing/preview/{id}/results, on 202 (`processing`) and 200 (`completed` / `failed`); the
    same top-level fields as `SourcingResults`, with preview candidates.

        Attributes:
            success (bool): Whether the request succeeded.
            request_id (str): A preview run ID: `req_prev_` followed by a UUID on the results page; the initiate page's
                sample returns a
                plain `req_` ID, so both are accepted. Treat as opaque.
            status (SourcingRunStatus | str):
            created_at (datetime.datetime | Unset):
            candidates_sourced_count (int | Unset): Running count of candidates found so far.
            found_count (int | Unset):
            scored_count (int | Unset): Shown by the sample although previews are not described as scored; may be 0 or
                absent.
            message (str | Unset): Progress message while processing.
            candidates (list[PreviewCandidate] | None | Unset): The preview candidates (when completed).
            error_code (None | str | Unset): Machine-readable run-level error code when failed, e.g. `AGENT_ERROR`.
            error_message (None | str | Unset): Human-readable error when failed.
            completed_at (datetime.datetime | None | Unset): When the run completed or failed.
    """

    success: bool
    request_id: str
    status: SourcingRunStatus | str
    created_at: datetime.datetime | Unset = UNSET
    candidates_sourced_count: int | Unset = UNSET
    found_count: int | Unset = UNSET
    scored_count: int | Unset = UNSET
    message: str | Unset = UNSET
    candidates: list[PreviewCandidate] | None = None
    error_code: None | str = None
    error_message: None | str = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        request_id = self.request_id

        status: str
        if isinstance(self.status, SourcingRunStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        candidates_sourced_count = self.candidates_sourced_count

        found_count = self.found_count

        scored_count = self.scored_count

        message = self.message

        candidates: list[dict[str, Any]] | None | Unset
        if isinstance(self.candidates, Unset):
            candidates = UNSET
        elif isinstance(self.candidates, list):
            candidates = []
            for candidates_type_0_item_data in self.candidates:
                candidates_type_0_item = candidates_type_0_item_data.to_dict()
                candidates.append(candidates_type_0_item)

        else:
            candidates = self.candidates

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

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "requestId": request_id,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if candidates_sourced_count is not UNSET:
            field_dict["candidatesSourcedCount"] = candidates_sourced_count
        if found_count is not UNSET:
            field_dict["foundCount"] = found_count
        if scored_count is not UNSET:
            field_dict["scoredCount"] = scored_count
        if message is not UNSET:
            field_dict["message"] = message
        if candidates is not UNSET:
            field_dict["candidates"] = candidates
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

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

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        candidates_sourced_count = d.pop("candidatesSourcedCount", UNSET)

        found_count = d.pop("foundCount", UNSET)

        scored_count = d.pop("scoredCount", UNSET)

        message = d.pop("message", UNSET)

        def _parse_candidates(data: object) -> list[PreviewCandidate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                candidates_type_0 = []
                _candidates_type_0 = data
                for candidates_type_0_item_data in _candidates_type_0:
                    candidates_type_0_item = PreviewCandidate.from_dict(
                        candidates_type_0_item_data
                    )

                    candidates_type_0.append(candidates_type_0_item)

                return candidates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PreviewCandidate] | None | Unset, data)

        candidates = _parse_candidates(d.pop("candidates", None))

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

        preview_results = cls(
            success=success,
            request_id=request_id,
            status=status,
            created_at=created_at,
            candidates_sourced_count=candidates_sourced_count,
            found_count=found_count,
            scored_count=scored_count,
            message=message,
            candidates=None if isinstance(candidates, Unset) else candidates,
            error_code=None if isinstance(error_code, Unset) else error_code,
            error_message=None if isinstance(error_message, Unset) else error_message,
            completed_at=None if isinstance(completed_at, Unset) else completed_at,
        )

        preview_results.additional_properties = d
        return preview_results

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
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.candidates_sourced_count is not None and not isinstance(
            self.candidates_sourced_count, Unset
        ):
            parts.append(f"candidates_sourced_count={self.candidates_sourced_count!r}")
        if self.found_count is not None and not isinstance(self.found_count, Unset):
            parts.append(f"found_count={self.found_count!r}")
        if self.scored_count is not None and not isinstance(self.scored_count, Unset):
            parts.append(f"scored_count={self.scored_count!r}")
        if self.message is not None and not isinstance(self.message, Unset):
            parts.append(f"message={self.message!r}")
        if self.candidates is not None and not isinstance(self.candidates, Unset):
            parts.append(f"candidates={self.candidates!r}")
        if self.error_code is not None and not isinstance(self.error_code, Unset):
            parts.append(f"error_code={self.error_code!r}")
        if self.error_message is not None and not isinstance(self.error_message, Unset):
            parts.append(f"error_message={self.error_message!r}")
        if self.completed_at is not None and not isinstance(self.completed_at, Unset):
            parts.append(f"completed_at={self.completed_at!r}")
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
from ..models.preview_candidate import PreviewCandidate  # noqa: E402
