from enum import StrEnum


class InterviewStatus(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SCHEDULED = "SCHEDULED"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
