from enum import StrEnum


class CallAttemptDirection(StrEnum):
    OUTBOUND = "OUTBOUND"

    def __str__(self) -> str:
        return str(self.value)
