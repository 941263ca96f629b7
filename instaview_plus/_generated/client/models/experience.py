from enum import StrEnum


class Experience(StrEnum):
    FIVE_TO_10_YEARS = "FIVE_TO_10_YEARS"
    LESS_THAN_1_YEAR = "LESS_THAN_1_YEAR"
    NO_EXPERIENCE = "NO_EXPERIENCE"
    ONE_TO_3_YEARS = "ONE_TO_3_YEARS"
    THREE_TO_5_YEARS = "THREE_TO_5_YEARS"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
