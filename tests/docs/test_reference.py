"""Every public name (``__all__`` of ``instaview_plus``, ``instaview_plus.webhooks``, ``instaview_plus.testing``)
is in the API reference: a ``::: identifier`` entry of docs/reference/*.md renders it, by name or as a member
of a module entry. A new public name fails here until it is documented.

Also: no page of the site (nor the changelog it includes) carries our own working notes.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"
PACKAGES = ["instaview_plus", "instaview_plus.webhooks", "instaview_plus.testing"]
_ENTRY = re.compile(r"^:::[ \t]+([\w.]+)[ \t]*$", re.MULTILINE)
NOTES = re.compile(r"x-inferred|\binferred\b|docs store|by analogy", re.IGNORECASE)


def entries(text: str) -> list[str]:
    """The identifiers of a page's mkdocstrings entries (``::: instaview_plus.InstaView`` ...)."""
    return _ENTRY.findall(text)


def resolve(identifier: str) -> Any:
    """The object an entry names: a module, or an attribute of the longest importable module prefix."""
    parts = identifier.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: Any = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            value = getattr(value, name)
        return value
    raise ModuleNotFoundError(identifier)


def rendered(value: Any) -> list[Any]:
    """What an entry renders: the object, and for a module the names of its ``__all__`` too."""
    if not isinstance(value, ModuleType):
        return [value]
    return [value, *(getattr(value, name) for name in getattr(value, "__all__", ()))]


def documented(pages: list[Path] | None = None) -> list[Any]:
    pages = sorted(REFERENCE.glob("*.md")) if pages is None else pages
    return [
        obj
        for page in pages
        for entry in entries(page.read_text("utf-8"))
        for obj in rendered(resolve(entry))
    ]


def missing(package: str, objects: list[Any]) -> list[str]:
    module = importlib.import_module(package)
    return [name for name in module.__all__ if not any(getattr(module, name) is obj for obj in objects)]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_is_in_the_reference(package: str) -> None:
    assert missing(package, documented()) == [], f"add a `::: {package}.<name>` entry to docs/reference/"


def test_a_missing_entry_is_found(tmp_path: Path) -> None:
    page = tmp_path / "client.md"
    page.write_text("# x\n\n::: instaview_plus.InstaView\n\n::: instaview_plus.webhooks\n", encoding="utf-8")
    objects = documented([page])
    assert "InstaView" not in missing("instaview_plus", objects)
    assert "RetryPolicy" in missing("instaview_plus", objects)
    assert missing("instaview_plus.webhooks", objects) == []


def test_every_reference_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in REFERENCE.glob("*.md"):
        assert f"reference/{page.name}" in nav, page


def test_no_page_carries_working_notes() -> None:
    pages = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "CHANGELOG.md"]
    found = [
        f"{p.relative_to(ROOT)}: {m.group(0)}" for p in pages for m in NOTES.finditer(p.read_text("utf-8"))
    ]
    assert found == []
