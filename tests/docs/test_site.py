"""The built documentation site in headless Chromium: the InstaView reference renders and search finds things.

Run by ``nox -s docs`` after ``mkdocs build --strict`` (the pytest sessions skip this file, like
tests/contract/test_prism.py): it needs the built site (``$INSTAVIEW_DOCS_SITE``, default ``site/``) and
Debian's ``chromium``, which that session installs. Without either it fails and says so; it never skips.
``$INSTAVIEW_DOCS_SCREENSHOT`` saves a PNG of the reference page.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ._cdp import Browser, find_chromium

ROOT = Path(__file__).resolve().parents[2]
# read at import: the suite's autouse fixture clears INSTAVIEW_* before each test
SITE = Path(os.environ.get("INSTAVIEW_DOCS_SITE", ROOT / "site"))
SCREENSHOT = os.environ.get("INSTAVIEW_DOCS_SCREENSHOT")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    if not (SITE / "index.html").is_file():
        pytest.fail(
            f"no built site in {SITE}: run `python3 scripts/nox.py -s docs` (it builds the site, then runs this)"
        )
    handler = functools.partial(_Quiet, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.fail(
            "chromium is not on PATH: `python3 scripts/nox.py -s docs` installs Debian's chromium (apt-get)"
        )
    with Browser(executable) as chromium:
        yield chromium


def test_the_instaview_reference_page_renders(browser: Browser, site_url: str) -> None:
    browser.navigate(f"{site_url}/reference/client/")
    assert browser.evaluate("document.querySelector('h1').firstChild.textContent.trim()") == "InstaView"
    doc = browser.wait_for("(document.getElementById('instaview_plus.InstaView') || {}).textContent")
    assert "InstaView" in doc
    body = browser.evaluate("document.querySelector('article').innerText")
    assert "The synchronous InstaView client" in body  # the class docstring, rendered by mkdocstrings
    assert "for_company" in body and "with_options" in body  # its methods
    if SCREENSHOT:
        Path(SCREENSHOT).write_bytes(browser.screenshot())


def test_search_finds_schedule_interview(browser: Browser, site_url: str) -> None:
    browser.navigate(f"{site_url}/")
    script = """
      (() => {
        const input = document.querySelector('input[data-md-component="search-query"]');
        document.querySelector('label[for="__search"]').click();
        input.focus();
        input.value = 'schedule_interview';
        input.dispatchEvent(new Event('input', {bubbles: true}));
        input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'w'}));
        return true;
      })()
    """
    browser.wait_for("!!document.querySelector('input[data-md-component=\"search-query\"]')")
    hits = []
    for _ in range(3):  # the search worker may still be loading its index when the first query is typed
        browser.evaluate(script)
        try:
            hits = browser.wait_for(
                "(() => { const items = [...document.querySelectorAll('.md-search-result__item')];"
                " return items.length ? JSON.stringify(items.map(i => [i.querySelector('a').href, i.innerText])) : null; })()",
                timeout=10,
            )
            break
        except Exception:
            continue
    results = json.loads(hits) if hits else []
    assert results, "search found nothing for schedule_interview"
    assert any("schedule_interview" in text for _, text in results), results
    assert any("/reference/resources/" in href for href, _ in results), results  # the reference page too
