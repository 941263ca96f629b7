from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sourced_candidate import SourcedCandidate


T = TypeVar("T", bound="EnrichmentProfileResult")


@_attrs_define
class EnrichmentProfileResult:
    """The enrichment outcome of one profile (`data[]` of enrichment results).

    Attributes:
        profile_id (str):
        success (bool | Unset): false when this profile failed (it is then not billed).
        candidate (None | SourcedCandidate | Unset): The enriched profile, on success.
        error_code (None | str | Unset): Why this profile failed (names not documented; by analogy with render-html
            items).
        error_message (None | str | Unset): Human-readable failure reason for this profile.
    """

    profile_id: str
    success: bool | Unset = UNSET
    candidate: None | SourcedCandidate | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sourced_candidate import SourcedCandidate  # noqa: PLC0415

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
        from ..models.sourced_candidate import SourcedCandidate  # noqa: PLC0415

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

        candidate = _parse_candidate(d.pop("candidate", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        enrichment_profile_result = cls(
            profile_id=profile_id,
            success=success,
            candidate=candidate,
            error_code=error_code,
            error_message=error_message,
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
