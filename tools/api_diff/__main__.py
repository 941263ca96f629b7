"""``python -m tools.api_diff [REF] [--allow-breaking] [--json FILE]`` (``nox -s api-diff -- ...``).

Compares ``openapi/instaview.yaml`` and the public Python API of ``instaview_plus`` with the last release as
recorded in the repository (``release/last/``), or with the git ``REF`` when one is given (a tag, a commit),
prints the changes grouped breaking / non-breaking, suggests the semver bump, and exits 1 when anything is
breaking (unless ``--allow-breaking``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from .report import baseline_from_record, baseline_from_ref, commit_exists, compare


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s api-diff --", description=__doc__.split("\n")[0])
    parser.add_argument(
        "ref", nargs="?", help="a git ref to compare with (default: the release/last/ record)"
    )
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even on breaking changes")
    parser.add_argument("--old-spec", type=Path, help="compare this spec file instead of the baseline's spec")
    parser.add_argument(
        "--json", type=Path, help="also write the verdict (bump, grouped changes) to this file"
    )
    args = parser.parse_args(argv)
    if args.ref is not None and not commit_exists(args.ref):
        print(f"api-diff: {args.ref!r} is not a commit in this repository", file=sys.stderr)
        return 2
    try:
        baseline = baseline_from_ref(args.ref) if args.ref else baseline_from_record()
    except FileNotFoundError as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return 2
    if args.old_spec:
        spec = yaml.safe_load(args.old_spec.read_text("utf-8"))
        baseline = dataclasses.replace(baseline, label=f"{baseline.label} (spec: {args.old_spec})", spec=spec)
    text, verdict = compare(baseline)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(verdict, indent=2) + "\n", encoding="utf-8")
    if verdict["breaking"] and not args.allow_breaking:
        print("Exit 1: breaking changes (pass --allow-breaking to accept them).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
