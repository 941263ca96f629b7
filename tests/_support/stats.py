"""Figures the hardening suite reports at the end of a run (cases per class, and what went wrong: all 0)."""

from __future__ import annotations

from collections import Counter, defaultdict

__all__ = ["FIGURES", "count"]

# class -> figure -> number (figures: cases, lost, duplicated, untyped, misrouted, key_leaks)
FIGURES: defaultdict[str, Counter[str]] = defaultdict(Counter)


def count(kind: str, **figures: int) -> None:
    """Add one case of ``kind`` (and any bad figures it found)."""
    FIGURES[kind]["cases"] += 1
    for name, value in figures.items():
        FIGURES[kind][name] += value
