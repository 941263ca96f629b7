"""Sentinels and small shared types."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias, TypedDict

import httpx

__all__ = [
    "NOT_GIVEN",
    "NO_TIMEOUT",
    "OPTION_NAMES",
    "NotGiven",
    "NoTimeout",
    "Omittable",
    "RateLimitMode",
    "RequestOptions",
]


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
    """The type of ``NO_TIMEOUT``: no timeout, the same as ``timeout=None`` (kept as a named alias)."""

    NO_TIMEOUT = "NO_TIMEOUT"

    def __repr__(self) -> str:
        return "NO_TIMEOUT"


NO_TIMEOUT: Final = NoTimeout.NO_TIMEOUT

Omittable: TypeAlias = "NotGiven"
RateLimitMode: TypeAlias = Literal["auto", "off"] | str  # str: a redis:// URL (a pacer shared through Redis)


class RequestOptions(TypedDict, total=False):
    """Per-call options, taken as keyword arguments by every method: ``client.jobs.get(job_id, timeout=5)``."""

    timeout: float | httpx.Timeout | NoTimeout | None
    """This call's timeout in seconds (or an ``httpx.Timeout``), instead of the client's; ``None``: none."""
    extra_headers: Mapping[str, str]
    """Headers added to (or replacing) the client's for this call."""
    extra_query: Mapping[str, Any]
    """Query parameters merged into the request as given, unchecked (a parameter newer than the SDK)."""
    extra_body: Mapping[str, Any]
    """JSON fields merged into the request body as given, unchecked (a field newer than the SDK)."""


OPTION_NAMES: Final = frozenset(RequestOptions.__annotations__)
"""The names of the per-call options (no documented query or body field has one of them)."""
