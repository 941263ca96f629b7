"""``nox -s release``'s bookkeeping: the bump from the verdict (never smaller), the CHANGELOG scaffold."""

from __future__ import annotations

from typing import Any

import pytest

from tools.release.notes import SmallerBump, bumped, changelog_entry, choose_bump

VERDICT: dict[str, Any] = {
    "ref": "v0.1.1",
    "old_version": "0.1.1",
    "breaking": False,
    "changed": True,
    "bump": "patch",
    "next": "0.1.2",
    "spec": [
        {"line": "[field-added] Job.remoteAllowed: new response field (in GET /jobs)", "breaking": False}
    ],
    "python": [],
}
CHANGELOG = "# Changelog\n\nIntro.\n\n## Unreleased\n\nNew:\n- a thing\n\n## 0.1.1\n\nOld notes.\n"


def test_the_bump_is_the_verdicts_or_larger_never_smaller() -> None:
    assert choose_bump(VERDICT, None) == "patch"
    assert choose_bump(VERDICT, "minor") == "minor"
    with pytest.raises(SmallerBump, match=r"refusing a patch bump: .* calls for minor"):
        choose_bump({**VERDICT, "bump": "minor", "next": "0.2.0"}, "patch")
    assert [bumped("0.1.1", p) for p in ("patch", "minor", "major")] == ["0.1.2", "0.2.0", "1.0.0"]


def test_the_unreleased_notes_become_the_entry_with_the_report() -> None:
    text = changelog_entry(CHANGELOG, "0.1.2", VERDICT, "2026-12-01")
    assert text.startswith(
        "# Changelog\n\nIntro.\n\n## Unreleased\n\n## 0.1.2 (2026-12-01)\n\nNew:\n- a thing\n"
    )
    assert "- spec: [field-added] Job.remoteAllowed: new response field (in GET /jobs)" in text
    assert "api-diff against v0.1.1: non-breaking; 1 spec change(s), 0 Python API change(s):" in text
    assert text.index("## 0.1.2") < text.index("## 0.1.1") and text.endswith("Old notes.\n")


def test_without_notes_the_entry_asks_for_the_prose() -> None:
    text = changelog_entry(CHANGELOG.replace("New:\n- a thing\n", ""), "0.1.2", VERDICT, "2026-12-01")
    assert "TODO say what changes for SDK users" in text
    bare = changelog_entry("# Changelog\n\n## 0.1.1\n\nOld.\n", "0.1.2", VERDICT, "2026-12-01")
    assert bare.index("## Unreleased") < bare.index("## 0.1.2 (2026-12-01)") < bare.index("## 0.1.1")
