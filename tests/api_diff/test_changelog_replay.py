"""The API changelog replayed as spec edits is classified as the changelog implies; synthetic edits break."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.api_diff import Change, diff_specs

from ._patch import apply_patch

ROOT = Path(__file__).parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
REPLAY: dict[str, Any] = yaml.safe_load(
    (ROOT / "tests" / "fixtures" / "changelog_replay.yaml").read_text(encoding="utf-8")
)
CHANGELOG = {entry["id"]: entry for entry in REPLAY["changelog"]}
SYNTHETIC = {edit["id"]: edit for edit in REPLAY["synthetic"]}


def triples(changes: list[Change]) -> list[tuple[str, str, bool]]:
    return sorted((c.kind, c.location, c.breaking) for c in changes)


def test_the_spec_does_not_differ_from_itself() -> None:
    assert diff_specs(SPEC, SPEC) == []


@pytest.mark.parametrize("entry_id", sorted(CHANGELOG))
def test_changelog_entry_is_classified_as_the_changelog_says(entry_id: str) -> None:
    entry = CHANGELOG[entry_id]
    before = apply_patch(SPEC, entry["before"])
    changes = diff_specs(before, SPEC)
    assert triples(changes) == sorted((kind, where, breaking) for kind, where, breaking in entry["expect"])
    assert not any(c.breaking for c in changes), entry["entry"]


@pytest.mark.parametrize("entry_id", sorted(i for i, e in CHANGELOG.items() if e["expect"]))
def test_undoing_a_changelog_entry_would_break_clients(entry_id: str) -> None:
    """The same edit backwards (a field, operation or parameter taken away) is breaking: the rules are directional."""
    before = apply_patch(SPEC, CHANGELOG[entry_id]["before"])
    assert any(c.breaking for c in diff_specs(SPEC, before))


@pytest.mark.parametrize("edit_id", sorted(SYNTHETIC))
def test_synthetic_breaking_edit_is_flagged(edit_id: str) -> None:
    edit = SYNTHETIC[edit_id]
    changes = diff_specs(SPEC, apply_patch(SPEC, edit["after"]))
    hits = [c for c in changes if (c.kind, c.location) == (edit["expect_kind"], edit["expect_location"])]
    assert hits, triples(changes)
    assert all(c.breaking for c in hits)


def test_response_enum_values_come_and_go_without_breaking() -> None:
    widened = apply_patch(
        SPEC, [{"op": "add", "path": "/components/schemas/InterviewStatus/enum/-", "value": "PAUSED"}]
    )
    added = [c for c in diff_specs(SPEC, widened) if " 200" in c.location]
    assert added and {(c.kind, c.breaking) for c in added} == {("enum-widened", False)}
    narrowed = [c for c in diff_specs(widened, SPEC) if " 200" in c.location]
    assert narrowed and {(c.kind, c.breaking) for c in narrowed} == {("enum-narrowed", False)}
    # ... while the same enum as a request filter (GET /interviews?status=) is narrowed: breaking there.
    assert ("enum-narrowed", "GET /interviews query status", True) in triples(diff_specs(widened, SPEC))


def test_the_preview_rate_limit_is_reported_and_tightening_it_breaks() -> None:
    """The 0.1.1 spec change (x-rate-limit on the preview results), and a tighter limit after it."""
    path = "/paths/~1sourcing~1preview~1{id}~1results/get/x-rate-limit"
    undeclared = apply_patch(SPEC, [{"op": "remove", "path": path}])
    tighter = apply_patch(SPEC, [{"op": "replace", "path": path, "value": {"requests": 60, "seconds": 60}}])
    where = "GET /sourcing/preview/{id}/results"
    assert triples(diff_specs(undeclared, SPEC)) == [("rate-limit-changed", where, False)]
    assert triples(diff_specs(SPEC, tighter)) == [("rate-limit-changed", where, True)]
    assert triples(diff_specs(tighter, SPEC)) == [("rate-limit-changed", where, False)]
