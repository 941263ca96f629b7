from enum import StrEnum


class CallAttemptStatus(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
