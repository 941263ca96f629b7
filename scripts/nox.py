"""Run nox from a project-local virtual environment, whatever ``python3`` is: ``python3 scripts/nox.py -s tests``.

Standard library only, so it runs on any Python 3.11+, including a distribution's PEP 668 interpreter
(Debian's ``/usr/bin/python3``: ``pip install`` is refused there, and ``venv``/``ensurepip`` may be missing).
It keeps nox and uv (pinned in ``requirements/nox.txt``, locked with their dependencies in
``requirements/lock/nox.txt``) in ``.venv-nox/`` at the project root (git-ignored) and then runs
``python -m nox`` from it with the arguments given, in the project root. nox makes the sessions'
environments with that uv when it is there (pip otherwise: where uv cannot be installed, nox alone is).

The environment is made, once, with the first interpreter that can make one:

1. the interpreter running this script;
2. pyenv's Python 3.11+ (``$PYENV_ROOT/versions``, default ``~/.pyenv/versions``), newest first;
3. ``python3.13``, ``python3.12``, ``python3.11`` on ``PATH``;
4. as root with ``apt-get`` (Debian/Ubuntu): install ``python3-venv`` for this interpreter, then retry 1.

It is rebuilt when ``requirements/lock/nox.txt`` changes (a copy is kept inside the environment). Nothing is
installed outside ``.venv-nox/`` except, in step 4, the distribution's own venv package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv-nox"
REQUIREMENTS = ROOT / "requirements" / "lock" / "nox.txt"
STAMP = VENV / "requirements-nox.txt"
MIN_VERSION = (3, 11)


def log(message: str) -> None:
    print(f"scripts/nox.py: {message}", file=sys.stderr, flush=True)


def venv_python(venv: Path) -> Path:
    """The interpreter inside ``venv``."""
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def is_ready(venv: Path = VENV, requirements: Path = REQUIREMENTS) -> bool:
    """``venv`` holds nox installed from the current ``requirements``."""
    stamp = venv / STAMP.name
    return venv_python(venv).exists() and stamp.exists() and stamp.read_bytes() == requirements.read_bytes()


def _version(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return (int(out[0]), int(out[1])) if len(out) == 2 else None


def candidates(pyenv_root: Path | None = None, path: str | None = None) -> Iterator[str]:
    """Interpreters to try, in order (see the module docstring), each at most once."""
    seen: set[str] = set()
    root = pyenv_root or Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = [sys.executable]

    def key(p: Path) -> tuple[int, ...]:
        return tuple(int(x) if x.isdigit() else -1 for x in p.parent.parent.name.split("."))

    pyenv = [p for p in (root / "versions").glob("3.*/bin/python3") if key(p)[:2] >= MIN_VERSION]
    found += [str(p) for p in sorted(pyenv, key=key, reverse=True)]
    for minor in (13, 12, 11):
        which = shutil.which(f"python3.{minor}", path=path)
        if which:
            found.append(which)
    for python in found:
        real = os.path.realpath(python)
        if real not in seen:
            seen.add(real)
            yield python


def make_venv(python: str, venv: Path = VENV) -> bool:
    """Create ``venv`` with ``python`` (with pip); False when that interpreter cannot."""
    version = _version(python)
    if version is None or version < MIN_VERSION:
        return False
    shutil.rmtree(venv, ignore_errors=True)
    made = subprocess.run([python, "-m", "venv", str(venv)], capture_output=True, text=True, timeout=600)
    if made.returncode != 0 or not venv_python(venv).exists():
        reason = (made.stderr.strip().splitlines() or ["no interpreter in it"])[-1]
        log(f"{python} cannot create a virtual environment ({reason})")
        shutil.rmtree(venv, ignore_errors=True)
        return False
    pip = subprocess.run([str(venv_python(venv)), "-m", "pip", "--version"], capture_output=True, timeout=120)
    if pip.returncode != 0:
        log(f"{python} made a virtual environment without pip")
        shutil.rmtree(venv, ignore_errors=True)
        return False
    return True


def apt_install_venv() -> bool:
    """As root on Debian/Ubuntu: install this interpreter's venv package (python3-venv, python3.X-venv)."""
    apt = shutil.which("apt-get")
    if apt is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    packages = ["python3-venv", f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"]
    log(f"installing {' '.join(packages)} with apt-get (root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([apt, "update", "-qq"], env=env, check=False)
    done = subprocess.run([apt, "install", "-y", "-qq", *packages], env=env, check=False)
    return done.returncode == 0


def build(venv: Path = VENV, requirements: Path = REQUIREMENTS) -> None:
    """Make ``venv`` with the first interpreter that can, and install nox into it."""
    made = any(make_venv(python, venv) for python in candidates())
    if not made and apt_install_venv():
        made = make_venv(sys.executable, venv)
    if not made:
        raise SystemExit(
            "scripts/nox.py: no Python 3.11+ here can create a virtual environment. Install the venv module"
            " (Debian/Ubuntu: apt-get install python3-venv) or a Python from pyenv/python.org, then rerun."
        )
    log(f"installing {requirements.relative_to(ROOT)} into {venv.relative_to(ROOT)}/")
    pip = [str(venv_python(venv)), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if subprocess.run([*pip, "-r", str(requirements)], check=False).returncode != 0:
        log("installing without uv (nox then makes environments with pip)")
        pins = [line.split(";")[0].strip() for line in requirements.read_text(encoding="utf-8").splitlines()]
        subprocess.run([*pip, *[p for p in pins if p and not p.startswith(("#", "uv=="))]], check=True)
    shutil.copyfile(requirements, venv / STAMP.name)


def main(argv: Sequence[str]) -> int:
    """Bootstrap if needed, then run ``python -m nox *argv`` from ``.venv-nox`` in the project root."""
    if not is_ready():
        build()
    python = str(venv_python(VENV))
    os.chdir(ROOT)
    if os.name == "nt":  # no exec on Windows: wait for the child
        return subprocess.run([python, "-m", "nox", *argv], check=False).returncode
    os.execv(python, [python, "-m", "nox", *argv])
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
