from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_type import ContractType
from ..models.education import Education
from ..models.experience import Experience
from ..models.job_status import JobStatus
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="JobPreview")


@_attrs_define
class JobPreview:
    """The job extracted by POST /jobs/url with `createJob: false`: the full Job structure, but `id`,
    `createdAt` and `updatedAt` are empty strings.

        Attributes:
            id (str): Empty string in a preview.
            company_id (str | Unset): ID of the owning company (a UUID).
            title (str | Unset): Job title (5-200 characters on input).
            status (JobStatus | str | Unset):
            created_at (str | Unset): Empty string in a preview.
            updated_at (str | Unset): Empty string in a preview.
            description (None | str | Unset): Job description (10-5000 characters on input).
            job_url (None | str | Unset): Link to the posting.
            benefits (None | str | Unset):
            required_skills (list[str] | Unset):
            nice_to_have_skills (list[str] | Unset):
            language_requirements (list[LanguageRequirement] | Unset):
            education (list[Education | str] | Unset):
            experience (Experience | None | str | Unset):
            contract_type (ContractType | None | str | Unset):
            location (JobLocation | None | Unset):
            salary (None | Salary | Unset):
            metadata (Metadata | None | Unset):
    """

    id: str
    company_id: str | Unset = UNSET
    title: str | Unset = UNSET
    status: JobStatus | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    description: None | str = None
    job_url: None | str = None
    benefits: None | str = None
    required_skills: list[str] | Unset = UNSET
    nice_to_have_skills: list[str] | Unset = UNSET
    language_requirements: list[LanguageRequirement] | Unset = UNSET
    education: list[Education | str] | Unset = UNSET
    experience: Experience | None | str = None
    contract_type: ContractType | None | str = None
    location: JobLocation | None = None
    salary: None | Salary = None
    metadata: Metadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_id = self.company_id

        title = self.title

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        job_url: None | str | Unset
        if isinstance(self.job_url, Unset):
            job_url = UNSET
        else:
            job_url = self.job_url

        benefits: None | str | Unset
        if isinstance(self.benefits, Unset):
            benefits = UNSET
        else:
            benefits = self.benefits

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

        education: list[str] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = []
            for education_item_data in self.education:
                education_item: str
                if isinstance(education_item_data, Education):
                    education_item = education_item_data.value
                else:
                    education_item = education_item_data
                education.append(education_item)

        experience: None | str | Unset
        if isinstance(self.experience, Unset):
            experience = UNSET
        elif isinstance(self.experience, Experience):
            experience = self.experience.value
        else:
            experience = self.experience

        contract_type: None | str | Unset
        if isinstance(self.contract_type, Unset):
            contract_type = UNSET
        elif isinstance(self.contract_type, ContractType):
            contract_type = self.contract_type.value
        else:
            contract_type = self.contract_type

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, JobLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        salary: dict[str, Any] | None | Unset
        if isinstance(self.salary, Unset):
            salary = UNSET
        elif isinstance(self.salary, Salary):
            salary = self.salary.to_dict()
        else:
            salary = self.salary

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description
        if job_url is not UNSET:
            field_dict["jobUrl"] = job_url
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if required_skills is not UNSET:
            field_dict["requiredSkills"] = required_skills
        if nice_to_have_skills is not UNSET:
            field_dict["niceToHaveSkills"] = nice_to_have_skills
        if language_requirements is not UNSET:
            field_dict["languageRequirements"] = language_requirements
        if education is not UNSET:
            field_dict["education"] = education
        if experience is not UNSET:
            field_dict["experience"] = experience
        if contract_type is not UNSET:
            field_dict["contractType"] = contract_type
        if location is not UNSET:
            field_dict["location"] = location
        if salary is not UNSET:
            field_dict["salary"] = salary
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        company_id = d.pop("companyId", UNSET)

        title = d.pop("title", UNSET)

        def _parse_status(data: object) -> JobStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", None))

        def _parse_job_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_url = _parse_job_url(d.pop("jobUrl", None))

        def _parse_benefits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        benefits = _parse_benefits(d.pop("benefits", None))

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

        _education = d.pop("education", UNSET)
        education: list[Education | str] | Unset = UNSET
        if _education is not UNSET:
            education = []
            for education_item_data in _education:

                def _parse_education_item(data: object) -> Education | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        education_item_type_0 = Education(data)

                        return education_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Education | str, data)

                education_item = _parse_education_item(education_item_data)

                education.append(education_item)

        def _parse_experience(data: object) -> Experience | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experience_type_0 = Experience(data)

                return experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experience | None | str | Unset, data)

        experience = _parse_experience(d.pop("experience", None))

        def _parse_contract_type(data: object) -> ContractType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_type_type_0 = ContractType(data)

                return contract_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractType | None | str | Unset, data)

        contract_type = _parse_contract_type(d.pop("contractType", None))

        def _parse_location(data: object) -> JobLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = JobLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobLocation | None | Unset, data)

        location = _parse_location(d.pop("location", None))

        def _parse_salary(data: object) -> None | Salary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salary_type_0 = Salary.from_dict(data)

                return salary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Salary | Unset, data)

        salary = _parse_salary(d.pop("salary", None))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", None))

        job_preview = cls(
            id=id,
            company_id=company_id,
            title=title,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            description=None if isinstance(description, Unset) else description,
            job_url=None if isinstance(job_url, Unset) else job_url,
            benefits=None if isinstance(benefits, Unset) else benefits,
            required_skills=required_skills,
            nice_to_have_skills=nice_to_have_skills,
            language_requirements=language_requirements,
            education=education,
            experience=None if isinstance(experience, Unset) else experience,
            contract_type=None if isinstance(contract_type, Unset) else contract_type,
            location=None if isinstance(location, Unset) else location,
            salary=None if isinstance(salary, Unset) else salary,
            metadata=None if isinstance(metadata, Unset) else metadata,
        )

        job_preview.additional_properties = d
        return job_preview

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
            f"id={self.id!r}",
        ]
        if self.company_id is not None and not isinstance(self.company_id, Unset):
            parts.append(f"company_id={self.company_id!r}")
        if self.title is not None and not isinstance(self.title, Unset):
            parts.append(f"title={self.title!r}")
        if self.status is not None and not isinstance(self.status, Unset):
            parts.append(f"status={self.status!r}")
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.updated_at is not None and not isinstance(self.updated_at, Unset):
            parts.append(f"updated_at={self.updated_at!r}")
        if self.description is not None and not isinstance(self.description, Unset):
            parts.append(f"description={self.description!r}")
        if self.job_url is not None and not isinstance(self.job_url, Unset):
            parts.append(f"job_url={self.job_url!r}")
        if self.benefits is not None and not isinstance(self.benefits, Unset):
            parts.append(f"benefits={self.benefits!r}")
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
        if self.education is not None and not isinstance(self.education, Unset):
            parts.append(f"education={self.education!r}")
        if self.experience is not None and not isinstance(self.experience, Unset):
            parts.append(f"experience={self.experience!r}")
        if self.contract_type is not None and not isinstance(self.contract_type, Unset):
            parts.append(f"contract_type={self.contract_type!r}")
        if self.location is not None and not isinstance(self.location, Unset):
            parts.append(f"location={self.location!r}")
        if self.salary is not None and not isinstance(self.salary, Unset):
            parts.append(f"salary={self.salary!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
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
