"""noxfile.py declares sessions only, with names that cannot be confused, and ``tests`` requires every check;
the system programs a session needs are found, installed, or named with the command that installs them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tools import services
from tools.lock import LOCKS, PYTHONS

ROOT = Path(__file__).resolve().parents[2]
NOXFILE = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))


def _sessions() -> dict[str, dict[str, ast.expr]]:
    found = {}
    for node in NOXFILE.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            if isinstance(deco, ast.Call) and ast.unparse(deco.func) == "nox.session":
                kwargs = {k.arg: k.value for k in deco.keywords if k.arg}
                name = kwargs.get("name")
                found[ast.literal_eval(name) if name else node.name] = kwargs
    return found


def test_session_names_cannot_be_confused() -> None:
    names = set(_sessions())
    assert {
        "generate",
        "check-generated",
        "tests",
        "pytest",
        "lowest",
        "lock",
        "release",
        "api-diff",
    } <= names
    assert not names & {"generated", "test", "pytests"}


def test_tests_requires_every_check_and_every_interpreter() -> None:
    source = ast.unparse(_sessions()["tests"]["requires"])
    for check in ("spec", "check-generated", "lint", "typecheck", "contract", "scale", "docs", "lowest"):
        assert repr(check) in source
    assert "pytest-{v}' for v in PYTHONS" in source
    assert list(PYTHONS) == ["3.11", "3.12", "3.13"]


def test_every_lock_a_session_installs_exists() -> None:
    used = {
        node.args[1].value
        for node in ast.walk(NOXFILE)
        if isinstance(node, ast.Call)
        and ast.unparse(node.func) == "_install"
        and isinstance(node.args[1], ast.Constant)
    }
    assert used <= set(LOCKS), used - set(LOCKS)
    assert {"test", "lowest", "tools"} <= used


def test_a_missing_program_names_its_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.shutil, "which", lambda name: None)
    monkeypatch.setattr(services, "_can_apt", lambda: False)
    with pytest.raises(services.MissingProgram, match=r"apt-get install -y redis-server.*never skipped"):
        services.ensure_program("redis-server", "redis-server", "the Redis checks")
    monkeypatch.setattr(services.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert (
        services.ensure_program("redis-server", "redis-server", "the Redis checks") == "/usr/bin/redis-server"
    )
