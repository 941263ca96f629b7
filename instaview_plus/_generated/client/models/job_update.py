from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_type import ContractType
from ..models.education import Education
from ..models.experience import Experience
from ..models.job_status import JobStatus
from ..models.work_mode import WorkMode
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """Body of PATCH /jobs/{id}; every field optional. The reference lists `descriptionUrl` and a top-level
    `workMode`; `jobUrl`, `benefits`, `education`, `experience` and `contractType` are accepted as on create.

        Attributes:
            title (str | Unset):
            description (str | Unset):
            required_skills (list[str] | Unset): Up to 10 skills.
            nice_to_have_skills (list[str] | Unset): Up to 10 skills.
            language_requirements (list[LanguageRequirement] | Unset):
            description_url (str | Unset): URL to the full job description (update's name for the posting link; create uses
                `jobUrl`).
            work_mode (WorkMode | Unset):
            location (JobLocation | Unset): Where the job is done. No field is documented as required.
            status (JobStatus | Unset):
            salary (Salary | Unset): Salary range.
            metadata (Metadata | Unset): Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 keys).
            job_url (str | Unset):
            benefits (str | Unset):
            education (list[Education] | Unset):
            experience (Experience | str | Unset):
            contract_type (ContractType | str | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    required_skills: list[str] | Unset = UNSET
    nice_to_have_skills: list[str] | Unset = UNSET
    language_requirements: list[LanguageRequirement] | Unset = UNSET
    description_url: str | Unset = UNSET
    work_mode: WorkMode | Unset = UNSET
    location: JobLocation | Unset = UNSET
    status: JobStatus | Unset = UNSET
    salary: Salary | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    job_url: str | Unset = UNSET
    benefits: str | Unset = UNSET
    education: list[Education] | Unset = UNSET
    experience: Experience | str | Unset = UNSET
    contract_type: ContractType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        required_skills: list[str] | Unset = UNSET
        if not isinstance(self.required_skills, Unset):
            required_skills = self.required_skills

        nice_to_have_skills: list[str] | Unset = UNSET
        if not isinstance(self.nice_to_have_skills, Unset):
            nice_to_have_skills = self.nice_to_have_skills

        language_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.language_requirements, Unset):
            language_requirements = []
            for language_requirements_item_data in self.language_requirements:
                language_requirements_item = language_requirements_item_data.to_dict()
                language_requirements.append(language_requirements_item)

        description_url = self.description_url

        work_mode: str | Unset = UNSET
        if not isinstance(self.work_mode, Unset):
            work_mode = self.work_mode.value

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        salary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary, Unset):
            salary = self.salary.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        job_url = self.job_url

        benefits = self.benefits

        education: list[str] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = []
            for education_item_data in self.education:
                education_item = education_item_data.value
                education.append(education_item)

        experience: str | Unset
        if isinstance(self.experience, Unset):
            experience = UNSET
        elif isinstance(self.experience, Experience):
            experience = self.experience.value
        else:
            experience = self.experience

        contract_type: str | Unset
        if isinstance(self.contract_type, Unset):
            contract_type = UNSET
        elif isinstance(self.contract_type, ContractType):
            contract_type = self.contract_type.value
        else:
            contract_type = self.contract_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if required_skills is not UNSET:
            field_dict["requiredSkills"] = required_skills
        if nice_to_have_skills is not UNSET:
            field_dict["niceToHaveSkills"] = nice_to_have_skills
        if language_requirements is not UNSET:
            field_dict["languageRequirements"] = language_requirements
        if description_url is not UNSET:
            field_dict["descriptionUrl"] = description_url
        if work_mode is not UNSET:
            field_dict["workMode"] = work_mode
        if location is not UNSET:
            field_dict["location"] = location
        if status is not UNSET:
            field_dict["status"] = status
        if salary is not UNSET:
            field_dict["salary"] = salary
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if job_url is not UNSET:
            field_dict["jobUrl"] = job_url
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if education is not UNSET:
            field_dict["education"] = education
        if experience is not UNSET:
            field_dict["experience"] = experience
        if contract_type is not UNSET:
            field_dict["contractType"] = contract_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        required_skills = cast(list[str], d.pop("requiredSkills", UNSET))

        nice_to_have_skills = cast(list[str], d.pop("niceToHaveSkills", UNSET))

        _language_requirements = d.pop("languageRequirements", UNSET)
        language_requirements: list[LanguageRequirement] | Unset = UNSET
        if _language_requirements is not UNSET:
            language_requirements = []
            for language_requirements_item_data in _language_requirements:
                language_requirements_item = LanguageRequirement.from_dict(
                    language_requirements_item_data
                )

                language_requirements.append(language_requirements_item)

        description_url = d.pop("descriptionUrl", UNSET)

        _work_mode = d.pop("workMode", UNSET)
        work_mode: WorkMode | Unset
        if isinstance(_work_mode, Unset):
            work_mode = UNSET
        else:
            work_mode = WorkMode(_work_mode)

        _location = d.pop("location", UNSET)
        location: JobLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = JobLocation.from_dict(_location)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus(_status)

        _salary = d.pop("salary", UNSET)
        salary: Salary | Unset
        if isinstance(_salary, Unset):
            salary = UNSET
        else:
            salary = Salary.from_dict(_salary)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        job_url = d.pop("jobUrl", UNSET)

        benefits = d.pop("benefits", UNSET)

        _education = d.pop("education", UNSET)
        education: list[Education] | Unset = UNSET
        if _education is not UNSET:
            education = []
            for education_item_data in _education:
                education_item = Education(education_item_data)

                education.append(education_item)

        def _parse_experience(data: object) -> Experience | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experience_type_0 = Experience(data)

                return experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experience | str | Unset, data)

        experience = _parse_experience(d.pop("experience", UNSET))

        def _parse_contract_type(data: object) -> ContractType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_type_type_0 = ContractType(data)

                return contract_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractType | str | Unset, data)

        contract_type = _parse_contract_type(d.pop("contractType", UNSET))

        job_update = cls(
            title=title,
            description=description,
            required_skills=required_skills,
            nice_to_have_skills=nice_to_have_skills,
            language_requirements=language_requirements,
            description_url=description_url,
            work_mode=work_mode,
            location=location,
            status=status,
            salary=salary,
            metadata=metadata,
            job_url=job_url,
            benefits=benefits,
            education=education,
            experience=experience,
            contract_type=contract_type,
        )

        job_update.additional_properties = d
        return job_update

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
        if self.description is not None and not isinstance(self.description, Unset):
            parts.append(f"description={self.description!r}")
        if self.required_skills is not None and not isinstance(
            self.required_skills, Unset
        ):
            parts.append(f"required_skills={self.required_skills!r}")
        if self.nice_to_have_skills is not None and not isinstance(
            self.nice_to_have_skills, Unset
        ):
            parts.append(f"nice_to_have_skills={self.nice_to_have_skills!r}")
        if self.language_requirements is not None and not isinstance(
            self.language_requirements, Unset
        ):
            parts.append(f"language_requirements={self.language_requirements!r}")
        if self.description_url is not None and not isinstance(
            self.description_url, Unset
        ):
            parts.append(f"description_url={self.description_url!r}")
        if self.work_mode is not None and not isinstance(self.work_mode, Unset):
            parts.append(f"work_mode={self.work_mode!r}")
        if self.location is not None and not isinstance(self.location, Unset):
            parts.append(f"location={self.location!r}")
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.salary is not None and not isinstance(self.salary, Unset):
            parts.append(f"salary={self.salary!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.job_url is not None and not isinstance(self.job_url, Unset):
            parts.append(f"job_url={self.job_url!r}")
        if self.benefits is not None and not isinstance(self.benefits, Unset):
            parts.append(f"benefits={self.benefits!r}")
        if self.education is not None and not isinstance(self.education, Unset):
            parts.append(f"education={self.education!r}")
        if self.experience is not None and not isinstance(self.experience, Unset):
            parts.append(f"experience={self.experience!r}")
        if self.contract_type is not None and not isinstance(self.contract_type, Unset):
            parts.append(f"contract_type={self.contract_type!r}")
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
from ..models.job_location import JobLocation  # noqa: E402
from ..models.language_requirement import LanguageRequirement  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.salary import Salary  # noqa: E402
