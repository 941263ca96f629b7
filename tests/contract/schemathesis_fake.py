"""Fuzz the embedded fake with schemathesis against openapi/instaview.yaml.

Run: ``python tests/contract/schemathesis_fake.py`` (needs ``requirements/schemathesis.txt`` and ``-e .``;
``nox -s schemathesis`` installs both). It serves one ``FakeInstaView`` on 127.0.0.1 (free port), then runs
the schemathesis CLI (examples, coverage and fuzzing phases; positive and negative data) in three passes,
each with the credential its operations need:

- a regular API key with every scope: every operation but ``POST /api-keys`` and ``DELETE /company/{id}``;
- an ATS key: the ``/company`` operations (only ATS keys create, list and delete child companies);
- an admin token: ``POST /api-keys``.

Checks: not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance
and response_headers_conformance. Bounded: ``--max-examples`` test cases per operation and phase, one
wall-clock cap (``--max-seconds``) for all passes. Prints operations, test cases and failures per pass and
in total; exits 1 on any failure, error or timeout, 2 when schemathesis is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "instaview.yaml"
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
)
API_KEY = "sk_test_schemathesis_regular"
ATS_KEY = "sk_test_schemathesis_ats"
ADMIN_TOKEN = "admin_schemathesis"  # the fake accepts any admin_* bearer token on POST /api-keys
COMPANY_OPERATIONS = ("createCompany", "listCompanies", "getCompany", "updateCompany", "deleteCompany")


@dataclass
class Pass:
    """One schemathesis run: a name, the bearer token and the operation filter."""

    name: str
    token: str
    filters: tuple[str, ...]


@dataclass
class Outcome:
    """What one pass reported."""

    name: str
    exit_code: int
    operations: int
    cases: int
    failures: int
    errors: int
    seconds: float


PASSES = (
    # deleteCompany is left to the ATS pass: schemathesis reuses ids it has seen, and a regular key that
    # deletes its own company is revoked with it, turning the rest of the run into 401s
    Pass(
        "regular key",
        API_KEY,
        ("--exclude-operation-id", "createApiKey", "--exclude-operation-id", "deleteCompany"),
    ),
    Pass(
        "ATS key", ATS_KEY, tuple(arg for op in COMPANY_OPERATIONS for arg in ("--include-operation-id", op))
    ),
    Pass("admin token", ADMIN_TOKEN, ("--include-operation-id", "createApiKey")),
)


def _counts(report: Path) -> tuple[int, int, int, int]:
    """(operations tested, test cases, failures, errors) from schemathesis' ndjson event stream."""
    operations: set[str] = set()
    cases = failures = errors = 0
    if not report.exists():
        return 0, 0, 0, 0
    for line in report.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        (kind, data), *_ = event.items()
        if kind == "ScenarioFinished":
            recorder = data.get("recorder") or {}
            label = recorder.get("label")
            if label:
                operations.add(label)
            cases += len(recorder.get("cases") or {})
            for checks in (recorder.get("checks") or {}).values():
                failures += sum(1 for check in checks if check.get("status") == "failure")
        elif kind in ("NonFatalError", "FatalError"):
            errors += 1
    return len(operations), cases, failures, errors


def _run_pass(
    spec: Path, base_url: str, one: Pass, args: argparse.Namespace, deadline: float, tmp: Path
) -> Outcome:
    report = tmp / f"{one.name.replace(' ', '-')}.ndjson"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(spec),
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {one.token}",
        "--checks",
        ",".join(CHECKS),
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(args.max_examples),
        "--seed",
        str(args.seed),
        "--workers",
        "1",  # the coverage phase's Hypothesis lambdas are not thread-safe on CPython 3.11's ast module
        "--generation-database",
        "none",
        "--generation-with-security-parameters",
        "false",  # keep our Authorization header; missing/invalid keys are the pytest suite's business
        "--request-timeout",
        "10",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(report),
        "--no-color",
        *one.filters,
    ]
    started = time.monotonic()
    remaining = deadline - started
    if remaining <= 0:
        print(f"[{one.name}] not started: the wall-clock cap of {args.max_seconds:.0f} s is spent")
        return Outcome(one.name, 1, 0, 0, 0, 1, 0.0)
    try:
        completed = subprocess.run(  # cwd=tmp: schemathesis writes its .schemathesis/ cache there
            command, capture_output=True, text=True, timeout=remaining, check=False, cwd=tmp
        )
        exit_code, output = completed.returncode, completed.stdout + completed.stderr
    except subprocess.TimeoutExpired as exc:
        exit_code = 1
        output = (
            exc.stdout or ""
        ) + f"\n[{one.name}] stopped: wall-clock cap of {args.max_seconds:.0f} s reached\n"
        output = output if isinstance(output, str) else output.decode("utf-8", "replace")
    seconds = time.monotonic() - started
    operations, cases, failures, errors = _counts(report)
    if exit_code != 0 or args.verbose:
        print(output)
    print(
        f"[{one.name}] {operations} operations, {cases} test cases, {failures} failed checks, "
        f"{errors} errors, exit {exit_code}, {seconds:.1f} s"
    )
    return Outcome(one.name, exit_code, operations, cases, failures, errors, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=50, help="test cases per operation and phase")
    parser.add_argument(
        "--seed", type=int, default=1, help="schemathesis/Hypothesis seed (fixed: reproducible)"
    )
    parser.add_argument("--max-seconds", type=float, default=150.0, help="wall-clock cap for all passes")
    parser.add_argument(
        "--verbose", action="store_true", help="print schemathesis' own output for every pass"
    )
    args = parser.parse_args(argv)
    if importlib.util.find_spec("schemathesis") is None:
        print(
            "schemathesis is not installed: pip install -r requirements/schemathesis.txt -e .",
            file=sys.stderr,
        )
        return 2

    from instaview_plus.testing import FakeInstaView

    fake = FakeInstaView(seed=0, rate_limit_per_minute=10**7, rate_limit_per_hour=10**8)
    fake.add_api_key(API_KEY)
    fake.add_api_key(ATS_KEY, ats=True)
    deadline = time.monotonic() + args.max_seconds
    outcomes: list[Outcome] = []
    with fake.serve() as base_url, tempfile.TemporaryDirectory(prefix="schemathesis-fake-") as tmp:
        print(
            f"schemathesis {'/'.join(CHECKS)} against the fake at {base_url} (spec {SPEC.relative_to(ROOT)})"
        )
        for one in PASSES:
            outcomes.append(_run_pass(SPEC, base_url, one, args, deadline, Path(tmp)))
    operations = sum(o.operations for o in outcomes)
    cases = sum(o.cases for o in outcomes)
    failures = sum(o.failures for o in outcomes)
    errors = sum(o.errors for o in outcomes)
    seconds = sum(o.seconds for o in outcomes)
    ok = all(o.exit_code == 0 for o in outcomes) and failures == 0 and errors == 0 and cases > 0
    print(
        f"schemathesis total: {operations} operation runs, {cases} test cases, {failures} failed checks, "
        f"{errors} errors in {seconds:.1f} s: {'PASSED' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
