"""``python -m tools.prism [PYTEST ARGS]`` (``nox -s contract``): the SDK against Prism, a mock server built
from the spec.

Installs Prism with ``npm ci`` (package.json, package-lock.json; a machine without npm fails plainly, never a
skip), serves openapi/instaview.yaml on a free port of 127.0.0.1 with ``--errors`` (a request or an answer
that violates the spec becomes an error response), runs pytest on the contract tests with
``PRISM_MOCK_URL`` set, and stops Prism by its pid.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "instaview.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0
TESTS = ("tests/contract/test_prism.py", "tests/contract/test_seed_workflow_node.py")


def free_port() -> int:
    """A TCP port of 127.0.0.1 that is free now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def install_prism() -> None:
    """``npm ci`` from package-lock.json (no install scripts: Prism needs none)."""
    if shutil.which("npm") is None:
        raise SystemExit(
            "the contract check needs Node.js 20+ and npm on PATH to install Prism (package.json,"
            " package-lock.json); npm was not found. Install Node.js and rerun `nox -s contract`:"
            " this check is never skipped."
        )
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    if not PRISM.exists():
        raise SystemExit(
            f"`npm ci` finished but {PRISM.relative_to(ROOT)} is missing: Prism is not installed"
        )


def _wait_listening(prism: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while "Prism is listening" not in log_path.read_text(encoding="utf-8"):
        if prism.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(
                f"Prism did not start (exit code {prism.poll()}):\n{log_path.read_text(encoding='utf-8')}"
            )
        time.sleep(0.2)


def run_against_prism(pytest_args: Sequence[str], log_path: Path) -> int:
    """Start Prism, run the contract tests against it, stop it; pytest's exit code."""
    port = free_port()
    with log_path.open("w", encoding="utf-8") as log:
        prism = subprocess.Popen(
            [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port), "--errors"],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    try:
        _wait_listening(prism, log_path)
        print(f"Prism is serving {SPEC.relative_to(ROOT)} on http://127.0.0.1:{port}", flush=True)
        env = {**os.environ, "PRISM_MOCK_URL": f"http://127.0.0.1:{port}"}
        command = [
            sys.executable,
            "-m",
            "pytest",
            *TESTS,
            "-q",
            "-p",
            "no:cacheprovider",
            "-rs",
            *pytest_args,
        ]
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            problems = [line for line in log_path.read_text(encoding="utf-8").splitlines() if "error" in line]
            print("Prism errors:\n" + "\n".join(problems[-20:]), file=sys.stderr)
        return code
    finally:
        prism.terminate()
        try:
            prism.wait(timeout=10)
        except subprocess.TimeoutExpired:
            prism.kill()
            prism.wait(timeout=10)


def main(argv: Sequence[str] | None = None) -> int:
    install_prism()
    with tempfile.TemporaryDirectory() as tmp:
        return run_against_prism(list(sys.argv[1:] if argv is None else argv), Path(tmp) / "prism.log")


if __name__ == "__main__":
    raise SystemExit(main())
