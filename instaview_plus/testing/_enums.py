"""Documented enum values (closed sets the fake enforces on input)."""

from __future__ import annotations

__all__ = [
    "AGENT_FOCUS",
    "AGENT_LANGUAGES",
    "AGENT_TYPES",
    "ALL_SCOPES",
    "BACKGROUND_SOUNDS",
    "CANDIDATE_STATUSES",
    "CEFR",
    "EDUCATION",
    "EVENT_ALIASES",
    "EXPERIENCE",
    "INTERVIEW_STATUSES",
    "JOB_STATUSES",
    "VOICES",
    "WORK_MODES",
    "normalize_event",
]

JOB_STATUSES = ("UNDEFINED", "OPEN", "CLOSED")
WORK_MODES = ("UNDEFINED", "ONSITE", "REMOTE", "HYBRID")
EDUCATION = (
    "UNDEFINED",
    "PRIMARY_EDUCATION",
    "SECONDARY_SCHOOL_STUDENT",
    "SECONDARY_WITHOUT_DIPLOMA",
    "SECONDARY_WITH_DIPLOMA",
    "POST_SECONDARY_VOCATIONAL",
    "UNIVERSITY_STUDENT",
    "BACHELOR_LEVEL",
    "MASTER_LEVEL",
    "POSTGRADUATE",
)
# The documented list is cut off after FIVE_TO_10_YEARS; MORE_THAN_10_YEARS is inferred.
EXPERIENCE = (
    "UNDEFINED",
    "NO_EXPERIENCE",
    "LESS_THAN_1_YEAR",
    "ONE_TO_3_YEARS",
    "THREE_TO_5_YEARS",
    "FIVE_TO_10_YEARS",
    "MORE_THAN_10_YEARS",
)
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
CANDIDATE_STATUSES = ("UNDEFINED", "APPLIED", "IN_PROCESS", "REJECTED", "ACCEPTED")
AGENT_TYPES = ("UNDEFINED", "ONLINE", "PHONE")
AGENT_FOCUS = ("GENERIC", "SCREENING", "OUTREACH", "LANGUAGE_TEST")
AGENT_LANGUAGES = (
    "UNDEFINED",
    "EN",
    "JA",
    "ZH",
    "DE",
    "HI",
    "FR",
    "KO",
    "PT",
    "IT",
    "ES",
    "ID",
    "NL",
    "TR",
    "FIL",
    "PL",
    "SV",
    "BG",
    "RO",
    "AR",
    "CS",
    "EL",
    "FI",
    "HR",
    "MS",
    "SK",
    "DA",
    "TA",
    "UK",
    "RU",
    "HU",
    "NO",
    "VI",
)
VOICES = (
    "ALEX",
    "PETER",
    "MIRIAM",
    "SUE",
    "VIERA",
    "CASANDRA",
    "SILVIA",
    "MICHAEL",
    "LUKE",
    "EMMA",
    "SARAH",
    "EVA",
)
BACKGROUND_SOUNDS = ("OFFICE", "OFF")
INTERVIEW_STATUSES = ("UNDEFINED", "SCHEDULED", "CANCELLED", "FAILED", "COMPLETED", "IN_PROGRESS")

ALL_SCOPES = frozenset(
    {
        "read:jobs",
        "write:jobs",
        "delete:jobs",
        "read:candidates",
        "write:candidates",
        "delete:candidates",
        "read:agents",
        "write:agents",
        "delete:agents",
        "read:interviews",
        "write:interviews",
        "delete:interviews",
        "read:companies",
        "write:companies",
        "read:billing",
        "read:webhooks",
        "write:webhooks",
        "sourcing:read",
        "sourcing:write",
        "enrich:write",
    }
)

# Every documented spelling of an event -> the dotted label the fake stores and sends.
_DOTTED = [
    "analysis.completed",
    "analysis.failed",
    "ping",
    "interview.completed",
    "interview.failed",
    "interview.started",
    "sourcing.completed",
    "sourcing.failed",
    "enrich.completed",
    "enrich.failed",
]
EVENT_ALIASES: dict[object, str] = {}
for _i, _label in enumerate(_DOTTED):
    EVENT_ALIASES[_label] = _label
    EVENT_ALIASES[_label.replace(".", "_").upper()] = _label
    if _i < 6:
        EVENT_ALIASES[_i] = _label


def normalize_event(value: object) -> str | None:
    """The dotted label for any documented spelling (dotted, UPPER_SNAKE, numeric 0-5), else None."""
    if isinstance(value, bool):
        return None
    return EVENT_ALIASES.get(value)
