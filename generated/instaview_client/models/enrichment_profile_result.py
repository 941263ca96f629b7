from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="EnrichmentProfileResult")


@_attrs_define
class EnrichmentProfileResult:
    """The enrichment outcome of one profile (`data[]` of enrichment results).

    Attributes:
        profile_id (str):
        success (bool | Unset): false when this profile failed (it is then not billed).
        candidate (None | SourcedCandidate | Unset): The enriched profile, on success.
        error_code (None | str | Unset): Why this profile failed.
        error_message (None | str | Unset): Human-readable failure reason for this profile.
    """

    profile_id: str
    success: bool | Unset = UNSET
    candidate: None | SourcedCandidate = None
    error_code: None | str = None
    error_message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        success = self.success

        candidate: dict[str, Any] | None | Unset
        if isinstance(self.candidate, Unset):
            candidate = UNSET
        elif isinstance(self.candidate, SourcedCandidate):
            candidate = self.candidate.to_dict()
        else:
            candidate = self.candidate

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
                "profileId": profile_id,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_id = d.pop("profileId")

        success = d.pop("success", UNSET)

        def _parse_candidate(data: object) -> None | SourcedCandidate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candidate_type_0 = SourcedCandidate.from_dict(data)

                return candidate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourcedCandidate | Unset, data)

        candidate = _parse_candidate(d.pop("candidate", None))

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

        enrichment_profile_result = cls(
            profile_id=profile_id,
            success=success,
            candidate=None if isinstance(candidate, Unset) else candidate,
            error_code=None if isinstance(error_code, Unset) else error_code,
            error_message=None if isinstance(error_message, Unset) else error_message,
        )

        enrichment_profile_result.additional_properties = d
        return enrichment_profile_result

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
            f"profile_id={self.profile_id!r}",
        ]
        if self.success is not None and not isinstance(self.success, Unset):
            parts.append(f"success={self.success!r}")
        if self.candidate is not None and not isinstance(self.candidate, Unset):
            parts.append(f"candidate={self.candidate!r}")
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
from ..models.sourced_candidate import SourcedCandidate  # noqa: E402
