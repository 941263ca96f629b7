from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Page metadata of the guide's `{items, pagination}` list shape.

    Attributes:
        total (int | Unset):
        page (int | Unset):
        limit (int | Unset):
        total_pages (int | Unset):
        has_next_page (bool | Unset):
        has_previous_page (bool | Unset):
    """

    total: int | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        limit = self.limit

        total_pages = self.total_pages

        has_next_page = self.has_next_page

        has_previous_page = self.has_previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if has_next_page is not UNSET:
            field_dict["hasNextPage"] = has_next_page
        if has_previous_page is not UNSET:
            field_dict["hasPreviousPage"] = has_previous_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        has_next_page = d.pop("hasNextPage", UNSET)

        has_previous_page = d.pop("hasPreviousPage", UNSET)

        pagination = cls(
            total=total,
            page=page,
            limit=limit,
            total_pages=total_pages,
            has_next_page=has_next_page,
            has_previous_page=has_previous_page,
        )

        pagination.additional_properties = d
        return pagination

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
        if self.total is not None and not isinstance(self.total, Unset):
            parts.append(f"total={self.total!r}")
        if self.page is not None and not isinstance(self.page, Unset):
            parts.append(f"page={self.page!r}")
        if self.limit is not None and not isinstance(self.limit, Unset):
            parts.append(f"limit={self.limit!r}")
        if self.total_pages is not None and not isinstance(self.total_pages, Unset):
            parts.append(f"total_pages={self.total_pages!r}")
        if self.has_next_page is not None and not isinstance(self.has_next_page, Unset):
            parts.append(f"has_next_page={self.has_next_page!r}")
        if self.has_previous_page is not None and not isinstance(
            self.has_previous_page, Unset
        ):
            parts.append(f"has_previous_page={self.has_previous_page!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
