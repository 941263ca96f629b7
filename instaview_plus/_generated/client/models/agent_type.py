from enum import StrEnum


class AgentType(StrEnum):
    ONLINE = "ONLINE"
    PHONE = "PHONE"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
