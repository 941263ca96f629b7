from enum import StrEnum


class BackgroundSound(StrEnum):
    OFF = "OFF"
    OFFICE = "OFFICE"

    def __str__(self) -> str:
        return str(self.value)
