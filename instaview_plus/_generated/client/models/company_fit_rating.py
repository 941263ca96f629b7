from enum import StrEnum


class CompanyFitRating(StrEnum):
    HIGH = "HIGH"

    def __str__(self) -> str:
        return str(self.value)
