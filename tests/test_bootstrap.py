"""scripts/nox.py, the README's entry point: which interpreter makes .venv-nox, when it is rebuilt, and that
the README's two commands and .ci/run agree (the end-to-end run with Debian's PEP 668 python3 is manual:
``PATH=/usr/bin:/bin /usr/bin/python3 scripts/nox.py -l`` in a fresh clone)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bootstrap() -> ModuleType:
    spec = importlib.util.spec_from_file_location("nox_bootstrap", ROOT / "scripts" / "nox.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_commands_and_ci_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(python3 scripts/nox\.py -s \w+)\n```", readme)
    assert commands[:2] == ["python3 scripts/nox.py -s quickstart", "python3 scripts/nox.py -s tests"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == commands[1]


def test_candidates_this_interpreter_then_pyenv_newest_first(tmp_path: Path) -> None:
    boot = _bootstrap()
    for version in ("3.10.13", "3.11.7", "3.13.0", "3.12.1"):
        exe = tmp_path / "versions" / version / "bin" / "python3"
        exe.parent.mkdir(parents=True)
        exe.write_text("")
    found = list(boot.candidates(pyenv_root=tmp_path, path=str(tmp_path / "nothing-on-path")))
    assert found[0] == sys.executable
    assert [Path(p).parents[1].name for p in found[1:]] == ["3.13.0", "3.12.1", "3.11.7"]  # 3.10 is too old


def test_an_interpreter_without_venv_is_skipped(tmp_path: Path) -> None:
    boot = _bootstrap()
    no_venv = tmp_path / "python3"
    no_venv.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then echo "No module named venv" >&2; exit 1; fi\n'
        f'exec {sys.executable} "$@"\n'
    )
    no_venv.chmod(0o755)
    assert boot.make_venv(str(no_venv), tmp_path / "venv") is False
    assert not (tmp_path / "venv").exists()


@pytest.mark.slow
def test_a_working_interpreter_makes_the_venv(tmp_path: Path) -> None:
    boot = _bootstrap()
    assert boot.make_venv(sys.executable, tmp_path / "venv") is True
    assert boot.venv_python(tmp_path / "venv").exists()


def test_rebuilt_when_the_pinned_requirements_change(tmp_path: Path) -> None:
    boot = _bootstrap()
    venv, requirements = tmp_path / "venv", tmp_path / "nox.txt"
    requirements.write_text("nox==1\n")
    assert not boot.is_ready(venv, requirements)
    boot.venv_python(venv).parent.mkdir(parents=True)
    boot.venv_python(venv).write_text("")
    (venv / boot.STAMP.name).write_text("nox==1\n")
    assert boot.is_ready(venv, requirements)
    requirements.write_text("nox==2\n")
    assert not boot.is_ready(venv, requirements)
