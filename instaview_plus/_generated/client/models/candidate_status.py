from enum import StrEnum


class CandidateStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    APPLIED = "APPLIED"
    IN_PROCESS = "IN_PROCESS"
    REJECTED = "REJECTED"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
