"""The record of the last release, kept in the repository (``release/last/``), so any clone can release.

``release/last/`` holds what the last release shipped and what ``nox -s api-diff`` and ``nox -s release``
compare against by default (a git tag is an extra, never needed):

- ``instaview.yaml``: the spec as released;
- ``public_api.json``: the public Python API of ``instaview_plus`` as released (griffe's snapshot, no
  docstrings);
- ``release.json``: the version, the date, the commit the release commit was made on (``base``) and, where
  known, the release commit itself (``commit``; a release commit cannot name itself: it is the commit that
  last changed this file, ``git log -1 -- release/last/release.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["RECORD", "Record", "read_record", "write_record"]

ROOT = Path(__file__).resolve().parents[2]
RECORD = ROOT / "release" / "last"
SPEC_NAME, API_NAME, META_NAME = "instaview.yaml", "public_api.json", "release.json"


@dataclass(frozen=True)
class Record:
    """The last release as recorded: its version, spec text and public-API snapshot (JSON text)."""

    version: str
    date: str
    base: str | None
    commit: str | None
    spec_text: str
    api_json: str

    @property
    def label(self) -> str:
        """How reports name it: ``release/last (0.1.1)``."""
        return f"release/last ({self.version})"


def read_record(folder: Path = RECORD) -> Record:
    """The record in ``folder``; ``FileNotFoundError`` naming the folder when there is none."""
    meta_path = folder / META_NAME
    if not meta_path.is_file():
        raise FileNotFoundError(
            f"no release record in {folder} (release.json): the release command writes it;"
            " compare with a git ref instead (`nox -s api-diff -- <ref>`)"
        )
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    return Record(
        version=str(meta["version"]),
        date=str(meta["date"]),
        base=meta.get("base"),
        commit=meta.get("commit"),
        spec_text=(folder / SPEC_NAME).read_text(encoding="utf-8"),
        api_json=(folder / API_NAME).read_text(encoding="utf-8"),
    )


def write_record(record: Record, folder: Path = RECORD) -> None:
    """Replace the record in ``folder`` with ``record``."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = {
        "version": record.version,
        "date": record.date,
        "base": record.base,
        "commit": record.commit,
        "spec": SPEC_NAME,
        "python_api": API_NAME,
    }
    (folder / META_NAME).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (folder / SPEC_NAME).write_text(record.spec_text, encoding="utf-8")
    (folder / API_NAME).write_text(record.api_json, encoding="utf-8")
