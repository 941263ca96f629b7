"""System programs the sessions need (redis-server, chromium): found on PATH, else installed with apt-get
when running as root on Debian/Ubuntu, else a plain error naming the install command. Never a skip."""

from __future__ import annotations

import os
import shutil
import subprocess

__all__ = ["MissingProgram", "ensure_program"]

APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


class MissingProgram(RuntimeError):
    """A program a check needs is not on PATH and cannot be installed here."""


def _can_apt() -> bool:
    return shutil.which("apt-get") is not None and hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_program(program: str, package: str, needed_for: str) -> str:
    """The path of ``program``, installing Debian's ``package`` with apt-get first when missing (as root)."""
    found = shutil.which(program)
    if found:
        return found
    if not _can_apt():
        raise MissingProgram(
            f"{needed_for} needs `{program}`, which is not on PATH, and this is not a root Debian/Ubuntu shell"
            f" to install it: run `sudo apt-get install -y {package}` and retry. This check is never skipped."
        )
    subprocess.run(["apt-get", "update", "-qq"], env=APT_ENV, check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", package], env=APT_ENV, check=True
    )
    found = shutil.which(program)
    if not found:
        raise MissingProgram(f"`apt-get install {package}` finished but `{program}` is still not on PATH")
    return found
