"""tools/generate: the stale check names every file that is missing, extra or different."""

from __future__ import annotations

from pathlib import Path

from tools.generate import TARGETS, stale_files
from tools.generate.generator import tree_diff


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_tree_diff_names_missing_extra_and_changed_files(tmp_path: Path) -> None:
    left = _tree(tmp_path / "l", {"a.py": "1", "sub/b.py": "2", "only_left.py": "", "__pycache__/x.pyc": "?"})
    right = _tree(tmp_path / "r", {"a.py": "1", "sub/b.py": "22", "only_right.py": ""})
    assert tree_diff(left, right) == ["only_left.py", "only_right.py", "sub/b.py"]
    assert tree_diff(left, left) == []


def test_stale_files_compares_every_generated_package(tmp_path: Path) -> None:
    files = {f"{name}/__init__.py": '"""x"""\n' for name in TARGETS}
    fresh, committed = _tree(tmp_path / "fresh", files), _tree(tmp_path / "committed", files)
    assert stale_files(fresh, committed) == []
    (committed / TARGETS[-1] / "__init__.py").write_text("edited by hand\n", encoding="utf-8")
    assert stale_files(fresh, committed) == [f"{TARGETS[-1]}/__init__.py"]
