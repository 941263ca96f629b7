from enum import StrEnum


class WorkMode(StrEnum):
    HYBRID = "HYBRID"
    ONSITE = "ONSITE"
    REMOTE = "REMOTE"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
