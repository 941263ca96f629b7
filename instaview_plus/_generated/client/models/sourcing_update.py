from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="SourcingUpdate")


@_attrs_define
class SourcingUpdate:
    """Body of PATCH /sourcing/{id}; at least one of `query` and `limit` (both may be combined).

    Attributes:
        query (str | Unset): Natural-language instruction patched into the session's reasoning context (the schema block
            calls
            it the new free-text search query for the re-run), e.g. "Senior Node.js engineer fintech remote".
        limit (int | Unset): Number of additional candidates to evaluate in this pass (already-scored profiles are
            excluded). Default: 10.
    """

    query: str | Unset = UNSET
    limit: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query", UNSET)

        limit = d.pop("limit", UNSET)

        sourcing_update = cls(
            query=query,
            limit=limit,
        )

        sourcing_update.additional_properties = d
        return sourcing_update

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
        if self.query is not None and not isinstance(self.query, Unset):
            parts.append(f"query={self.query!r}")
        if self.limit is not None and not isinstance(self.limit, Unset):
            parts.append(f"limit={self.limit!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
