from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="AnalysisCompletedEventData")


@_attrs_define
class AnalysisCompletedEventData:
    """`data` of analysis.completed: the interview it belongs to, the full analysis results and the PDF. Unknown fields are
    kept.

        Attributes:
            interview_id (str | Unset):
            candidate_id (str | Unset):
            job_id (None | str | Unset):
            analysis (Analysis | Unset): The interview analysis. `general.overallRating` is the score.
            analysis_pdf_base_64 (str | Unset): The analysis PDF, base64.
    """

    interview_id: str | Unset = UNSET
    candidate_id: str | Unset = UNSET
    job_id: None | str = None
    analysis: Analysis | Unset = UNSET
    analysis_pdf_base_64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_id = self.interview_id

        candidate_id = self.candidate_id

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        analysis_pdf_base_64 = self.analysis_pdf_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interview_id is not UNSET:
            field_dict["interviewId"] = interview_id
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if analysis_pdf_base_64 is not UNSET:
            field_dict["analysisPdfBase64"] = analysis_pdf_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interview_id = d.pop("interviewId", UNSET)

        candidate_id = d.pop("candidateId", UNSET)

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", None))

        _analysis = d.pop("analysis", UNSET)
        analysis: Analysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = Analysis.from_dict(_analysis)

        analysis_pdf_base_64 = d.pop("analysisPdfBase64", UNSET)

        analysis_completed_event_data = cls(
            interview_id=interview_id,
            candidate_id=candidate_id,
            job_id=None if isinstance(job_id, Unset) else job_id,
            analysis=analysis,
            analysis_pdf_base_64=analysis_pdf_base_64,
        )

        analysis_completed_event_data.additional_properties = d
        return analysis_completed_event_data

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
        if self.interview_id is not None and not isinstance(self.interview_id, Unset):
            parts.append(f"interview_id={self.interview_id!r}")
        if self.candidate_id is not None and not isinstance(self.candidate_id, Unset):
            parts.append(f"candidate_id={self.candidate_id!r}")
        if self.job_id is not None and not isinstance(self.job_id, Unset):
            parts.append(f"job_id={self.job_id!r}")
        if self.analysis is not None and not isinstance(self.analysis, Unset):
            parts.append(f"analysis={self.analysis!r}")
        if self.analysis_pdf_base_64 is not None and not isinstance(
            self.analysis_pdf_base_64, Unset
        ):
            parts.append(f"analysis_pdf_base_64={self.analysis_pdf_base_64!r}")
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
from ..models.analysis import Analysis  # noqa: E402
