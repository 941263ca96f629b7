from enum import StrEnum


class SalaryPeriod(StrEnum):
    YEARLY = "YEARLY"

    def __str__(self) -> str:
        return str(self.value)
