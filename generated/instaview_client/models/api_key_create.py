from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="ApiKeyCreate")


@_attrs_define
class ApiKeyCreate:
    """Body of POST /api-keys (admin JWT).

    Attributes:
        company_id (UUID): The company the key belongs to.
        name (str): e.g. "Production Integration".
        scopes (list[str]): `<permission>:<resource>` scopes such as `read:jobs`, `write:interviews` (sourcing:
            `sourcing:write`).
        expires_at (datetime.datetime | Unset): Optional expiry (a dashboard option).
        allowed_i_ps (list[str] | Unset): Optional IP allowlist of addresses or CIDR ranges (a dashboard option).
    """

    company_id: UUID
    name: str
    scopes: list[str]
    expires_at: datetime.datetime | Unset = UNSET
    allowed_i_ps: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = str(self.company_id)

        name = self.name

        scopes = self.scopes

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        allowed_i_ps: list[str] | Unset = UNSET
        if not isinstance(self.allowed_i_ps, Unset):
            allowed_i_ps = self.allowed_i_ps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
                "name": name,
                "scopes": scopes,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if allowed_i_ps is not UNSET:
            field_dict["allowedIPs"] = allowed_i_ps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = UUID(d.pop("companyId"))

        name = d.pop("name")

        scopes = cast(list[str], d.pop("scopes"))

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        allowed_i_ps = cast(list[str], d.pop("allowedIPs", UNSET))

        api_key_create = cls(
            company_id=company_id,
            name=name,
            scopes=scopes,
            expires_at=expires_at,
            allowed_i_ps=allowed_i_ps,
        )

        api_key_create.additional_properties = d
        return api_key_create

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
            f"company_id={self.company_id!r}",
            f"name={self.name!r}",
            f"scopes={self.scopes!r}",
        ]
        if self.expires_at is not None and not isinstance(self.expires_at, Unset):
            parts.append(f"expires_at={self.expires_at!r}")
        if self.allowed_i_ps is not None and not isinstance(self.allowed_i_ps, Unset):
            parts.append(f"allowed_i_ps={self.allowed_i_ps!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
