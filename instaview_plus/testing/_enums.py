"""What the fake needs beyond the spec's enums: the scope names and the webhook event spellings.

Every closed set the spec declares (job status, agent type, voices, languages, ...) is enforced from
``instaview_spec.operations`` by ``_spec.check_request``; nothing of it is restated here. The scopes are named
only in the docs' prose (the spec has no per-operation scopes), and the event spellings are the spec's
``WebhookEventType`` names plus the two notations the docs also show (dotted, numeric codes).
"""

from __future__ import annotations

from instaview_spec.operations import ENUMS

from ..webhooks import EVENT_CODES

__all__ = ["ALL_SCOPES", "EVENT_ALIASES", "normalize_event"]

ALL_SCOPES = frozenset(
    {
        "read:jobs",
        "write:jobs",
        "delete:jobs",
        "read:candidates",
        "write:candidates",
        "delete:candidates",
        "read:agents",
        "write:agents",
        "delete:agents",
        "read:interviews",
        "write:interviews",
        "delete:interviews",
        "read:companies",
        "write:companies",
        "read:billing",
        "read:webhooks",
        "write:webhooks",
        "sourcing:read",
        "sourcing:write",
        "enrich:write",
    }
)


def _dotted(name: str) -> str:
    """``INTERVIEW_COMPLETED`` -> ``interview.completed`` (the label the fake stores and sends)."""
    return name.lower().replace("_", ".", 1)


# Every documented spelling of an event -> the dotted label.
EVENT_ALIASES: dict[object, str] = {}
for _name in ENUMS["WebhookEventType"]:
    EVENT_ALIASES[_name] = EVENT_ALIASES[_dotted(_name)] = _dotted(_name)
for _code, _name in EVENT_CODES.items():
    EVENT_ALIASES[_code] = _dotted(_name)


def normalize_event(value: object) -> str | None:
    """The dotted label for any documented spelling (dotted, UPPER_SNAKE, numeric 0-5), else None."""
    if isinstance(value, bool):
        return None
    return EVENT_ALIASES.get(value)
