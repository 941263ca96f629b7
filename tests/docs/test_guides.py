"""Every ```python example of the documentation site runs, page by page, against a fake served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from instaview_plus.testing import FakeInstaView
from instaview_plus.testing.pytest_plugin import FAKE_API_KEY

from ._blocks import python_blocks, run_blocks

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(DOCS.rglob("*.md"))


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """INSTAVIEW_BASE_URL / INSTAVIEW_API_KEY pointing at a fresh fake; the working directory a temp one."""
    fake = FakeInstaView(seed=5)
    with fake.serve() as url:
        monkeypatch.setenv("INSTAVIEW_BASE_URL", url)
        monkeypatch.setenv("INSTAVIEW_API_KEY", FAKE_API_KEY)
        monkeypatch.chdir(tmp_path)
        yield url


def test_the_site_has_guides_with_examples() -> None:
    guides = {p.stem for p in (DOCS / "guides").glob("*.md")}
    assert {
        "quickstart",
        "errors",
        "retries",
        "timezones",
        "workflows",
        "webhooks",
        "testing",
        "scale",
        "cli",
        "releasing",
    } <= guides
    assert sum(len(python_blocks(p.read_text(encoding="utf-8"))) for p in PAGES) >= len(guides)


@pytest.mark.parametrize(
    "page",
    [p for p in PAGES if python_blocks(p.read_text(encoding="utf-8"))],
    ids=lambda p: str(p.relative_to(DOCS)),
)
def test_every_python_example_runs(page: Path, served: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(page)
    assert "Traceback" not in capsys.readouterr().err


def test_a_broken_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "broken.md"
    page.write_text(
        "# x\n\n```python\nvalue = 1\n```\n\ntext\n\n```python\nassert value == 2\n```\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError) as info:
        run_blocks(page)
    assert info.traceback[-1].lineno + 1 == 10  # the page's own line number
