"""The api-diff report: the spec and the public Python API of a baseline (the last release's record, or a
git ref) against the working tree, grouped, with the semver bump they call for and a machine-readable verdict.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tools.release.record import RECORD, read_record

from .python_diff import diff_python_objects, load_api, load_snapshot
from .spec_diff import Change, diff_specs

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("openapi") / "instaview.yaml"
VERSION_FILE = Path("instaview_plus") / "_version.py"
TREES = (str(SPEC), "instaview_plus", "generated")


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, timeout=120).stdout


def commit_exists(ref: str) -> bool:
    """``ref`` names a commit of this repository."""
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except subprocess.CalledProcessError:
        return False
    return True


def extract(ref: str, into: Path) -> None:
    """The spec, the layer and (in older trees) generated/ as they are at ``ref`` (``git archive``)."""
    present = set(_git("ls-tree", "--name-only", ref, "--", *TREES).decode().split())
    data = _git("archive", "--format=tar", ref, "--", *[t for t in TREES if t in present])
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")


@dataclass(frozen=True)
class Baseline:
    """What the working tree is compared with: a label, the spec, the loaded Python API and the version."""

    label: str
    spec: dict[str, Any]
    api: Any
    version: str


def baseline_from_record(folder: Path = RECORD) -> Baseline:
    """The last release as recorded in the repository (``release/last/``, see tools/release/record.py)."""
    record = read_record(folder)
    return Baseline(
        record.label, yaml.safe_load(record.spec_text), load_snapshot(record.api_json), record.version
    )


def baseline_from_ref(ref: str) -> Baseline:
    """The spec, the layer and its version as they are at the git ``ref``."""
    with tempfile.TemporaryDirectory() as tmp:
        old_root = Path(tmp)
        extract(ref, old_root)
        spec = yaml.safe_load((old_root / SPEC).read_text("utf-8"))
        return Baseline(ref, spec, load_api(old_root), read_version(old_root))


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


def compare(baseline: Baseline, root: Path = ROOT) -> tuple[str, dict[str, Any]]:
    """The report text and the verdict (with the report under ``"report"``) of ``root`` against ``baseline``."""
    new_spec = yaml.safe_load((root / SPEC).read_text("utf-8"))
    spec_changes = diff_specs(baseline.spec, new_spec)
    py_changes = diff_python_objects(baseline.api, load_api(root))
    versions = (baseline.version, read_version(root))
    spec_versions = (baseline.spec.get("info", {}).get("version"), new_spec.get("info", {}).get("version"))
    text, _ = render(baseline.label, spec_changes, py_changes, versions, spec_versions)
    return text, {**verdict(baseline.label, spec_changes, py_changes, versions[0]), "report": text}
