"""The locked toolchain: which requirements each nox session installs, compiled per interpreter by uv.

``python3 scripts/nox.py -s lock`` (``python -m tools.lock``) rewrites every file of ``requirements/lock/``
with ``uv pip compile`` (universal: one file serves every platform of that Python version). A lock names the
inputs it was compiled from and their digest; a session refuses to install from a lock whose inputs changed
since (``stale``), naming the command that refreshes it. The hand-kept inputs stay in ``requirements/*.txt``
(direct tools, pinned ``==``) and ``pyproject.toml`` (the runtime dependencies, as ranges).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LOCKS", "PYTHONS", "Lock", "compile_lock", "digest", "lock_path", "stale"]

ROOT = Path(__file__).resolve().parents[1]
LOCK_DIR = ROOT / "requirements" / "lock"
PYTHONS = ("3.11", "3.12", "3.13")
REFRESH = "python3 scripts/nox.py -s lock"


@dataclass(frozen=True)
class Lock:
    """One locked environment: its requirement files, whether the project's runtime dependencies (and which
    extras) are in it, the interpreters it is compiled for and uv's resolution strategy."""

    requirements: tuple[str, ...]
    project: bool = True
    extras: tuple[str, ...] = ()
    pythons: tuple[str, ...] = PYTHONS[:1]
    resolution: str = "highest"


LOCKS: dict[str, Lock] = {
    "tools": Lock(("requirements/generate.txt", "requirements/apidiff.txt"), project=False),
    # nox -s completeness: regenerates, then runs the completeness tests
    "completeness": Lock(("requirements/generate.txt", "requirements/test.txt")),
    "lint": Lock(("requirements/lint.txt",), project=False),
    "typecheck": Lock(("requirements/typecheck.txt",), extras=("redis",)),
    "test": Lock(("requirements/test.txt",), pythons=PYTHONS),
    # the minimum runtime versions pyproject.toml allows (httpx, attrs, python-dateutil), tools as pinned
    "lowest": Lock(("requirements/test.txt",), resolution="lowest-direct"),
    "contract": Lock(("requirements/test.txt", "requirements/schemathesis.txt")),
    "scale": Lock(("requirements/test.txt", "requirements/scale.txt"), extras=("redis",)),
    "docs": Lock(("requirements/docs.txt", "requirements/test.txt")),
    "bench": Lock(("requirements/bench.txt", "requirements/bench-redis.txt")),
    "runtime": Lock(()),
    "nox": Lock(("requirements/nox.txt",), project=False, pythons=()),  # scripts/nox.py: any Python 3.11+
}


def lock_path(name: str, python: str | None) -> Path:
    """``requirements/lock/<name>-py<python>.txt`` (``<name>.txt`` for a lock that serves any version)."""
    return LOCK_DIR / (f"{name}-py{python}.txt" if python else f"{name}.txt")


def _included(path: Path) -> Iterator[Path]:
    """``path`` and the requirement files it includes with ``-r``, recursively."""
    yield path
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*(?:-r|--requirement)\s+(\S+)", line)
        if match:
            yield from _included(path.parent / match.group(1))


def _requirements(path: Path) -> str:
    """The requirement lines of ``path``, without comments and blank lines (a comment changes no lock)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return "\n".join(line for line in lines if line)


def _project_dependencies(extras: Sequence[str]) -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    optional = project.get("optional-dependencies", {})
    chosen = [project.get("requires-python", ""), *project.get("dependencies", [])]
    chosen += [f"[{extra}] {dep}" for extra in extras for dep in optional.get(extra, [])]
    return "\n".join(chosen)


def digest(lock: Lock) -> str:
    """A digest of what ``lock`` is compiled from: its requirement files' lines (with their includes), the
    project's runtime dependencies and extras, and the resolution strategy."""
    sha = hashlib.sha256(lock.resolution.encode())
    for requirement in lock.requirements:
        for path in _included(ROOT / requirement):
            sha.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + _requirements(path).encode())
    if lock.project:
        sha.update(_project_dependencies(lock.extras).encode())
    return sha.hexdigest()[:16]


def _header(name: str, lock: Lock, python: str | None) -> str:
    inputs = [*lock.requirements, *(["pyproject.toml"] if lock.project else [])]
    extras = f" extras {','.join(lock.extras)}" if lock.extras else ""
    version = f"Python {python}" if python else "any Python 3.11+"
    return (
        f"# Locked for {version} by `{REFRESH}` (uv pip compile --universal, resolution {lock.resolution}):"
        " do not edit.\n"
        f"# lock {name}: {' '.join(inputs)}{extras}\n"
        f"# inputs-digest: {digest(lock)}\n"
    )


def stale(name: str, python: str | None) -> str | None:
    """Why the lock ``name`` for ``python`` cannot be installed as it is (missing, or its inputs changed);
    None when it is current."""
    path = lock_path(name, python if LOCKS[name].pythons else None)
    if not path.is_file():
        return f"{path.relative_to(ROOT)} is missing: run `{REFRESH}`"
    found = re.search(r"^# inputs-digest: (\w+)$", path.read_text(encoding="utf-8"), re.M)
    if found is None or found.group(1) != digest(LOCKS[name]):
        return (
            f"{path.relative_to(ROOT)} is stale (its inputs changed since it was compiled): run `{REFRESH}`"
            " and commit requirements/lock/"
        )
    return None


def compile_lock(name: str, python: str | None, uv: Sequence[str]) -> Path:
    """Compile the lock ``name`` for ``python`` with the ``uv`` command given; the file written."""
    lock = LOCKS[name]
    path = lock_path(name, python)
    command = [*uv, "pip", "compile", "--universal", "--quiet", "--no-header", "--no-annotate"]
    command += ["--resolution", lock.resolution, "--python-version", python or "3.11"]
    command += [*lock.requirements, *(["pyproject.toml"] if lock.project else [])]
    command += [arg for extra in lock.extras for arg in ("--extra", extra)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_header(name, lock, python) + done.stdout, encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.lock", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--uv", default=f"{sys.executable} -m uv", help="the uv command (default: this Python's)"
    )
    parser.add_argument("names", nargs="*", help=f"only these locks (default: all of {', '.join(LOCKS)})")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(LOCKS))
    if unknown:
        parser.error(f"no lock named {', '.join(unknown)} (locks: {', '.join(LOCKS)})")
    uv = args.uv.split()
    written = []
    for name in args.names or LOCKS:
        for python in LOCKS[name].pythons or (None,):
            written.append(compile_lock(name, python, uv))
    for path in sorted(set(LOCK_DIR.glob("*.txt")) - set(written)) if not args.names else []:
        path.unlink()  # a lock no session uses any more
    print(f"{len(written)} lock file(s) written in {LOCK_DIR.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
