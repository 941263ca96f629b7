from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="CompanyUpdate")


@_attrs_define
class CompanyUpdate:
    """Body of PATCH /company/{id}; only the fields sent change.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        metadata (Metadata | Unset): Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 keys).
        owner_email (str | Unset): Assigns an existing user as OWNER, or invites the user.
        website (str | Unset): Only in guide samples; absent from the reference schema.
        industry (str | Unset): Only in guide samples; absent from the reference schema.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    owner_email: str | Unset = UNSET
    website: str | Unset = UNSET
    industry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        owner_email = self.owner_email

        website = self.website

        industry = self.industry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if owner_email is not UNSET:
            field_dict["ownerEmail"] = owner_email
        if website is not UNSET:
            field_dict["website"] = website
        if industry is not UNSET:
            field_dict["industry"] = industry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        owner_email = d.pop("ownerEmail", UNSET)

        website = d.pop("website", UNSET)

        industry = d.pop("industry", UNSET)

        company_update = cls(
            name=name,
            description=description,
            metadata=metadata,
            owner_email=owner_email,
            website=website,
            industry=industry,
        )

        company_update.additional_properties = d
        return company_update

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
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.description is not None and not isinstance(self.description, Unset):
            parts.append(f"description={self.description!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.owner_email is not None and not isinstance(self.owner_email, Unset):
            parts.append(f"owner_email={self.owner_email!r}")
        if self.website is not None and not isinstance(self.website, Unset):
            parts.append(f"website={self.website!r}")
        if self.industry is not None and not isinstance(self.industry, Unset):
            parts.append(f"industry={self.industry!r}")
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
from ..models.metadata import Metadata  # noqa: E402
