"""The built wheel installs one top-level package (and the pytest plugin): the generated client and spec
tables live inside ``instaview_plus``. Built with the pinned build backend (hatchling), installed with pip
into a fresh virtual environment, imported from there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_wheel(out: Path) -> Path:
    code = "import sys, hatchling.build as b; print(b.build_wheel(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_wheel(tmp_path_factory.mktemp("dist"))


def test_the_wheel_has_one_top_level_package_and_the_plugin(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    dist_info = {t for t in top if t.endswith(".dist-info")}
    assert top - dist_info == {"instaview_plus", "pytest_instaview_plus"}
    assert len(dist_info) == 1
    assert "instaview_plus/_generated/client/models/__init__.py" in names
    assert "instaview_plus/_generated/spec/operations.json" in names
    assert "instaview_plus/py.typed" in names


@pytest.mark.slow
def test_the_installed_wheel_imports_from_its_own_environment(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env)
    python = env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-index", "--no-deps", str(wheel)],
        check=True,
        env={**os.environ, "PIP_CONSTRAINT": "", "PIP_FIND_LINKS": ""},
    )
    # the runtime dependencies (httpx, attrs, python-dateutil) come from this test environment, after the
    # new environment's own site-packages; the project tree is not on the path (cwd is tmp_path)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    code = (
        "import instaview_plus as iv, pytest_instaview_plus, instaview_plus._generated.client.models as m\n"
        "from instaview_plus._generated.spec.operations import OPERATIONS\n"
        "print(iv.__file__, m.Job.__module__, len(OPERATIONS) > 0, iv.InstaView.__name__)\n"
    )
    out = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.split()
    assert Path(out[0]).is_relative_to(env), out
    assert out[1:] == ["instaview_plus._generated.client.models.job", "True", "InstaView"]
