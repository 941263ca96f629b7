from enum import StrEnum


class JobStatus(StrEnum):
    CLOSED = "CLOSED"
    OPEN = "OPEN"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
