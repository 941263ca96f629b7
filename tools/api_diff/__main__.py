"""``python -m tools.api_diff [REF] [--allow-breaking]`` (``nox -s api-diff -- REF``): one report.

Compares ``openapi/instaview.yaml`` and the public Python API of ``instaview_plus`` at the git ``REF`` with
the working tree, prints the changes grouped breaking / non-breaking, suggests the semver bump, and exits 1
when anything is breaking (unless ``--allow-breaking``). Without ``REF``: the latest tag reachable from
HEAD, or HEAD itself when there is no tag yet.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .python_diff import diff_python_api
from .spec_diff import Change, diff_specs

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("openapi") / "instaview.yaml"
VERSION_FILE = Path("instaview_plus") / "_version.py"
TREES = (str(SPEC), "instaview_plus", "generated")


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, timeout=120).stdout


def default_ref() -> str:
    """The latest release tag (``v*``) reachable from HEAD, else HEAD."""
    try:
        return _git("describe", "--tags", "--abbrev=0", "--match", "v*").decode().strip() or "HEAD"
    except subprocess.CalledProcessError:
        return "HEAD"


def extract(ref: str, into: Path) -> None:
    """The spec, the layer and generated/ as they are at ``ref`` (``git archive``), below ``into``."""
    data = _git("archive", "--format=tar", ref, "--", *TREES)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")


def read_version(root: Path) -> str:
    match = re.search(r"""__version__\s*=\s*["']([^"']+)["']""", (root / VERSION_FILE).read_text("utf-8"))
    return match.group(1) if match else "0.0.0"


def suggest_bump(version: str, breaking: bool, additive: bool) -> tuple[str, str]:
    """(part, next version) by semver; below 1.0 a breaking change bumps the minor, anything else the patch."""
    major, minor, patch = (int(x) for x in re.findall(r"\d+", version)[:3])
    if major == 0:
        return ("minor", f"0.{minor + 1}.0") if breaking else ("patch", f"0.{minor}.{patch + 1}")
    if breaking:
        return "major", f"{major + 1}.0.0"
    if additive:
        return "minor", f"{major}.{minor + 1}.0"
    return "patch", f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True)
class Grouped:
    """One change, reported once: where (a schema's property, else the operation's place) and where it shows."""

    kind: str
    where: str
    breaking: bool
    message: str
    places: tuple[str, ...]


def _place(location: str) -> str:
    """``GET /company/{id} 200<X>.a`` -> ``GET /company/{id}``; ``webhook PING payload.x`` -> ``webhook PING``."""
    return " ".join(location.split(" ")[:2])


def group(changes: Sequence[Change]) -> list[Grouped]:
    """Changes with the same kind, schema place, verdict and message as one line (a schema used by several
    operations and response shapes changed once)."""
    merged: dict[tuple[str, str, bool, str], list[str]] = {}
    for c in changes:
        key = (c.kind, c.schema or c.location, c.breaking, c.message)
        merged.setdefault(key, []).append(_place(c.location) if c.schema else c.location)
    return sorted(
        (
            Grouped(k, w, b, m, tuple(dict.fromkeys(sorted(places))))
            for (k, w, b, m), places in merged.items()
        ),
        key=lambda g: (g.where, g.kind, g.message),
    )


def format_change(g: Grouped) -> str:
    line = f"[{g.kind}] {g.where}: {g.message}"
    if g.places != (g.where,):
        shown = ", ".join(g.places[:6]) + (f", +{len(g.places) - 6} more" if len(g.places) > 6 else "")
        line += f" (in {shown})"
    return line


def _section(title: str, changes: Sequence[Change]) -> list[str]:
    grouped = group(changes)
    lines = [f"{title}: {len(grouped)} change(s), {sum(g.breaking for g in grouped)} breaking"]
    for label, breaking in (("Breaking", True), ("Non-breaking", False)):
        selected = [g for g in grouped if g.breaking is breaking]
        if selected:
            lines.append(f"  {label}:")
            lines += [f"    - {format_change(g)}" for g in selected]
    return lines


def verdict(
    ref: str, spec_changes: Sequence[Change], py_changes: Sequence[Change], old_version: str
) -> dict[str, Any]:
    """The machine-readable verdict ``nox -s release`` reads (``--json FILE``)."""
    everything = [*spec_changes, *py_changes]
    breaking = any(c.breaking for c in everything)
    part, nxt = suggest_bump(old_version, breaking, bool(everything))
    return {
        "ref": ref,
        "old_version": old_version,
        "breaking": breaking,
        "changed": bool(everything),
        "bump": part,
        "next": nxt,
        "spec": [{"line": format_change(g), "breaking": g.breaking} for g in group(spec_changes)],
        "python": [{"line": format_change(g), "breaking": g.breaking} for g in group(py_changes)],
    }


def render(
    ref: str,
    spec_changes: Sequence[Change],
    py_changes: Sequence[Change],
    versions: tuple[str, str],
    spec_versions: tuple[Any, Any],
) -> tuple[str, bool]:
    """The report text, and whether anything is breaking."""
    everything = [*spec_changes, *py_changes]
    breaking = any(c.breaking for c in everything)
    part, nxt = suggest_bump(versions[0], breaking, bool(everything))
    lines = [f"API diff: {ref} -> working tree", ""]
    lines += _section(f"Spec {SPEC} (info.version {spec_versions[0]} -> {spec_versions[1]})", spec_changes)
    lines += ["", *_section("Python API of instaview_plus (griffe)", py_changes), ""]
    now = "unchanged" if versions[0] == versions[1] else f"now {versions[1]}"
    lines.append(f"Version: {versions[0]} at {ref} ({now}); suggested bump: {part} -> {nxt}")
    if not everything:
        lines.append("Result: no API change (a patch release at most)")
    else:
        lines.append("Result: " + ("BREAKING" if breaking else "non-breaking"))
    return "\n".join(lines), breaking


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s api-diff --", description=__doc__.split("\n")[0])
    parser.add_argument("ref", nargs="?", help="git ref to compare with (default: latest tag, else HEAD)")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even on breaking changes")
    parser.add_argument(
        "--old-spec",
        type=Path,
        help="compare this spec file instead of the spec at REF (the Python API still uses REF)",
    )
    parser.add_argument(
        "--json", type=Path, help="also write the verdict (bump, grouped changes) to this file"
    )
    args = parser.parse_args(argv)
    ref = args.ref or default_ref()
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except subprocess.CalledProcessError:
        print(f"api-diff: {ref!r} is not a commit in this repository", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        old_root = Path(tmp)
        extract(ref, old_root)
        old_spec = yaml.safe_load((args.old_spec or old_root / SPEC).read_text("utf-8"))
        new_spec = yaml.safe_load((ROOT / SPEC).read_text("utf-8"))
        spec_changes = diff_specs(old_spec, new_spec)
        py_changes = diff_python_api(old_root, ROOT)
        versions = (read_version(old_root), read_version(ROOT))
    spec_versions = (old_spec.get("info", {}).get("version"), new_spec.get("info", {}).get("version"))
    label = f"{ref} (spec: {args.old_spec})" if args.old_spec else ref
    text, breaking = render(label, spec_changes, py_changes, versions, spec_versions)
    print(text)
    if args.json:
        result = verdict(ref, spec_changes, py_changes, versions[0])
        args.json.write_text(json.dumps({**result, "report": text}, indent=2) + "\n", encoding="utf-8")
    if breaking and not args.allow_breaking:
        print("Exit 1: breaking changes (pass --allow-breaking to accept them).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
