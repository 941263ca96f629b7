from enum import StrEnum


class ContractType(StrEnum):
    FULL_TIME = "FULL_TIME"

    def __str__(self) -> str:
        return str(self.value)
