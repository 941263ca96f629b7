"""The package's layers (instaview_plus/README.md): which subpackage may import which, and no import cycle.

Imports are read with ``ast`` from every module of ``instaview_plus`` (imports under ``if TYPE_CHECKING:``
are exempt: they never run). Then every module is imported first in a fresh package (one subprocess), so a
circular import at runtime fails here whatever module a user imports first.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import instaview_plus

PACKAGE = Path(instaview_plus.__file__).parent

FOUNDATION_MODULES = frozenset({"_exceptions", "_types", "_constants", "_version"})
# the generated client and spec tables (instaview_plus/_generated/) import only themselves; every layer may
# import them, as it may the foundation
FOUNDATION = frozenset({"foundation", "_generated"})
BELOW_PIPELINE = FOUNDATION | {"_telemetry"}
# group -> the groups it may import at runtime (besides itself); a group is a top-level module or subpackage
ALLOWED: dict[str, frozenset[str]] = {
    "foundation": frozenset(),
    "_generated": frozenset({"foundation"}),
    "_telemetry": FOUNDATION,
    "_pipeline": BELOW_PIPELINE,
    "_plans": BELOW_PIPELINE | {"_pipeline"},
    "resources": BELOW_PIPELINE | {"_pipeline", "_plans"},
    "_client": BELOW_PIPELINE | {"_pipeline", "_plans", "resources"},
    "models": FOUNDATION | {"_pipeline"},
    "webhooks": FOUNDATION | {"_pipeline"},
    "__init__": BELOW_PIPELINE | {"_pipeline", "_plans", "resources", "_client", "models", "webhooks"},
    "testing": BELOW_PIPELINE
    | {"_pipeline", "_plans", "resources", "_client", "models", "webhooks", "__init__"},
    "cli": BELOW_PIPELINE
    | {"_pipeline", "_plans", "resources", "_client", "models", "webhooks", "__init__", "testing"},
    "__main__": frozenset({"cli"}),
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ["instaview_plus", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _group(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    return "foundation" if parts[1] in FOUNDATION_MODULES else parts[1]


def _runtime_imports(module: str, path: Path) -> list[tuple[int, str]]:
    """``(line, imported module)`` for every ``instaview_plus`` import outside ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if node.module is None:  # ``from . import x``: each name is a module of that package
                found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, target))
    return [(line, name) for line, name in found if name.split(".")[0] == "instaview_plus"]


def _violations(modules: dict[str, Path]) -> list[str]:
    out = []
    for module, path in modules.items():
        group = _group(module)
        allowed = ALLOWED.get(group)
        if allowed is None:
            out.append(f"{module}: its group {group!r} has no place in the layers (add it to ALLOWED)")
            continue
        for line, target in _runtime_imports(module, path):
            target_group = _group(target)
            if target_group != group and target_group not in allowed:
                out.append(f"{module}:{line}: {group} may not import {target}")
    return out


def test_every_import_follows_the_layers() -> None:
    assert _violations(_modules()) == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: a plan importing a resource, a pipeline module importing the client."""
    plan = tmp_path / "plan.py"
    plan.write_text("from ..resources._base import SyncAPIResource\n")
    step = tmp_path / "step.py"
    step.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .._client import InstaView\n"
        "def f():\n    from .._client.client import InstaView\n"
    )
    found = _violations({"instaview_plus._plans.plan": plan, "instaview_plus._pipeline.step": step})
    assert (
        [v.split(": ", 1)[1] for v in found]
        == [
            "_plans may not import instaview_plus.resources._base",
            "_pipeline may not import instaview_plus._client.client",  # a lazy import counts; TYPE_CHECKING does not
        ]
    )


_FRESH_IMPORTS = """
import importlib, json, sys
failed = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "instaview_plus" or m.startswith("instaview_plus.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("instaview_plus"):
            failed[name] = repr(exc)
    except Exception as exc:
        failed[name] = repr(exc)
print(json.dumps(failed))
"""


def test_every_module_imports_first_without_a_cycle() -> None:
    names = sorted(_modules())
    done = subprocess.run(
        [sys.executable, "-c", _FRESH_IMPORTS, json.dumps(names)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert json.loads(done.stdout.splitlines()[-1]) == {}
