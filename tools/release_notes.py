"""The bookkeeping of ``nox -s release``: the bump chosen from the api-diff verdict, the version file, the
CHANGELOG.md entry scaffolded from the report (pure functions, and a CLI the session runs).

    python -m tools.release_notes VERDICT.json [--bump patch|minor|major] [--write] [--today YYYY-MM-DD]

Prints the new version; with ``--write`` also sets ``instaview_plus/_version.py`` and moves the
``## Unreleased`` notes of CHANGELOG.md under ``## <version> (<date>)`` with the api-diff lines. Exit 2
when ``--bump`` asks for less than the verdict.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["BUMPS", "SmallerBump", "bumped", "changelog_entry", "choose_bump"]

ROOT = Path(__file__).resolve().parents[1]
VERSION_FILE = ROOT / "instaview_plus" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
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
        f"`nox -s api-diff -- {verdict['ref']}`: {'breaking' if verdict['breaking'] else 'non-breaking'};"
        f" {len(spec_lines)} spec change(s), {len(py_lines)} Python API change(s):"
    )
    lines += [f"- spec: {line}" for line in spec_lines]
    lines += [f"- python: {line}" for line in py_lines[:MAX_PYTHON_LINES]]
    if len(py_lines) > MAX_PYTHON_LINES:
        lines.append(
            f"- python: ... and {len(py_lines) - MAX_PYTHON_LINES} more (the tag's message lists all)"
        )
    return f"{head.rstrip()}\n\n{MARKER}\n" + "\n".join(lines) + "\n\n" + rest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.release_notes", description=__doc__.split("\n")[0])
    parser.add_argument("verdict", type=Path, help="the JSON of `python -m tools.api_diff REF --json FILE`")
    parser.add_argument("--bump", choices=BUMPS, help="a larger bump than the verdict's (never smaller)")
    parser.add_argument("--write", action="store_true", help="set the version and write the CHANGELOG entry")
    parser.add_argument("--today", default=dt.datetime.now(dt.UTC).date().isoformat())
    args = parser.parse_args(argv)
    verdict = json.loads(args.verdict.read_text(encoding="utf-8"))
    try:
        part = choose_bump(verdict, args.bump)
    except SmallerBump as exc:
        print(exc, file=sys.stderr)
        return 2
    version = bumped(str(verdict["old_version"]), part)
    if args.write:
        source = VERSION_FILE.read_text(encoding="utf-8")
        VERSION_FILE.write_text(
            re.sub(r'__version__ = "[^"]+"', f'__version__ = "{version}"', source), encoding="utf-8"
        )
        CHANGELOG.write_text(
            changelog_entry(CHANGELOG.read_text(encoding="utf-8"), version, verdict, args.today),
            encoding="utf-8",
        )
    print(f"{part} {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
