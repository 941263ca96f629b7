"""Ready to publish: the sdist and the wheel carry the MIT LICENSE and the project URLs.

Builds both with ``python -m build --no-isolation`` (the backend pinned in requirements/packaging.txt, as in
pyproject.toml's ``[build-system]``) from a copy of the committed tree's packaging inputs.
"""

from __future__ import annotations

import email
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
URLS = {"Homepage", "Documentation", "Source", "Changelog", "Issues"}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--sdist",
            "--wheel",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def _metadata(text: str) -> email.message.Message:
    return email.message_from_string(text)


def test_license_is_mit_and_matches_the_declared_license() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text


def test_wheel_carries_license_and_urls(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        (meta_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        meta = _metadata(zf.read(meta_name).decode())
        licenses = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert licenses, names[-10:]
        assert zf.read(licenses[0]) == (ROOT / "LICENSE").read_bytes()
    _check_metadata(meta)


def test_sdist_carries_license_and_urls(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = tf.getnames()
        top = names[0].split("/")[0]
        assert f"{top}/LICENSE" in names
        member = tf.extractfile(f"{top}/LICENSE")
        assert member is not None and member.read() == (ROOT / "LICENSE").read_bytes()
        pkg_info = tf.extractfile(f"{top}/PKG-INFO")
        assert pkg_info is not None
        meta = _metadata(pkg_info.read().decode())
    _check_metadata(meta)


def _check_metadata(meta: email.message.Message) -> None:
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert set(urls) == URLS, urls
    assert all(u.startswith("https://") for u in urls.values()), urls
    assert meta.get_content_type() == "text/markdown" or meta["Description-Content-Type"] == "text/markdown"
