"""api-diff says what changed, once: grouped by schema, renames as renames, webhook events, layer constants."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import griffe
import yaml

from tools.api_diff import diff_specs
from tools.api_diff.python_diff import diff_constants
from tools.api_diff.report import group, render

from ._patch import apply_patch

ROOT = Path(__file__).parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
REPLAY: dict[str, Any] = yaml.safe_load(
    (ROOT / "tests" / "fixtures" / "changelog_replay.yaml").read_text(encoding="utf-8")
)


def _entry(entry_id: str) -> dict[str, Any]:
    return next(e for e in REPLAY["changelog"] if e["id"] == entry_id)


def test_a_schema_change_is_one_line_whatever_the_response_shapes() -> None:
    """ownerEmail (2026-04-21): 12 shapes and bodies, three schemas -> three lines, each naming its operations."""
    changes = diff_specs(apply_patch(SPEC, _entry("2026-04-21-owner-email")["before"]), SPEC)
    assert len(changes) == 12
    grouped = group(changes)
    assert [(g.kind, g.where) for g in grouped] == [
        ("field-added", "Company.ownerEmail"),
        ("field-added", "CompanyCreate.ownerEmail"),
        ("field-added", "CompanyUpdate.ownerEmail"),
    ]
    assert set(grouped[0].places) == {
        "GET /company",
        "GET /company/{id}",
        "PATCH /company/{id}",
        "POST /company",
    }
    text, _ = render("v0", changes, [], ("0.1.1", "0.1.1"), ("a", "a"))
    assert text.count("ownerEmail") == 3 and "3 change(s), 0 breaking" in text


def test_an_enum_value_replaced_in_place_is_one_rename_and_breaking() -> None:
    after = apply_patch(
        SPEC,
        [
            {"op": "remove-value", "path": "/components/schemas/InterviewStatus/enum", "value": "COMPLETED"},
            {"op": "add", "path": "/components/schemas/InterviewStatus/enum/-", "value": "DONE"},
        ],
    )
    grouped = group(diff_specs(SPEC, after))
    renames = [g for g in grouped if g.kind == "enum-renamed"]
    assert renames and all(g.breaking for g in renames)
    assert [g.where for g in renames] == ["InterviewStatus"]  # one line, every operation listed in it
    assert not [g for g in grouped if g.kind in ("enum-narrowed", "enum-widened")]


def test_a_removed_response_enum_value_is_reported() -> None:
    after = apply_patch(
        SPEC,
        [{"op": "remove-value", "path": "/components/schemas/InterviewStatus/enum", "value": "COMPLETED"}],
    )
    responses = [c for c in diff_specs(SPEC, after) if " 200" in c.location and c.kind == "enum-narrowed"]
    assert responses and all("no longer sends" in c.message for c in responses)


def test_webhook_events_renamed_relabelled_and_recoded_are_breaking() -> None:
    hook = SPEC["webhooks"]["interview.started"]["post"]
    renamed = apply_patch(
        SPEC,
        [{"op": "replace", "path": "/webhooks/interview.started/post/x-event-type", "value": "CALL_STARTED"}],
    )
    assert [(c.kind, c.location, c.breaking) for c in diff_specs(SPEC, renamed)] == [
        ("event-renamed", "webhook INTERVIEW_STARTED", True)
    ]
    relabelled = apply_patch(
        SPEC,
        [
            {
                "op": "replace",
                "path": "/webhooks/interview.started/post/x-event-label",
                "value": "call.started",
            }
        ],
    )
    assert [(c.kind, c.breaking) for c in diff_specs(SPEC, relabelled)] == [("event-changed", True)]
    recoded = apply_patch(
        SPEC, [{"op": "replace", "path": "/webhooks/interview.started/post/x-event-code", "value": 9}]
    )
    assert [(c.kind, c.message) for c in diff_specs(SPEC, recoded)] == [
        ("event-changed", f"numeric code {hook['x-event-code']} -> 9")
    ]
    removed = apply_patch(SPEC, [{"op": "remove", "path": "/webhooks/ping"}])
    assert ("event-removed", "webhook PING", True) in {
        (c.kind, c.location, c.breaking) for c in diff_specs(SPEC, removed)
    }


def _module(tmp_path: Path, name: str, source: str) -> Any:
    root = tmp_path / name / "pkg"
    root.mkdir(parents=True)
    (root / "__init__.py").write_text(source, encoding="utf-8")
    return griffe.load(root, allow_inspection=False, modules_collection=griffe.ModulesCollection())


def test_changed_layer_constants_are_reported(tmp_path: Path) -> None:
    old = _module(
        tmp_path, "old", 'FINAL = frozenset({"COMPLETED", "FAILED"})\nWAIT = 3600.0\nKEEP = (1, 2)\n'
    )
    new = _module(tmp_path, "new", 'FINAL = frozenset({"COMPLETED"})\nWAIT = 60.0\nKEEP = (1, 2, 3)\n')
    found = {c.location: (c.breaking, c.message) for c in diff_constants(old, new)}
    assert found["pkg.FINAL"] == (True, "members removed: ['FAILED']")
    assert found["pkg.KEEP"] == (False, "added: ['3']")
    assert found["pkg.WAIT"] == (False, "3600.0  ->  60.0 (review)")
    assert diff_constants(old, old) == []
