"""What the fake needs beyond the spec's enums: the scope names and the webhook event spellings.

Every closed set the spec declares (job status, agent type, voices, languages, ...) is enforced from
``instaview_plus._generated.spec.operations`` by ``_spec.check_request``; nothing of it is restated here. The scopes are named
only in the docs' prose (the spec has no per-operation scopes); the event spellings (UPPER_SNAKE type, dotted
label, numeric code) are the spec's ``webhooks:`` section, compiled into ``instaview_plus._generated.spec.events``.
"""

from __future__ import annotations

from instaview_plus._generated.spec.events import EVENT_CODES, EVENT_LABELS

__all__ = ["ALL_SCOPES", "EVENT_ALIASES", "label", "normalize_event"]

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


def label(event_type: str) -> str:
    """The dotted label the fake stores and sends for an UPPER_SNAKE type (``KeyError`` if the spec lacks it)."""
    return EVENT_LABELS[event_type]


# Every documented spelling of an event -> the dotted label.
EVENT_ALIASES: dict[object, str] = {}
for _name, _label in EVENT_LABELS.items():
    EVENT_ALIASES[_name] = EVENT_ALIASES[_label] = _label
for _code, _name in EVENT_CODES.items():
    EVENT_ALIASES[_code] = EVENT_LABELS[_name]


def normalize_event(value: object) -> str | None:
    """The dotted label for any documented spelling (dotted, UPPER_SNAKE, numeric 0-5), else None."""
    if isinstance(value, bool):
        return None
    return EVENT_ALIASES.get(value)
