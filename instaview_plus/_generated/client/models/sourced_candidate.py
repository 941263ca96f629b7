from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="SourcedCandidate")


@_attrs_define
class SourcedCandidate:
    """A fully sourced (or enriched) candidate profile: items of sourcing `candidates` and the `candidate` of
    an enrichment result. Only `profileId` is guaranteed; other fields may be absent.

        Attributes:
            profile_id (str): Opaque profile ID; pass it to enrichment and render-html.
            name (str | Unset):
            linkedin_url (str | Unset):
            match_score (float | Unset): AI match score (0-100 in practice); the ranking key.
            rationale (str | Unset): Short AI rationale for the match.
            skills (list[str] | Unset):
            headline (str | Unset):
            location (str | Unset):
            current_company (str | Unset):
            current_role (str | Unset):
            ai_fit_points (list[str] | Unset):
            ai_red_flags (list[str] | Unset):
            ai_detailed_rationale (list[SourcedCandidateRationaleItem] | None | Unset): Roles with the AI's explanation of
                their relevance.
            detailed_experience (list[SourcedCandidateExperienceItem] | None | Unset): Work-experience entries.
            emails (list[str] | Unset): E-mail addresses (may be empty until e-mail discovery by enrichment has run).
    """

    profile_id: str
    name: str | Unset = UNSET
    linkedin_url: str | Unset = UNSET
    match_score: float | Unset = UNSET
    rationale: str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    headline: str | Unset = UNSET
    location: str | Unset = UNSET
    current_company: str | Unset = UNSET
    current_role: str | Unset = UNSET
    ai_fit_points: list[str] | Unset = UNSET
    ai_red_flags: list[str] | Unset = UNSET
    ai_detailed_rationale: list[SourcedCandidateRationaleItem] | None = None
    detailed_experience: list[SourcedCandidateExperienceItem] | None = None
    emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        name = self.name

        linkedin_url = self.linkedin_url

        match_score = self.match_score

        rationale = self.rationale

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        headline = self.headline

        location = self.location

        current_company = self.current_company

        current_role = self.current_role

        ai_fit_points: list[str] | Unset = UNSET
        if not isinstance(self.ai_fit_points, Unset):
            ai_fit_points = self.ai_fit_points

        ai_red_flags: list[str] | Unset = UNSET
        if not isinstance(self.ai_red_flags, Unset):
            ai_red_flags = self.ai_red_flags

        ai_detailed_rationale: list[dict[str, Any]] | None | Unset
        if isinstance(self.ai_detailed_rationale, Unset):
            ai_detailed_rationale = UNSET
        elif isinstance(self.ai_detailed_rationale, list):
            ai_detailed_rationale = []
            for ai_detailed_rationale_type_0_item_data in self.ai_detailed_rationale:
                ai_detailed_rationale_type_0_item = (
                    ai_detailed_rationale_type_0_item_data.to_dict()
                )
                ai_detailed_rationale.append(ai_detailed_rationale_type_0_item)

        else:
            ai_detailed_rationale = self.ai_detailed_rationale

        detailed_experience: list[dict[str, Any]] | None | Unset
        if isinstance(self.detailed_experience, Unset):
            detailed_experience = UNSET
        elif isinstance(self.detailed_experience, list):
            detailed_experience = []
            for detailed_experience_type_0_item_data in self.detailed_experience:
                detailed_experience_type_0_item = (
                    detailed_experience_type_0_item_data.to_dict()
                )
                detailed_experience.append(detailed_experience_type_0_item)

        else:
            detailed_experience = self.detailed_experience

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileId": profile_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if match_score is not UNSET:
            field_dict["matchScore"] = match_score
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if skills is not UNSET:
            field_dict["skills"] = skills
        if headline is not UNSET:
            field_dict["headline"] = headline
        if location is not UNSET:
            field_dict["location"] = location
        if current_company is not UNSET:
            field_dict["currentCompany"] = current_company
        if current_role is not UNSET:
            field_dict["currentRole"] = current_role
        if ai_fit_points is not UNSET:
            field_dict["aiFitPoints"] = ai_fit_points
        if ai_red_flags is not UNSET:
            field_dict["aiRedFlags"] = ai_red_flags
        if ai_detailed_rationale is not UNSET:
            field_dict["aiDetailedRationale"] = ai_detailed_rationale
        if detailed_experience is not UNSET:
            field_dict["detailedExperience"] = detailed_experience
        if emails is not UNSET:
            field_dict["emails"] = emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_id = d.pop("profileId")

        name = d.pop("name", UNSET)

        linkedin_url = d.pop("linkedinUrl", UNSET)

        match_score = d.pop("matchScore", UNSET)

        rationale = d.pop("rationale", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        headline = d.pop("headline", UNSET)

        location = d.pop("location", UNSET)

        current_company = d.pop("currentCompany", UNSET)

        current_role = d.pop("currentRole", UNSET)

        ai_fit_points = cast(list[str], d.pop("aiFitPoints", UNSET))

        ai_red_flags = cast(list[str], d.pop("aiRedFlags", UNSET))

        def _parse_ai_detailed_rationale(
            data: object,
        ) -> list[SourcedCandidateRationaleItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ai_detailed_rationale_type_0 = []
                _ai_detailed_rationale_type_0 = data
                for (
                    ai_detailed_rationale_type_0_item_data
                ) in _ai_detailed_rationale_type_0:
                    ai_detailed_rationale_type_0_item = (
                        SourcedCandidateRationaleItem.from_dict(
                            ai_detailed_rationale_type_0_item_data
                        )
                    )

                    ai_detailed_rationale_type_0.append(
                        ai_detailed_rationale_type_0_item
                    )

                return ai_detailed_rationale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SourcedCandidateRationaleItem] | None | Unset, data)

        ai_detailed_rationale = _parse_ai_detailed_rationale(
            d.pop("aiDetailedRationale", None)
        )

        def _parse_detailed_experience(
            data: object,
        ) -> list[SourcedCandidateExperienceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                detailed_experience_type_0 = []
                _detailed_experience_type_0 = data
                for detailed_experience_type_0_item_data in _detailed_experience_type_0:
                    detailed_experience_type_0_item = (
                        SourcedCandidateExperienceItem.from_dict(
                            detailed_experience_type_0_item_data
                        )
                    )

                    detailed_experience_type_0.append(detailed_experience_type_0_item)

                return detailed_experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SourcedCandidateExperienceItem] | None | Unset, data)

        detailed_experience = _parse_detailed_experience(
            d.pop("detailedExperience", None)
        )

        emails = cast(list[str], d.pop("emails", UNSET))

        sourced_candidate = cls(
            profile_id=profile_id,
            name=name,
            linkedin_url=linkedin_url,
            match_score=match_score,
            rationale=rationale,
            skills=skills,
            headline=headline,
            location=location,
            current_company=current_company,
            current_role=current_role,
            ai_fit_points=ai_fit_points,
            ai_red_flags=ai_red_flags,
            ai_detailed_rationale=None
            if isinstance(ai_detailed_rationale, Unset)
            else ai_detailed_rationale,
            detailed_experience=None
            if isinstance(detailed_experience, Unset)
            else detailed_experience,
            emails=emails,
        )

        sourced_candidate.additional_properties = d
        return sourced_candidate

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
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.linkedin_url is not None and not isinstance(self.linkedin_url, Unset):
            parts.append(f"linkedin_url={self.linkedin_url!r}")
        if self.match_score is not None and not isinstance(self.match_score, Unset):
            parts.append(f"match_score={self.match_score!r}")
        if self.rationale is not None and not isinstance(self.rationale, Unset):
            parts.append(f"rationale={self.rationale!r}")
        if self.skills is not None and not isinstance(self.skills, Unset):
            parts.append(f"skills={self.skills!r}")
        if self.headline is not None and not isinstance(self.headline, Unset):
            parts.append(f"headline={self.headline!r}")
        if self.location is not None and not isinstance(self.location, Unset):
            parts.append(f"location={self.location!r}")
        if self.current_company is not None and not isinstance(
            self.current_company, Unset
        ):
            parts.append(f"current_company={self.current_company!r}")
        if self.current_role is not None and not isinstance(self.current_role, Unset):
            parts.append(f"current_role={self.current_role!r}")
        if self.ai_fit_points is not None and not isinstance(self.ai_fit_points, Unset):
            parts.append(f"ai_fit_points={self.ai_fit_points!r}")
        if self.ai_red_flags is not None and not isinstance(self.ai_red_flags, Unset):
            parts.append(f"ai_red_flags={self.ai_red_flags!r}")
        if self.ai_detailed_rationale is not None and not isinstance(
            self.ai_detailed_rationale, Unset
        ):
            parts.append(f"ai_detailed_rationale={self.ai_detailed_rationale!r}")
        if self.detailed_experience is not None and not isinstance(
            self.detailed_experience, Unset
        ):
            parts.append(f"detailed_experience={self.detailed_experience!r}")
        if self.emails is not None and not isinstance(self.emails, Unset):
            parts.append(f"emails={self.emails!r}")
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
from ..models.sourced_candidate_experience_item import SourcedCandidateExperienceItem  # noqa: E402
from ..models.sourced_candidate_rationale_item import SourcedCandidateRationaleItem  # noqa: E402
