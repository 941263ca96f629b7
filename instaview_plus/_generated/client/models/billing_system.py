from enum import StrEnum


class BillingSystem(StrEnum):
    CREDITS = "credits"
    MINUTES = "minutes"

    def __str__(self) -> str:
        return str(self.value)
