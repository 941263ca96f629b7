from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_focus import AgentFocus
from ..models.agent_type import AgentType
from ..models.background_sound import BackgroundSound
from ..models.cefr_level import CefrLevel
from ..models.language import Language
from ..models.voice_id import VoiceId
from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="AgentCreate")


@_attrs_define
class AgentCreate:
    """Body of POST /agents (also the inline `agent` of POST /interviews). No field is marked required by the docs (every
    example sends name, type, focus, duration; the quickstart omits `language`): the server decides (see
    openapi/NOTES.md, "Request constraints").

        Attributes:
            name (str | Unset):
            type_ (AgentType | Unset):
            focus (AgentFocus | Unset): GENERIC (jobless interviews, talent pools), SCREENING, OUTREACH, LANGUAGE_TEST.
            language (Language | Unset): Interview language.
            duration (int | Unset): Interview length in minutes.
            questions (list[str] | Unset):
            instructions (str | Unset):
            voice_id (VoiceId | Unset): Agent voice. Male: ALEX, PETER, MICHAEL, LUKE; female: MIRIAM, SUE, VIERA, CASANDRA,
                SILVIA, EMMA, SARAH, EVA.
            company_phone_number_id (UUID | Unset): CompanyPhoneNumber.id used for calls; required when `type` is PHONE
                (also when switching to PHONE).
            metadata (Metadata | Unset): Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 keys).
            cefr_level (CefrLevel | Unset): CEFR language level (agent `cefrLevel`, job language `proficiency`).
            background_sound (BackgroundSound | Unset): OFFICE (default, subtle office ambience) or OFF (silence). Default:
                BackgroundSound.OFFICE.
    """

    name: str | Unset = UNSET
    type_: AgentType | Unset = UNSET
    focus: AgentFocus | Unset = UNSET
    language: Language | Unset = UNSET
    duration: int | Unset = UNSET
    questions: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    voice_id: VoiceId | Unset = UNSET
    company_phone_number_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    cefr_level: CefrLevel | Unset = UNSET
    background_sound: BackgroundSound | Unset = BackgroundSound.OFFICE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        focus: str | Unset = UNSET
        if not isinstance(self.focus, Unset):
            focus = self.focus.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        duration = self.duration

        questions: list[str] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = self.questions

        instructions = self.instructions

        voice_id: str | Unset = UNSET
        if not isinstance(self.voice_id, Unset):
            voice_id = self.voice_id.value

        company_phone_number_id: str | Unset = UNSET
        if not isinstance(self.company_phone_number_id, Unset):
            company_phone_number_id = str(self.company_phone_number_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        cefr_level: str | Unset = UNSET
        if not isinstance(self.cefr_level, Unset):
            cefr_level = self.cefr_level.value

        background_sound: str | Unset = UNSET
        if not isinstance(self.background_sound, Unset):
            background_sound = self.background_sound.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if questions is not UNSET:
            field_dict["questions"] = questions
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice_id is not UNSET:
            field_dict["voiceId"] = voice_id
        if company_phone_number_id is not UNSET:
            field_dict["companyPhoneNumberId"] = company_phone_number_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cefr_level is not UNSET:
            field_dict["cefrLevel"] = cefr_level
        if background_sound is not UNSET:
            field_dict["backgroundSound"] = background_sound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AgentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AgentType(_type_)

        _focus = d.pop("focus", UNSET)
        focus: AgentFocus | Unset
        if isinstance(_focus, Unset):
            focus = UNSET
        else:
            focus = AgentFocus(_focus)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        duration = d.pop("duration", UNSET)

        questions = cast(list[str], d.pop("questions", UNSET))

        instructions = d.pop("instructions", UNSET)

        _voice_id = d.pop("voiceId", UNSET)
        voice_id: VoiceId | Unset
        if isinstance(_voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = VoiceId(_voice_id)

        _company_phone_number_id = d.pop("companyPhoneNumberId", UNSET)
        company_phone_number_id: UUID | Unset
        if isinstance(_company_phone_number_id, Unset):
            company_phone_number_id = UNSET
        else:
            company_phone_number_id = UUID(_company_phone_number_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _cefr_level = d.pop("cefrLevel", UNSET)
        cefr_level: CefrLevel | Unset
        if isinstance(_cefr_level, Unset):
            cefr_level = UNSET
        else:
            cefr_level = CefrLevel(_cefr_level)

        _background_sound = d.pop("backgroundSound", UNSET)
        background_sound: BackgroundSound | Unset
        if isinstance(_background_sound, Unset):
            background_sound = UNSET
        else:
            background_sound = BackgroundSound(_background_sound)

        agent_create = cls(
            name=name,
            type_=type_,
            focus=focus,
            language=language,
            duration=duration,
            questions=questions,
            instructions=instructions,
            voice_id=voice_id,
            company_phone_number_id=company_phone_number_id,
            metadata=metadata,
            cefr_level=cefr_level,
            background_sound=background_sound,
        )

        agent_create.additional_properties = d
        return agent_create

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
        if self.questions is not None and not isinstance(self.questions, Unset):
            parts.append(f"questions={self.questions!r}")
        if self.instructions is not None and not isinstance(self.instructions, Unset):
            parts.append(f"instructions={self.instructions!r}")
        if self.voice_id is not None and not isinstance(self.voice_id, Unset):
            parts.append(f"voice_id={self.voice_id!r}")
        if self.company_phone_number_id is not None and not isinstance(
            self.company_phone_number_id, Unset
        ):
            parts.append(f"company_phone_number_id={self.company_phone_number_id!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.cefr_level is not None and not isinstance(self.cefr_level, Unset):
            parts.append(f"cefr_level={self.cefr_level!r}")
        if self.background_sound is not None and not isinstance(
            self.background_sound, Unset
        ):
            parts.append(f"background_sound={self.background_sound!r}")
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
