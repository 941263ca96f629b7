from enum import StrEnum


class AgentFocus(StrEnum):
    GENERIC = "GENERIC"
    LANGUAGE_TEST = "LANGUAGE_TEST"
    OUTREACH = "OUTREACH"
    SCREENING = "SCREENING"

    def __str__(self) -> str:
        return str(self.value)
