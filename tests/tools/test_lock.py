"""tools/lock.py: the committed locks are current, the lowest lock holds the minimum runtime versions, and a
changed input makes a lock stale (naming the command that refreshes it)."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from tools import lock as locks

ROOT = Path(__file__).resolve().parents[2]


def _pins(path: Path) -> dict[str, str]:
    found = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", path.read_text(encoding="utf-8"), re.M)
    return {name.lower().replace("_", "-"): version for name, version in found}


@pytest.mark.parametrize(
    ("name", "python"),
    [(name, python) for name, lock in locks.LOCKS.items() for python in lock.pythons or (None,)],
)
def test_every_lock_is_committed_and_current(name: str, python: str | None) -> None:
    assert locks.stale(name, python) is None


def test_the_test_tools_are_locked_for_every_supported_interpreter() -> None:
    assert locks.LOCKS["test"].pythons == ("3.11", "3.12", "3.13")
    for python in locks.PYTHONS:
        pins = _pins(locks.lock_path("test", python))
        assert {"pytest", "httpx", "attrs", "python-dateutil", "coverage"} <= set(pins)


def test_the_lowest_lock_holds_the_minimum_of_every_runtime_range() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    pins = _pins(locks.lock_path("lowest", "3.11"))
    for dependency in dependencies:
        name, minimum = re.match(r"([A-Za-z0-9_.\-]+)\s*>=\s*([\d.]+)", dependency).groups()  # type: ignore[union-attr]
        floor = tuple(int(x) for x in minimum.split("."))
        pinned = tuple(int(x) for x in pins[name.lower()].split(".")[: len(floor)])
        assert pinned == floor, f"{name}: locked {pins[name.lower()]}, pyproject allows {minimum}"


def test_a_changed_input_makes_the_lock_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for part in ("requirements", "pyproject.toml"):
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, tmp_path / part)
    monkeypatch.setattr(locks, "ROOT", tmp_path)
    monkeypatch.setattr(locks, "LOCK_DIR", tmp_path / "requirements" / "lock")
    assert locks.stale("test", "3.12") is None
    included = tmp_path / "requirements" / "apidiff.txt"  # reached through test.txt's `-r apidiff.txt`
    included.write_text(included.read_text(encoding="utf-8") + "six==1.17.0\n", encoding="utf-8")
    problem = locks.stale("test", "3.12")
    assert problem is not None and "python3 scripts/nox.py -s lock" in problem
    assert locks.stale("lint", None if not locks.LOCKS["lint"].pythons else "3.11") is None
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"attrs>=23.1"', '"attrs>=24.1"'))
    assert locks.stale("lowest", "3.11") is not None
    (tmp_path / "requirements" / "lock" / "bench-py3.11.txt").unlink()
    assert "is missing" in str(locks.stale("bench", "3.11"))


def test_a_comment_changes_no_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "requirements", tmp_path / "requirements")
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.setattr(locks, "ROOT", tmp_path)
    monkeypatch.setattr(locks, "LOCK_DIR", tmp_path / "requirements" / "lock")
    lint = tmp_path / "requirements" / "lint.txt"
    lint.write_text("# the linter\n" + lint.read_text(encoding="utf-8").replace("\n", "  # pinned\n"))
    assert locks.stale("lint", "3.11") is None
