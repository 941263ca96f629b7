from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="RenderHtmlCard")


@_attrs_define
class RenderHtmlCard:
    """One rendered card, or the reason a profile could not be rendered.

    Attributes:
        profile_id (str):
        success (bool | Unset):
        name (str | Unset): Candidate name (absent when the profile was not found).
        html_content (str | Unset): Self-contained HTML fragment with inline CSS (absent on failure).
        error_code (None | str | Unset): Why the profile could not be rendered, e.g. `PROFILE_NOT_FOUND` (open list).
    """

    profile_id: str
    success: bool | Unset = UNSET
    name: str | Unset = UNSET
    html_content: str | Unset = UNSET
    error_code: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        success = self.success

        name = self.name

        html_content = self.html_content

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileId": profile_id,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if name is not UNSET:
            field_dict["name"] = name
        if html_content is not UNSET:
            field_dict["htmlContent"] = html_content
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_id = d.pop("profileId")

        success = d.pop("success", UNSET)

        name = d.pop("name", UNSET)

        html_content = d.pop("htmlContent", UNSET)

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", None))

        render_html_card = cls(
            profile_id=profile_id,
            success=success,
            name=name,
            html_content=html_content,
            error_code=None if isinstance(error_code, Unset) else error_code,
        )

        render_html_card.additional_properties = d
        return render_html_card

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
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.html_content is not None and not isinstance(self.html_content, Unset):
            parts.append(f"html_content={self.html_content!r}")
        if self.error_code is not None and not isinstance(self.error_code, Unset):
            parts.append(f"error_code={self.error_code!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
