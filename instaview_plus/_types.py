"""Sentinels and small shared types."""

from __future__ import annotations

import enum
from typing import Final, Literal, TypeAlias

__all__ = ["NOT_GIVEN", "NO_TIMEOUT", "NotGiven", "NoTimeout", "Omittable", "RateLimitMode"]


class NotGiven(enum.Enum):
    """The type of ``NOT_GIVEN``: an argument the caller did not pass (distinct from ``None``, which is sent
    as ``null`` where the API allows it)."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN


class NoTimeout(enum.Enum):
    """The type of ``NO_TIMEOUT``: disable timeouts on purpose (``timeout=None`` is refused)."""

    NO_TIMEOUT = "NO_TIMEOUT"

    def __repr__(self) -> str:
        return "NO_TIMEOUT"


NO_TIMEOUT: Final = NoTimeout.NO_TIMEOUT

Omittable: TypeAlias = "NotGiven"
RateLimitMode: TypeAlias = Literal["auto", "off"] | str  # str: a redis:// URL (a pacer shared through Redis)
