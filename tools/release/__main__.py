"""``python -m tools.release [--bump ...] [--dry-run] [--skip-suite] [--against REF]`` (``nox -s release``).

1. regenerates the generated packages from the spec (as ``nox -s generate``);
2. runs api-diff against the last release recorded in ``release/last/`` (or ``--against`` a git ref) and
   prints the report and its size;
3. chooses the bump from the verdict (``--bump`` may only choose a larger one);
4. ``--dry-run`` stops here: it lists what the release commit would hold and writes nothing but the
   regeneration;
5. runs the whole suite (``python3 scripts/nox.py -s tests``) unless ``--skip-suite``;
6. writes the version, the CHANGELOG entry (the ``## Unreleased`` notes with the api-diff lines) and the new
   record in ``release/last/``;
7. commits everything that changed, in one commit (the spec, its regeneration, the adaptation, the
   version, the CHANGELOG, the record), and adds the annotated tag ``v<version>`` (an extra: nothing reads
   it). Never pushes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tools.api_diff.python_diff import dump_snapshot, load_api
from tools.api_diff.report import Baseline, baseline_from_record, baseline_from_ref, compare
from tools.generate import GENERATED, generate_into

from .notes import BUMPS, SmallerBump, bumped, changelog_entry, choose_bump, with_version
from .record import RECORD, Record, write_record

ROOT = Path(__file__).resolve().parents[2]
VERSION_FILE = ROOT / "instaview_plus" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
SPEC = ROOT / "openapi" / "instaview.yaml"


def git(*args: str) -> str:
    """``git *args`` in the project root; its stdout, stripped (a failure raises)."""
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)
    return done.stdout.strip()


def changed_files() -> list[str]:
    """Every path the release commit would hold: modified, deleted and untracked (not ignored) files."""
    unstaged = git("ls-files", "--modified", "--deleted", "--others", "--exclude-standard")
    staged = git("diff", "--cached", "--name-only")
    return sorted({*unstaged.splitlines(), *staged.splitlines()})


def report_size(verdict: dict[str, Any]) -> str:
    """``N lines (S spec, P Python API change(s), B breaking)``: what a maintainer reads by hand."""
    lines = [*verdict["spec"], *verdict["python"]]
    breaking = sum(1 for line in lines if line["breaking"])
    return (
        f"{len(lines)} change line(s): {len(verdict['spec'])} spec, {len(verdict['python'])} Python API,"
        f" {breaking} breaking"
    )


def summary(version: str, part: str, verdict: dict[str, Any]) -> str:
    """The release commit's subject."""
    kind = "breaking" if verdict["breaking"] else "non-breaking"
    return f"Release {version}: {part} bump, api-diff against {verdict['ref']}: {kind}"


def message(version: str, part: str, verdict: dict[str, Any], suite_ran: bool) -> str:
    """The release commit's (and tag's) message: the subject and every change line."""
    lines = [summary(version, part, verdict), ""]
    if not suite_ran:
        lines += ["(the suite was skipped: --skip-suite)", ""]
    lines += [f"spec: {c['line']}" for c in verdict["spec"]]
    lines += [f"python: {c['line']}" for c in verdict["python"]]
    return "\n".join(lines) + "\n"


def write_release(version: str, verdict: dict[str, Any], today: str, base: str) -> None:
    """The version file, the CHANGELOG entry and the new record in ``release/last/``."""
    VERSION_FILE.write_text(with_version(VERSION_FILE.read_text(encoding="utf-8"), version), encoding="utf-8")
    CHANGELOG.write_text(
        changelog_entry(CHANGELOG.read_text(encoding="utf-8"), version, verdict, today), encoding="utf-8"
    )
    record = Record(
        version=version,
        date=today,
        base=base,
        commit=None,
        spec_text=SPEC.read_text(encoding="utf-8"),
        api_json=dump_snapshot(load_api(ROOT)),
    )
    write_record(record, RECORD)


def record_from_commit(commit: str) -> Record:
    """The record of a release made before records existed, from its release commit (0.1.1: cb4261d)."""
    baseline = baseline_from_ref(commit)
    snapshot = dump_snapshot(baseline.api)
    full = git("rev-parse", f"{commit}^{{commit}}")
    return Record(
        version=baseline.version,
        date=git("log", "-1", "--format=%cs", full),
        base=git("rev-parse", f"{full}^"),
        commit=full,
        spec_text=git("show", f"{full}:openapi/instaview.yaml") + "\n",
        api_json=snapshot,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s release --", description=__doc__.split("\n")[0])
    parser.add_argument("--bump", choices=BUMPS, help="a larger bump than the verdict's (never smaller)")
    parser.add_argument(
        "--dry-run", action="store_true", help="report and stop: no version, record or commit"
    )
    parser.add_argument("--skip-suite", action="store_true", help="do not run the suite (trying it out only)")
    parser.add_argument("--against", metavar="REF", help="compare with a git ref instead of release/last/")
    parser.add_argument("--today", default=dt.datetime.now(dt.UTC).date().isoformat(), help=argparse.SUPPRESS)
    parser.add_argument(
        "--record-from",
        metavar="COMMIT",
        help="only write release/last/ for a release made before records existed, from its commit",
    )
    args = parser.parse_args(argv)
    if args.record_from:
        record = record_from_commit(args.record_from)
        write_record(record, RECORD)
        print(f"recorded {record.version} ({record.commit}) in {RECORD.relative_to(ROOT)}/")
        return 0

    count = generate_into(GENERATED)
    print(f"regenerated {count} modules into {GENERATED.relative_to(ROOT)}/")
    baseline: Baseline = baseline_from_ref(args.against) if args.against else baseline_from_record()
    text, verdict = compare(baseline)
    print(text)
    print(f"report size: {report_size(verdict)}")
    try:
        part = choose_bump(verdict, args.bump)
    except SmallerBump as exc:
        print(exc, file=sys.stderr)
        return 2
    version = bumped(baseline.version, part)
    if git("tag", "--list", f"v{version}"):
        print(f"tag v{version} exists already: {version} was released", file=sys.stderr)
        return 2
    print(f"release {baseline.version} -> {version} ({part}; api-diff verdict: {verdict['bump']})")
    files = changed_files()
    if args.dry_run:
        print(f"--dry-run: stopping here. The release commit would hold {len(files)} changed file(s)", end="")
        print(", with the version, CHANGELOG.md and release/last/" + (":" if files else "."))
        print("".join(f"  {path}\n" for path in files), end="")
        return 0

    if args.skip_suite:
        print("--skip-suite: the suite was NOT run; this release is unchecked (say so if you keep it)")
    else:
        suite = subprocess.run([sys.executable, str(ROOT / "scripts" / "nox.py"), "-s", "tests"], cwd=ROOT)
        if suite.returncode != 0:
            print("the suite failed: nothing was written or committed", file=sys.stderr)
            return 1
    write_release(version, verdict, args.today, git("rev-parse", "HEAD"))
    git("add", "--all")
    text_message = message(version, part, verdict, suite_ran=not args.skip_suite)
    git("commit", "-q", "-m", text_message)
    git("tag", "-a", f"v{version}", "-m", text_message)
    held = git("show", "--stat", "--format=", "HEAD").splitlines()
    print(f"committed {git('rev-parse', '--short', 'HEAD')}: {summary(version, part, verdict)}")
    print(f"  {held[-1].strip() if held else ''}; tagged v{version} (an extra; not pushed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
