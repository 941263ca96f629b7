from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_focus import AgentFocus
from ..models.agent_type import AgentType
from ..models.background_sound import BackgroundSound
from ..models.cefr_level import CefrLevel
from ..models.language import Language
from ..models.voice_id import VoiceId
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """An AI interview agent (interview template). Optional fields may be absent or null.

    Attributes:
        id (str): Agent ID (a UUID v4).
        name (str | Unset):
        type_ (AgentType | str | Unset):
        focus (AgentFocus | str | Unset):
        language (Language | str | Unset):
        duration (int | Unset): Interview length in minutes (1-180).
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        questions (list[str] | Unset):
        instructions (None | str | Unset):
        voice_id (None | str | Unset | VoiceId):
        company_id (str | Unset): ID of the owning company (a UUID).
        cefr_level (CefrLevel | None | str | Unset):
        company_phone_number_id (None | str | Unset): Phone number assignment used for calls (not shown in response
            examples).
        background_sound (BackgroundSound | None | str | Unset):
        metadata (Metadata | None | Unset):
    """

    id: str
    name: str | Unset = UNSET
    type_: AgentType | str | Unset = UNSET
    focus: AgentFocus | str | Unset = UNSET
    language: Language | str | Unset = UNSET
    duration: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    questions: list[str] | Unset = UNSET
    instructions: None | str = None
    voice_id: None | str | VoiceId = None
    company_id: str | Unset = UNSET
    cefr_level: CefrLevel | None | str = None
    company_phone_number_id: None | str = None
    background_sound: BackgroundSound | None | str = None
    metadata: Metadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AgentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        focus: str | Unset
        if isinstance(self.focus, Unset):
            focus = UNSET
        elif isinstance(self.focus, AgentFocus):
            focus = self.focus.value
        else:
            focus = self.focus

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        duration = self.duration

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        questions: list[str] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = self.questions

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        elif isinstance(self.voice_id, VoiceId):
            voice_id = self.voice_id.value
        else:
            voice_id = self.voice_id

        company_id = self.company_id

        cefr_level: None | str | Unset
        if isinstance(self.cefr_level, Unset):
            cefr_level = UNSET
        elif isinstance(self.cefr_level, CefrLevel):
            cefr_level = self.cefr_level.value
        else:
            cefr_level = self.cefr_level

        company_phone_number_id: None | str | Unset
        if isinstance(self.company_phone_number_id, Unset):
            company_phone_number_id = UNSET
        else:
            company_phone_number_id = self.company_phone_number_id

        background_sound: None | str | Unset
        if isinstance(self.background_sound, Unset):
            background_sound = UNSET
        elif isinstance(self.background_sound, BackgroundSound):
            background_sound = self.background_sound.value
        else:
            background_sound = self.background_sound

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
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if focus is not UNSET:
            field_dict["focus"] = focus
        if language is not UNSET:
            field_dict["language"] = language
        if duration is not UNSET:
            field_dict["duration"] = duration
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if questions is not UNSET:
            field_dict["questions"] = questions
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice_id is not UNSET:
            field_dict["voiceId"] = voice_id
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if cefr_level is not UNSET:
            field_dict["cefrLevel"] = cefr_level
        if company_phone_number_id is not UNSET:
            field_dict["companyPhoneNumberId"] = company_phone_number_id
        if background_sound is not UNSET:
            field_dict["backgroundSound"] = background_sound
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_type_(data: object) -> AgentType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AgentType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_focus(data: object) -> AgentFocus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                focus_type_0 = AgentFocus(data)

                return focus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentFocus | str | Unset, data)

        focus = _parse_focus(d.pop("focus", UNSET))

        def _parse_language(data: object) -> Language | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        duration = d.pop("duration", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        questions = cast(list[str], d.pop("questions", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", None))

        def _parse_voice_id(data: object) -> None | str | Unset | VoiceId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_id_type_0 = VoiceId(data)

                return voice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | VoiceId, data)

        voice_id = _parse_voice_id(d.pop("voiceId", None))

        company_id = d.pop("companyId", UNSET)

        def _parse_cefr_level(data: object) -> CefrLevel | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cefr_level_type_0 = CefrLevel(data)

                return cefr_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CefrLevel | None | str | Unset, data)

        cefr_level = _parse_cefr_level(d.pop("cefrLevel", None))

        def _parse_company_phone_number_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_phone_number_id = _parse_company_phone_number_id(
            d.pop("companyPhoneNumberId", None)
        )

        def _parse_background_sound(
            data: object,
        ) -> BackgroundSound | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_sound_type_0 = BackgroundSound(data)

                return background_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSound | None | str | Unset, data)

        background_sound = _parse_background_sound(d.pop("backgroundSound", None))

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

        agent = cls(
            id=id,
            name=name,
            type_=type_,
            focus=focus,
            language=language,
            duration=duration,
            created_at=created_at,
            updated_at=updated_at,
            questions=questions,
            instructions=None if isinstance(instructions, Unset) else instructions,
            voice_id=None if isinstance(voice_id, Unset) else voice_id,
            company_id=company_id,
            cefr_level=None if isinstance(cefr_level, Unset) else cefr_level,
            company_phone_number_id=None
            if isinstance(company_phone_number_id, Unset)
            else company_phone_number_id,
            background_sound=None
            if isinstance(background_sound, Unset)
            else background_sound,
            metadata=None if isinstance(metadata, Unset) else metadata,
        )

        agent.additional_properties = d
        return agent

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
        if self.name is not None and not isinstance(self.name, Unset):
            parts.append(f"name={self.name!r}")
        if self.type_ is not None and not isinstance(self.type_, Unset):
            parts.append(f"type_={self.type_!r}")
        if self.focus is not None and not isinstance(self.focus, Unset):
            parts.append(f"focus={self.focus!r}")
        if self.language is not None and not isinstance(self.language, Unset):
            parts.append(f"language={self.language!r}")
        if self.duration is not None and not isinstance(self.duration, Unset):
            parts.append(f"duration={self.duration!r}")
        if self.created_at is not None and not isinstance(self.created_at, Unset):
            parts.append(f"created_at={self.created_at!r}")
        if self.updated_at is not None and not isinstance(self.updated_at, Unset):
            parts.append(f"updated_at={self.updated_at!r}")
        if self.questions is not None and not isinstance(self.questions, Unset):
            parts.append(f"questions={self.questions!r}")
        if self.instructions is not None and not isinstance(self.instructions, Unset):
            parts.append(f"instructions={self.instructions!r}")
        if self.voice_id is not None and not isinstance(self.voice_id, Unset):
            parts.append(f"voice_id={self.voice_id!r}")
        if self.company_id is not None and not isinstance(self.company_id, Unset):
            parts.append(f"company_id={self.company_id!r}")
        if self.cefr_level is not None and not isinstance(self.cefr_level, Unset):
            parts.append(f"cefr_level={self.cefr_level!r}")
        if self.company_phone_number_id is not None and not isinstance(
            self.company_phone_number_id, Unset
        ):
            parts.append(f"company_phone_number_id={self.company_phone_number_id!r}")
        if self.background_sound is not None and not isinstance(
            self.background_sound, Unset
        ):
            parts.append(f"background_sound={self.background_sound!r}")
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
from ..models.metadata import Metadata  # noqa: E402
