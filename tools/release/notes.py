"""The bookkeeping of ``nox -s release`` (pure functions): the bump chosen from the api-diff verdict, the
version file's new text, the CHANGELOG.md entry scaffolded from the report (the ``## Unreleased`` notes move
under ``## <version> (<date>)`` with the api-diff lines).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["BUMPS", "SmallerBump", "bumped", "changelog_entry", "choose_bump", "with_version"]

BUMPS = ("patch", "minor", "major")
MARKER = "## Unreleased\n"
MAX_PYTHON_LINES = 40


class SmallerBump(ValueError):
    """The bump asked for is smaller than the one the api-diff verdict calls for."""


def bumped(version: str, part: str) -> str:
    major, minor, patch = (int(x) for x in re.findall(r"\d+", version)[:3])
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def choose_bump(verdict: Mapping[str, Any], asked: str | None) -> str:
    """The verdict's bump, or a larger one asked for; a smaller one raises ``SmallerBump``."""
    needed = str(verdict["bump"])
    if asked is None:
        return needed
    if BUMPS.index(asked) < BUMPS.index(needed):
        raise SmallerBump(
            f"refusing a {asked} bump: api-diff against {verdict['ref']} calls for {needed} ({verdict['next']})"
        )
    return asked


def changelog_entry(text: str, version: str, verdict: Mapping[str, Any], today: str) -> str:
    """CHANGELOG.md with the Unreleased notes under ``## <version> (<today>)`` and the api-diff lines added;
    an empty ``## Unreleased`` stays on top for what comes next."""
    head, found, rest = text.partition(MARKER)
    if found:
        notes, sep, tail = rest.partition("\n## ")
        rest = "## " + tail if sep else ""
    else:  # no Unreleased section: the entry goes before the newest release
        head, sep, tail = text.partition("\n## ")
        notes, rest = "", ("## " + tail if sep else "")
    spec_lines = [str(c["line"]) for c in verdict["spec"]]
    py_lines = [str(c["line"]) for c in verdict["python"]]
    lines = [f"## {version} ({today})", ""]
    if notes.strip():
        lines += [notes.strip(), ""]
    else:
        lines += [
            "API changes taken in (InstaView changelog / docs): TODO say what changes for SDK users.",
            "",
        ]
    lines.append(
        f"api-diff against {verdict['ref']}: {'breaking' if verdict['breaking'] else 'non-breaking'};"
        f" {len(spec_lines)} spec change(s), {len(py_lines)} Python API change(s):"
    )
    lines += [f"- spec: {line}" for line in spec_lines]
    lines += [f"- python: {line}" for line in py_lines[:MAX_PYTHON_LINES]]
    if len(py_lines) > MAX_PYTHON_LINES:
        lines.append(
            f"- python: ... and {len(py_lines) - MAX_PYTHON_LINES} more (the release commit's message lists all)"
        )
    return f"{head.rstrip()}\n\n{MARKER}\n" + "\n".join(lines) + "\n\n" + rest


def with_version(source: str, version: str) -> str:
    """The text of ``_version.py`` with ``__version__`` set to ``version``."""
    return re.sub(r'__version__ = "[^"]+"', f'__version__ = "{version}"', source)
