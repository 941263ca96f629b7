from enum import StrEnum


class WebhookEventName(StrEnum):
    ANALYSIS_COMPLETED = "analysis.completed"
    ANALYSIS_FAILED = "analysis.failed"
    INTERVIEW_COMPLETED = "interview.completed"
    INTERVIEW_FAILED = "interview.failed"
    INTERVIEW_STARTED = "interview.started"
    PING = "ping"
    SOURCING_FAILED = "sourcing.failed"

    def __str__(self) -> str:
        return str(self.value)
