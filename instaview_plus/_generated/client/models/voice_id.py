from enum import StrEnum


class VoiceId(StrEnum):
    ALEX = "ALEX"
    CASANDRA = "CASANDRA"
    EMMA = "EMMA"
    EVA = "EVA"
    LUKE = "LUKE"
    MICHAEL = "MICHAEL"
    MIRIAM = "MIRIAM"
    PETER = "PETER"
    SARAH = "SARAH"
    SILVIA = "SILVIA"
    SUE = "SUE"
    VIERA = "VIERA"

    def __str__(self) -> str:
        return str(self.value)
