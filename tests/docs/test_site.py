"""The built documentation site in headless Chromium, driven by Playwright: every page of the nav loads
without a console error, the InstaView reference renders, and search finds things.

Run by ``nox -s docs`` after ``mkdocs build --strict`` (the pytest sessions skip this file, like
tests/contract/test_prism.py): it needs the built site (``$INSTAVIEW_DOCS_SITE``, default ``site/``) and
Debian's ``chromium`` (``$CHROMIUM``, default ``/usr/bin/chromium``), which that session installs; Playwright
launches that browser (no ``playwright install``). Without either it fails and says so; it never skips.
``$INSTAVIEW_DOCS_SCREENSHOT`` saves a PNG of the reference page.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
# read at import: the suite's autouse fixture clears INSTAVIEW_* before each test
SITE = Path(os.environ.get("INSTAVIEW_DOCS_SITE", ROOT / "site"))
SCREENSHOT = os.environ.get("INSTAVIEW_DOCS_SCREENSHOT")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def nav_pages(nav: object = None) -> list[str]:
    """Every Markdown page of mkdocs.yml's nav, in order (``guides/quickstart.md`` ...)."""
    if nav is None:
        nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [page for item in nav for page in nav_pages(item)]
    assert isinstance(nav, dict), nav
    return [page for value in nav.values() for page in nav_pages(value)]


def page_url(site_url: str, page: str) -> str:
    """The URL mkdocs (``use_directory_urls``) gives ``page``."""
    stem = page.removesuffix(".md")
    if stem == "index":
        return f"{site_url}/"
    return f"{site_url}/{stem.removesuffix('/index')}/"


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
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"no chromium at {CHROMIUM}: `python3 scripts/nox.py -s docs` installs Debian's chromium (apt-get)"
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def _errors_while_loading(page: Page, url: str) -> list[str]:
    """Console errors, uncaught page errors and failed requests while ``url`` loads in a fresh tab."""
    page = page.context.new_page()
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(f"console: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    response = page.goto(url, wait_until="load")
    if response is None or not response.ok:
        errors.append(f"{url}: HTTP {response.status if response else 'no response'}")
    elif page.locator("article h1").count() == 0:
        errors.append(f"{url}: no heading")
    page.close()
    return errors


def test_every_nav_page_loads_without_console_errors(page: Page, site_url: str) -> None:
    pages = nav_pages()
    assert len(pages) >= 20, pages
    broken = {}
    for name in pages:
        errors = _errors_while_loading(page, page_url(site_url, name))
        if errors:
            broken[name] = errors
    assert not broken, broken


def test_a_missing_page_is_reported(page: Page, site_url: str) -> None:
    """The check above can fail: a page that is not there gives errors."""
    assert _errors_while_loading(page, f"{site_url}/guides/no-such-page/")


def test_the_instaview_reference_page_renders(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/reference/client/")
    heading = page.locator("article h1").first.evaluate("h => h.firstChild.textContent.trim()")
    assert heading == "InstaView"  # (the rest of the h1 is its permalink)
    doc = page.locator("[id='instaview_plus.InstaView']")
    expect(doc).to_contain_text("InstaView")
    body = page.locator("article").inner_text()
    assert "The synchronous InstaView client" in body  # the class docstring, rendered by mkdocstrings
    assert "for_company" in body and "with_options" in body  # its methods
    if SCREENSHOT:
        page.screenshot(path=SCREENSHOT, full_page=True)


@pytest.mark.parametrize(
    ("query", "expected_text", "expected_href"),
    [
        ("schedule_interview", "schedule_interview", "/reference/resources/"),
        ("INSTAVIEW_LOG", "INSTAVIEW_LOG", "/guides/environment/"),
    ],
)
def test_search_finds(page: Page, site_url: str, query: str, expected_text: str, expected_href: str) -> None:
    page.goto(f"{site_url}/")
    box = page.locator('input[data-md-component="search-query"]')
    box.click()
    results = page.locator(".md-search-result__item")
    for _ in range(3):  # the search worker may still be loading its index when the first query is typed
        box.fill("")
        box.press_sequentially(query)
        try:
            results.first.wait_for(timeout=10_000)
            break
        except Exception:
            continue
    found = [
        (item.locator("a").first.get_attribute("href") or "", item.inner_text()) for item in results.all()
    ]
    assert found, f"search found nothing for {query}"
    assert any(expected_text in text for _, text in found), found
    assert any(expected_href in href for href, _ in found), found
