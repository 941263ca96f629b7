"""The griffe-based Python API diff on two small trees, the semver suggestion and the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.api_diff import Change
from tools.api_diff.python_diff import diff_python_api
from tools.api_diff.report import render, suggest_bump

OLD = """
__all__ = ["Client", "connect"]


def connect(url: str, timeout: float = 30.0) -> "Client":
    return Client()


class Client:
    def get(self, job_id: str) -> dict:
        return {}

    def delete(self, job_id: str) -> bool:
        return True
"""

NEW = """
__all__ = ["Client", "connect"]


def connect(url: str, region: str, timeout: float = 30.0) -> "Client":
    return Client()


class Client:
    def get(self, job_id: str) -> dict | None:
        return {}

    def list(self) -> list:
        return []
"""


def tree(root: Path, source: str) -> Path:
    (root / "instaview_plus").mkdir(parents=True)
    (root / "instaview_plus" / "__init__.py").write_text(source, encoding="utf-8")
    return root


def test_griffe_finds_breaking_changes_and_the_diff_lists_additions(tmp_path: Path) -> None:
    old, new = tree(tmp_path / "old", OLD), tree(tmp_path / "new", NEW)
    changes = {(c.kind, c.location, c.breaking) for c in diff_python_api(old, new)}
    assert ("python-breaking", "instaview_plus.Client.delete", True) in changes  # removed method
    assert ("python-breaking", "instaview_plus.connect", True) in changes  # new required parameter
    assert ("python-added", "instaview_plus.Client.list", False) in changes
    assert ("python-changed", "instaview_plus.Client.get", False) in changes  # return type: for review
    assert diff_python_api(old, old) == []


def test_a_breaking_change_reads_as_plain_text_with_the_trees_own_path(tmp_path: Path) -> None:
    old, new = tree(tmp_path / "old", OLD), tree(tmp_path / "new", NEW)
    messages = [c.message for c in diff_python_api(old, new) if c.kind == "python-breaking"]
    assert messages
    for message in messages:  # no terminal colours, no checkout path: the report is read in files and CI logs
        assert "\x1b" not in message and str(tmp_path) not in message
        assert message.startswith("instaview_plus/__init__.py:")


@pytest.mark.parametrize(
    ("version", "breaking", "additive", "expected"),
    [
        ("0.1.0", True, True, ("minor", "0.2.0")),
        ("0.1.0", False, True, ("patch", "0.1.1")),
        ("0.1.3", False, False, ("patch", "0.1.4")),
        ("1.4.2", True, True, ("major", "2.0.0")),
        ("1.4.2", False, True, ("minor", "1.5.0")),
        ("1.4.2", False, False, ("patch", "1.4.3")),
    ],
)
def test_semver_suggestion(version: str, breaking: bool, additive: bool, expected: tuple[str, str]) -> None:
    assert suggest_bump(version, breaking, additive) == expected


def test_report_groups_changes_and_says_breaking() -> None:
    spec = [
        Change("operation-removed", "DELETE /jobs/{id}", True, "operation deleteJob removed"),
        Change("field-added", "POST /company body.ownerEmail", False, "new optional request field"),
    ]
    text, breaking = render("v0.1.0", spec, [], ("0.1.0", "0.1.0"), ("a", "b"))
    assert breaking
    assert text.index("Breaking:") < text.index("DELETE /jobs/{id}") < text.index("Non-breaking:")
    assert "suggested bump: minor -> 0.2.0" in text and "Result: BREAKING" in text
    text, breaking = render("v0.1.0", spec[1:], [], ("0.1.0", "0.1.1"), ("a", "b"))
    assert not breaking and "suggested bump: patch -> 0.1.1" in text and "now 0.1.1" in text


def test_a_reexport_of_a_generated_class_that_moved_inside_the_package_is_no_change(tmp_path: Path) -> None:
    old = tree(tmp_path / "old", '__all__ = ["Job"]\nfrom instaview_client.models import Job\n')
    new = tree(
        tmp_path / "new", '__all__ = ["Job"]\nfrom instaview_plus._generated.client.models import Job\n'
    )
    assert diff_python_api(old, new) == []
    other = tree(
        tmp_path / "other",
        '__all__ = ["Job"]\nfrom instaview_plus._generated.client.models import Agent as Job\n',
    )
    assert [c.kind for c in diff_python_api(old, other)] == ["python-changed"]
