"""The last release lives in the repository (release/last/): api-diff and the release compare against it
without any tag, and its snapshot reports what the released commit itself would."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tools.api_diff.python_diff import diff_python_objects, dump_snapshot, load_api, load_snapshot
from tools.api_diff.report import baseline_from_record, baseline_from_ref, compare
from tools.release.__main__ import message, report_size
from tools.release.record import RECORD, Record, read_record, write_record

ROOT = Path(__file__).resolve().parents[2]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_the_record_names_a_released_version_and_holds_its_spec() -> None:
    record = read_record()
    meta = json.loads((RECORD / "release.json").read_text(encoding="utf-8"))
    assert meta["spec"] == "instaview.yaml" and meta["python_api"] == "public_api.json"
    assert record.label == f"release/last ({record.version})"
    if record.commit:  # recorded after the fact (0.1.1): the spec is the one of that commit, byte for byte
        assert record.spec_text == _git("show", f"{record.commit}:openapi/instaview.yaml")
        assert f'__version__ = "{record.version}"' in _git(
            "show", f"{record.commit}:instaview_plus/_version.py"
        )


@pytest.mark.slow
def test_api_diff_against_the_record_is_the_diff_against_the_released_commit() -> None:
    record = read_record()
    if not record.commit:
        pytest.skip("the record was written by a release commit; its own commit is checked by the next test")
    from_record = compare(baseline_from_record())[1]
    from_commit = compare(baseline_from_ref(record.commit))[1]
    for key in ("breaking", "bump", "next", "spec", "python", "old_version"):
        assert _untemp(from_record[key]) == _untemp(from_commit[key]), key


def _untemp(value: object) -> str:
    """``value`` as text without the temporary folders the two baselines were unpacked into."""
    import re
    import tempfile

    return re.sub(re.escape(tempfile.gettempdir()) + r"/[^/\s]+/", "", repr(value))


def test_a_snapshot_round_trip_keeps_the_api(tmp_path: Path) -> None:
    package = tmp_path / "tree" / "instaview_plus"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        '__all__ = ["connect", "LIMITS"]\nLIMITS = frozenset({"a", "b"})\n\n'
        "def connect(url: str, timeout: float = 3.0) -> None:\n    pass\n",
        encoding="utf-8",
    )
    api = load_api(tmp_path / "tree")
    record = Record("1.2.3", "2026-12-07", "abc", None, "openapi: 3.1.0\n", dump_snapshot(api))
    write_record(record, tmp_path / "last")
    again = read_record(tmp_path / "last")
    assert again == record
    loaded = load_snapshot(again.api_json)
    assert loaded["connect"].parameters["timeout"].default == "3.0"
    assert "docstring" not in again.api_json


def test_the_snapshot_leaves_the_generated_code_out() -> None:
    api = load_api(ROOT)
    assert "_generated" in api.members
    snapshot = load_snapshot(dump_snapshot(api))
    assert "_generated" not in snapshot.members and "InstaView" in snapshot.members
    assert len(dump_snapshot(api)) < 2_000_000
    # file paths are the tree's own (``instaview_plus/...``), never this checkout's absolute path
    assert str(ROOT) not in dump_snapshot(api)
    assert '"filepath": "instaview_plus/__init__.py"' in dump_snapshot(api)
    assert diff_python_objects(snapshot, load_api(ROOT)) == []  # the tree against its own snapshot


def test_a_missing_record_says_how_to_compare_instead(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nox -s api-diff -- <ref>"):
        read_record(tmp_path)


def test_the_release_message_lists_every_change_and_the_report_size() -> None:
    verdict = {
        "ref": "release/last (0.1.1)",
        "breaking": True,
        "spec": [{"line": "[field-added] A.b: new", "breaking": False}],
        "python": [{"line": "python-breaking x.y: removed", "breaking": True}],
    }
    assert report_size(verdict) == "2 change line(s): 1 spec, 1 Python API, 1 breaking"
    text = message("0.2.0", "minor", verdict, suite_ran=False)
    assert (
        text.splitlines()[0] == "Release 0.2.0: minor bump, api-diff against release/last (0.1.1): breaking"
    )
    assert "(the suite was skipped: --skip-suite)" in text
    assert "spec: [field-added] A.b: new" in text and "python: python-breaking x.y: removed" in text


def test_the_release_commit_holds_every_changed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tools.release import __main__ as release

    def run(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    run("init", "-q")
    for name in ("CHANGELOG.md", "kept.py", "gone.py", "staged.py"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    run("add", ".")
    run("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base")
    (tmp_path / "CHANGELOG.md").write_text("y\n", encoding="utf-8")
    (tmp_path / "gone.py").unlink()
    (tmp_path / "staged.py").write_text("y\n", encoding="utf-8")
    run("add", "staged.py")
    (tmp_path / "new dir").mkdir()
    (tmp_path / "new dir" / "new.py").write_text("y\n", encoding="utf-8")
    (tmp_path / "ignored.txt").write_text("y\n", encoding="utf-8")
    monkeypatch.setattr(release, "ROOT", tmp_path)
    assert release.changed_files() == ["CHANGELOG.md", "gone.py", "new dir/new.py", "staged.py"]
