from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """A created API key; `key` (the plaintext) is returned only once. Other fields are undocumented.

    Attributes:
        key (str): The plaintext key (`sk_...`); save it securely.
        id (str | Unset):
        name (str | Unset):
        company_id (str | Unset):
        scopes (list[str] | Unset):
        expires_at (datetime.datetime | None | Unset):
        allowed_i_ps (list[str] | None | Unset):
        created_at (datetime.datetime | Unset):
    """

    key: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    company_id: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    expires_at: datetime.datetime | None = None
    allowed_i_ps: list[str] | None = None
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = self.id

        name = self.name

        company_id = self.company_id

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        allowed_i_ps: list[str] | None | Unset
        if isinstance(self.allowed_i_ps, Unset):
            allowed_i_ps = UNSET
        elif isinstance(self.allowed_i_ps, list):
            allowed_i_ps = self.allowed_i_ps

        else:
            allowed_i_ps = self.allowed_i_ps

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if allowed_i_ps is not UNSET:
            field_dict["allowedIPs"] = allowed_i_ps
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("companyId", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", None))

        def _parse_allowed_i_ps(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_i_ps_type_0 = cast(list[str], data)

                return allowed_i_ps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_i_ps = _parse_allowed_i_ps(d.pop("allowedIPs", None))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        api_key = cls(
            key=key,
            id=id,
            name=name,
            company_id=company_id,
            scopes=scopes,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            allowed_i_ps=None if isinstance(allowed_i_ps, Unset) else allowed_i_ps,
            created_at=created_at,
        )

        api_key.additional_properties = d
        return api_key

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
            f"key={self.key!r}",
        ]
        if self.id is not None and not isinstance(self.id, Unset):
            parts.append(f"id={self.id!r}")
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.company_id is not None and not isinstance(self.company_id, Unset):
            parts.append(f"company_id={self.company_id!r}")
        if self.scopes is not None and not isinstance(self.scopes, Unset):
            parts.append(f"scopes={self.scopes!r}")
        if self.expires_at is not None and not isinstance(self.expires_at, Unset):
            parts.append(f"expires_at={self.expires_at!r}")
        if self.allowed_i_ps is not None and not isinstance(self.allowed_i_ps, Unset):
            parts.append(f"allowed_i_ps={self.allowed_i_ps!r}")
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
