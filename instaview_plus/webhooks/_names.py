"""Event names: every documented spelling (dotted label, UPPER_SNAKE, numeric code) -> UPPER_SNAKE."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

__all__ = ["DEFAULT_TOLERANCE", "EVENT_CODES", "normalize_event_type"]


@functools.cache
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    """(code -> type, dotted label -> type) from ``instaview_spec.events``, loaded on first use (not on import)."""
    from instaview_spec.events import EVENT_CODES as codes
    from instaview_spec.events import EVENT_LABELS as labels

    return dict(codes), {label: name for name, label in labels.items()}


class _EventCodes(Mapping[int, str]):
    """Read-only ``code -> type``, generated from the spec's ``webhooks:`` section and loaded lazily."""

    def __getitem__(self, code: int) -> str:
        return _tables()[0][code]

    def __iter__(self) -> Iterator[int]:
        return iter(_tables()[0])

    def __len__(self) -> int:
        return len(_tables()[0])

    def __repr__(self) -> str:
        return repr(_tables()[0])


EVENT_CODES: Mapping[int, str] = _EventCodes()
"""Documented numeric event code -> UPPER_SNAKE type, generated from the spec's ``webhooks:`` section."""
DEFAULT_TOLERANCE = 300.0


def normalize_event_type(raw: object) -> str:
    """Every documented spelling → UPPER_SNAKE: ``"interview.completed"``, ``"INTERVIEW_COMPLETED"``, ``3``.

    Unknown names are kept (upper-cased the same way), never rejected; unknown codes become ``"UNKNOWN_<n>"``.
    """
    if isinstance(raw, bool):
        return str(raw).upper()
    if isinstance(raw, int):
        return EVENT_CODES.get(raw, f"UNKNOWN_{raw}")
    text = str(raw).strip()
    if text.isascii() and text.isdigit():
        return EVENT_CODES.get(int(text), f"UNKNOWN_{text}") if len(text) < 20 else f"UNKNOWN_{text[:20]}"
    by_label = _tables()[1]
    if text in by_label:
        return by_label[text]
    return text.replace(".", "_").replace("-", "_").upper()
