from enum import StrEnum


class CallAttemptReasonCode(StrEnum):
    NO_ANSWER = "NO_ANSWER"

    def __str__(self) -> str:
        return str(self.value)
