"""Every ```python example of the documentation site runs, page by page, against a fake served on 127.0.0.1.

The runner is tests/docs/_examples.py (Sybil): each page's blocks in order, in one namespace. A block may be
skipped only by a ``<!-- skip: next if(...) -->`` directive listed in ``ALLOWED_SKIPS`` with its reason.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from instaview_plus.testing import FakeInstaView
from instaview_plus.testing.pytest_plugin import FAKE_API_KEY

from ._examples import fenced_blocks, markdown, run

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
# names a page's skip conditions may use (never shown to readers: the directive is an HTML comment)
CONDITIONS = {"HAS_H2": importlib.util.find_spec("h2") is not None}
# page -> the reason its skip directive gives: the only blocks allowed not to run
ALLOWED_SKIPS = {
    "guides/http-clients.md": "HTTP/2 needs the h2 package, which this environment does not install",
}


def _python_pages() -> list[Path]:
    return [p for p in PAGES if any(info == "python" for _, info, _ in fenced_blocks(p))]


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """INSTAVIEW_BASE_URL / INSTAVIEW_API_KEY pointing at a fresh fake; the working directory a temp one;
    the global OpenTelemetry tracer provider put back after the page (a page may set one, as an app does)."""
    from opentelemetry import trace

    monkeypatch.setattr(trace, "_TRACER_PROVIDER", trace._TRACER_PROVIDER)
    monkeypatch.setattr(trace._TRACER_PROVIDER_SET_ONCE, "_done", trace._TRACER_PROVIDER_SET_ONCE._done)
    fake = FakeInstaView(seed=5)
    with fake.serve() as url:
        monkeypatch.setenv("INSTAVIEW_BASE_URL", url)
        monkeypatch.setenv("INSTAVIEW_API_KEY", FAKE_API_KEY)
        monkeypatch.chdir(tmp_path)
        yield url


def test_the_site_has_guides_with_examples() -> None:
    guides = {p.stem for p in (DOCS / "guides").glob("*.md")}
    older = {
        "quickstart",
        "errors",
        "retries",
        "timezones",
        "workflows",
        "webhooks",
        "testing",
        "scale",
        "cli",
    }
    assert older | {"releasing"} <= guides
    with_examples = {p.stem for p in _python_pages()}
    new = {"async", "pagination", "logging", "raw-responses", "http-clients", "environment", "observability"}
    assert new <= guides & with_examples, new - with_examples


@pytest.mark.parametrize("page", _python_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_every_python_example_runs(page: Path, served: str, capsys: pytest.CaptureFixture[str]) -> None:
    name = str(page.relative_to(DOCS))
    skipped = [reason for example in markdown(page, CONDITIONS) if (reason := run(example))]
    assert "Traceback" not in capsys.readouterr().err
    for reason in skipped:
        assert ALLOWED_SKIPS.get(name) == reason, f"{name} skips a block: {reason!r} (not in ALLOWED_SKIPS)"
        print(f"{name}: one block skipped: {reason}")


def test_a_broken_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "broken.md"
    page.write_text(
        "# x\n\n```python\nvalue = 1\n```\n\ntext\n\n```python\nassert value == 2\n```\n", encoding="utf-8"
    )
    first, second = markdown(page)
    run(first)
    with pytest.raises(AssertionError) as info:
        run(second)
    assert info.traceback[-1].lineno + 1 == 10  # the page's own line number


def test_skip_directives_run_when_their_condition_is_false(tmp_path: Path) -> None:
    page = tmp_path / "skips.md"
    page.write_text(
        '<!-- skip: next if(not HAS_H2, reason="no h2") -->\n```python\nran = True\n```\n', encoding="utf-8"
    )
    ran = markdown(page, {"HAS_H2": True})
    assert [run(e) for e in ran] == [None, None] and ran.namespace["ran"] is True
    assert [run(e) for e in markdown(page, {"HAS_H2": False})] == [None, "no h2"]


def test_every_environment_variable_is_documented() -> None:
    """Each ``INSTAVIEW_*`` name the SDK, its command line or its pytest plugin reads is in the table of
    guides/environment.md (found in the code, not listed here)."""
    root = DOCS.parent
    sources = [*(root / "instaview_plus").rglob("*.py"), *(root / "pytest_instaview_plus").rglob("*.py")]
    names = {
        name for path in sources for name in re.findall(r"\bINSTAVIEW_[A-Z_]+\b", path.read_text("utf-8"))
    }
    table = (DOCS / "guides" / "environment.md").read_text(encoding="utf-8")
    assert names >= {"INSTAVIEW_API_KEY", "INSTAVIEW_BASE_URL", "INSTAVIEW_LOG"}
    assert sorted(n for n in names if f"| `{n}` |" not in table) == []
