from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_html_theme import RenderHtmlTheme
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="RenderHtmlRequest")


@_attrs_define
class RenderHtmlRequest:
    """Body of POST /sourcing/render-html.

    Attributes:
        profile_ids (list[str] | Unset): Up to 10 profile IDs to render (opaque strings).
        theme (RenderHtmlTheme | Unset): Colour theme of the rendered cards; `dark` (the default, slate `#0f172a`) or
            `light` (white `#ffffff`).
    """

    profile_ids: list[str] | Unset = UNSET
    theme: RenderHtmlTheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_ids: list[str] | Unset = UNSET
        if not isinstance(self.profile_ids, Unset):
            profile_ids = self.profile_ids

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_ids is not UNSET:
            field_dict["profileIds"] = profile_ids
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_ids = cast(list[str], d.pop("profileIds", UNSET))

        _theme = d.pop("theme", UNSET)
        theme: RenderHtmlTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = RenderHtmlTheme(_theme)

        render_html_request = cls(
            profile_ids=profile_ids,
            theme=theme,
        )

        render_html_request.additional_properties = d
        return render_html_request

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
        if self.profile_ids is not None and not isinstance(self.profile_ids, Unset):
            parts.append(f"profile_ids={self.profile_ids!r}")
        if self.theme is not None and not isinstance(self.theme, Unset):
            parts.append(f"theme={self.theme!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
