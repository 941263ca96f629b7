from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="JobFromUrlResult")


@_attrs_define
class JobFromUrlResult:
    """Result of POST /jobs/url that created a job.

    Attributes:
        data (Job): A job posting. Optional fields the server has no value for may be absent or null.
        source_url (str | Unset): The URL that was sent (data.jobUrl may hold the extracted canonical URL).
    """

    data: Job
    source_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = Job.from_dict(d.pop("data"))

        source_url = d.pop("sourceUrl", UNSET)

        job_from_url_result = cls(
            data=data,
            source_url=source_url,
        )

        job_from_url_result.additional_properties = d
        return job_from_url_result

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
            f"data={self.data!r}",
        ]
        if self.source_url is not None and not isinstance(self.source_url, Unset):
            parts.append(f"source_url={self.source_url!r}")
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
from ..models.job import Job  # noqa: E402
