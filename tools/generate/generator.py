"""Regenerate ``instaview_plus/_generated/{client,spec}`` from the spec, byte-for-byte reproducibly.

The client comes from openapi-python-client (``openapi/generator.yaml``, the custom templates in
``openapi/templates/``), the spec tables from :mod:`tools.generate.spec_tables`; ruff runs isolated from our
lint settings, so the bytes depend only on the spec, those files and the pinned versions
(requirements/generate.txt). The tools are taken from the interpreter's own environment (the nox session's).
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .spec_tables import write_tables

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "instaview.yaml"
GENERATED = ROOT / "instaview_plus" / "_generated"  # inside the one top-level package; never edited by hand
CLIENT, TABLES = "client", "spec"
TARGETS = (CLIENT, TABLES)


def _run(*command: str) -> None:
    """Run a tool of this environment with its bin folder first on PATH and a fixed hash seed."""
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")]),
        "PYTHONHASHSEED": "0",
    }
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def generate_into(root: Path, spec: Path = SPEC) -> int:
    """Clear and regenerate ``root/<client>`` and ``root/<tables>`` from ``spec``; the number of modules."""
    out, tables = root / CLIENT, root / TABLES
    for folder in (out, tables):
        if folder.exists():
            shutil.rmtree(folder)
    root.mkdir(parents=True, exist_ok=True)
    _run(
        "openapi-python-client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(ROOT / "openapi" / "generator.yaml"),
        "--custom-template-path",
        str(ROOT / "openapi" / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
    )
    write_tables(spec, tables)
    _run("ruff", "check", str(tables), "--fix-only", "--isolated", "--no-cache", "--select", "I,F401")
    _run("ruff", "format", str(tables), "--isolated", "--no-cache")
    for leftover in [*root.rglob(".ruff_cache"), *root.rglob("__pycache__")]:
        shutil.rmtree(leftover, ignore_errors=True)
    return sum(1 for folder in (out, tables) for _ in folder.rglob("*.py"))


def _files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def tree_diff(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side, or different bytes)."""
    files_l, files_r = _files(left), _files(right)
    differ = sorted(str(p) for p in files_l ^ files_r)
    differ += sorted(str(p) for p in files_l & files_r if not filecmp.cmp(left / p, right / p, shallow=False))
    return differ


def stale_files(fresh: Path, committed: Path = GENERATED) -> list[str]:
    """The generated files of ``committed`` that differ from a fresh generation in ``fresh`` (same layout)."""
    return [f"{name}/{path}" for name in TARGETS for path in tree_diff(fresh / name, committed / name)]
