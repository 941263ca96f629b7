from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="PreviewCreate")


@_attrs_define
class PreviewCreate:
    """Body of POST /sourcing/preview (the same six fields as POST /sourcing; only `limit`'s rules are documented for
    preview).

        Attributes:
            title (str | Unset): Label of the run.
            job_description (str | Unset): The full job description.
            location (str | Unset): Target location, e.g. "San Francisco, CA".
            query (str | Unset): Optional free-text steer for the search.
            limit (int | Unset): Number of preview candidates wanted (fetched in pages of up to 20, at most 5 pages).
                Default: 20.
            webhook_id (UUID | Unset): A WebhookConfig of the key's company subscribed to `SOURCING_COMPLETED` and/or
                `SOURCING_FAILED`.
    """

    title: str | Unset = UNSET
    job_description: str | Unset = UNSET
    location: str | Unset = UNSET
    query: str | Unset = UNSET
    limit: int | Unset = 20
    webhook_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        job_description = self.job_description

        location = self.location

        query = self.query

        limit = self.limit

        webhook_id: str | Unset = UNSET
        if not isinstance(self.webhook_id, Unset):
            webhook_id = str(self.webhook_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if job_description is not UNSET:
            field_dict["jobDescription"] = job_description
        if location is not UNSET:
            field_dict["location"] = location
        if query is not UNSET:
            field_dict["query"] = query
        if limit is not UNSET:
            field_dict["limit"] = limit
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        job_description = d.pop("jobDescription", UNSET)

        location = d.pop("location", UNSET)

        query = d.pop("query", UNSET)

        limit = d.pop("limit", UNSET)

        _webhook_id = d.pop("webhookId", UNSET)
        webhook_id: UUID | Unset
        if isinstance(_webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = UUID(_webhook_id)

        preview_create = cls(
            title=title,
            job_description=job_description,
            location=location,
            query=query,
            limit=limit,
            webhook_id=webhook_id,
        )

        preview_create.additional_properties = d
        return preview_create

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
        if self.title is not None and not isinstance(self.title, Unset):
            parts.append(f"title={self.title!r}")
        if self.job_description is not None and not isinstance(
            self.job_description, Unset
        ):
            parts.append(f"job_description={self.job_description!r}")
        if self.location is not None and not isinstance(self.location, Unset):
            parts.append(f"location={self.location!r}")
        if self.query is not None and not isinstance(self.query, Unset):
            parts.append(f"query={self.query!r}")
        if self.limit is not None and not isinstance(self.limit, Unset):
            parts.append(f"limit={self.limit!r}")
        if self.webhook_id is not None and not isinstance(self.webhook_id, Unset):
            parts.append(f"webhook_id={self.webhook_id!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
