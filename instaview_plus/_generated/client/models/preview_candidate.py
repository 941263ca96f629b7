from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="PreviewCandidate")


@_attrs_define
class PreviewCandidate:
    """A shallow preview candidate (9 basic fields; no contact details, work history or AI evaluation).

    Attributes:
        profile_id (str): Opaque profile ID; pass it to enrichment and render-html.
        full_name (str | Unset):
        profile_url (str | Unset):
        title (str | Unset): Current job title.
        headline (str | Unset):
        location (str | Unset):
        country (str | Unset):
        company_name (str | Unset):
        company_url (str | Unset):
    """

    profile_id: str
    full_name: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    title: str | Unset = UNSET
    headline: str | Unset = UNSET
    location: str | Unset = UNSET
    country: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        full_name = self.full_name

        profile_url = self.profile_url

        title = self.title

        headline = self.headline

        location = self.location

        country = self.country

        company_name = self.company_name

        company_url = self.company_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileId": profile_id,
            }
        )
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if profile_url is not UNSET:
            field_dict["profileUrl"] = profile_url
        if title is not UNSET:
            field_dict["title"] = title
        if headline is not UNSET:
            field_dict["headline"] = headline
        if location is not UNSET:
            field_dict["location"] = location
        if country is not UNSET:
            field_dict["country"] = country
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_url is not UNSET:
            field_dict["companyUrl"] = company_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_id = d.pop("profileId")

        full_name = d.pop("fullName", UNSET)

        profile_url = d.pop("profileUrl", UNSET)

        title = d.pop("title", UNSET)

        headline = d.pop("headline", UNSET)

        location = d.pop("location", UNSET)

        country = d.pop("country", UNSET)

        company_name = d.pop("companyName", UNSET)

        company_url = d.pop("companyUrl", UNSET)

        preview_candidate = cls(
            profile_id=profile_id,
            full_name=full_name,
            profile_url=profile_url,
            title=title,
            headline=headline,
            location=location,
            country=country,
            company_name=company_name,
            company_url=company_url,
        )

        preview_candidate.additional_properties = d
        return preview_candidate

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
        if self.full_name is not None and not isinstance(self.full_name, Unset):
            parts.append(f"full_name={self.full_name!r}")
        if self.profile_url is not None and not isinstance(self.profile_url, Unset):
            parts.append(f"profile_url={self.profile_url!r}")
        if self.title is not None and not isinstance(self.title, Unset):
            parts.append(f"title={self.title!r}")
        if self.headline is not None and not isinstance(self.headline, Unset):
            parts.append(f"headline={self.headline!r}")
        if self.location is not None and not isinstance(self.location, Unset):
            parts.append(f"location={self.location!r}")
        if self.country is not None and not isinstance(self.country, Unset):
            parts.append(f"country={self.country!r}")
        if self.company_name is not None and not isinstance(self.company_name, Unset):
            parts.append(f"company_name={self.company_name!r}")
        if self.company_url is not None and not isinstance(self.company_url, Unset):
            parts.append(f"company_url={self.company_url!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
