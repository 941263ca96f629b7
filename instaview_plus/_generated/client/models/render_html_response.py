from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="RenderHtmlResponse")


@_attrs_define
class RenderHtmlResponse:
    """The 200 body of POST /sourcing/render-html (flat, no envelope).

    Attributes:
        success (bool):
        data (list[RenderHtmlCard]):
        rendered_count (int | Unset): Number of cards rendered successfully.
    """

    success: bool
    data: list[RenderHtmlCard]
    rendered_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        rendered_count = self.rendered_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if rendered_count is not UNSET:
            field_dict["renderedCount"] = rendered_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RenderHtmlCard.from_dict(data_item_data)

            data.append(data_item)

        rendered_count = d.pop("renderedCount", UNSET)

        render_html_response = cls(
            success=success,
            data=data,
            rendered_count=rendered_count,
        )

        render_html_response.additional_properties = d
        return render_html_response

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
            f"data={self.data!r}",
        ]
        if self.rendered_count is not None and not isinstance(
            self.rendered_count, Unset
        ):
            parts.append(f"rendered_count={self.rendered_count!r}")
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
from ..models.render_html_card import RenderHtmlCard  # noqa: E402
