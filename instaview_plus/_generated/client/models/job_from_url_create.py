from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="JobFromUrlCreate")


@_attrs_define
class JobFromUrlCreate:
    """Body of POST /jobs/url (`jobUrl` is the input; the docs do not mark it required).

    Attributes:
        job_url (str | Unset): URL of the job posting to extract.
        create_job (bool | Unset): false = only extract and return a preview (200); true (default) = create the job
            (201). Default: True.
    """

    job_url: str | Unset = UNSET
    create_job: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_url = self.job_url

        create_job = self.create_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_url is not UNSET:
            field_dict["jobUrl"] = job_url
        if create_job is not UNSET:
            field_dict["createJob"] = create_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_url = d.pop("jobUrl", UNSET)

        create_job = d.pop("createJob", UNSET)

        job_from_url_create = cls(
            job_url=job_url,
            create_job=create_job,
        )

        job_from_url_create.additional_properties = d
        return job_from_url_create

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
        if self.job_url is not None and not isinstance(self.job_url, Unset):
            parts.append(f"job_url={self.job_url!r}")
        if self.create_job is not None and not isinstance(self.create_job, Unset):
            parts.append(f"create_job={self.create_job!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)
