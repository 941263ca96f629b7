"""What users read is for users: no spec-author notes in help texts, docstrings or the docs.

The spec records which elements are our decisions in structured ``x-inferred`` fields (openapi/NOTES.md,
"Marking our decisions"); the words of those notes never reach a reader. Three surfaces are scanned:
every ``instaview`` command's ``--help``, every public docstring of ``instaview_plus`` (modules walked,
names from ``__all__`` and their public members) and every page of ``docs/`` plus README.md.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import instaview_plus as iv
from instaview_plus.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
# Our own marks: the phrases and the word they are made of.
AUTHOR_NOTES = re.compile(
    r"x-inferred|\(inferred\)|not in the docs store|docs store|inferred by analogy|by analogy|\binferred\b",
    re.IGNORECASE,
)


def notes_in(text: str) -> list[str]:
    """The author notes in ``text``, each with a little context."""
    return [
        text[max(0, m.start() - 40) : m.end() + 20].replace("\n", " ") for m in AUTHOR_NOTES.finditer(text)
    ]


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _helps() -> dict[str, str]:
    root = build_parser()
    out: dict[str, str] = {}
    for path in _parsers(root):
        parser = root
        for name in path:
            sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            parser = sub.choices[name]
        out[" ".join(("instaview", *path))] = parser.format_help()
    return out


def _modules() -> list[str]:
    names = ["instaview_plus"]
    names += [
        m.name for m in pkgutil.walk_packages(iv.__path__, "instaview_plus.") if "__main__" not in m.name
    ]
    return sorted(names)


def _public(name: str) -> bool:
    return not any(part.startswith("_") for part in name.split(".")[1:])


def _docstrings() -> dict[str, str]:
    """Docstrings of the public modules (no ``_`` in their path) and of their ``__all__`` names (wherever
    defined) with those names' public members."""
    out: dict[str, str] = {}
    for modname in filter(_public, _modules()):
        module = importlib.import_module(modname)
        if module.__doc__:
            out[modname] = module.__doc__
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name, None)
            if obj is None:
                continue
            if doc := inspect.getdoc(obj):
                out.setdefault(f"{modname}.{name}", doc)
            if inspect.isclass(obj):
                for member, value in vars(obj).items():
                    if member.startswith("_") and member != "__init__":
                        continue
                    target = value.fget if isinstance(value, property) else value
                    doc = getattr(target, "__doc__", None)
                    if doc and isinstance(doc, str) and (callable(target) or isinstance(value, property)):
                        out.setdefault(f"{modname}.{name}.{member}", doc)
    return out


def _pages() -> dict[str, str]:
    pages = {"README.md": (ROOT / "README.md").read_text(encoding="utf-8")}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        pages[str(page.relative_to(ROOT))] = page.read_text(encoding="utf-8")
    return pages


def test_every_command_help_is_for_users() -> None:
    helps = _helps()
    assert len(helps) > 48  # the root, the groups, every operation and the hand-written tasks
    found = {cmd: notes for cmd, text in helps.items() if (notes := notes_in(text))}
    assert not found, f"{len(found)} of {len(helps)} --help texts carry author notes: {found}"


def test_every_public_docstring_is_for_users() -> None:
    docs = _docstrings()
    assert len(docs) > 200 and "instaview_plus.InstaView" in docs
    found = {name: notes for name, text in docs.items() if (notes := notes_in(text))}
    assert not found, f"{len(found)} docstrings carry author notes: {found}"


def test_every_docs_page_and_the_readme_are_for_users() -> None:
    pages = _pages()
    assert len(pages) > 10
    found = {name: notes for name, text in pages.items() if (notes := notes_in(text))}
    assert not found, f"{len(found)} pages carry author notes: {found}"


@pytest.mark.parametrize(
    "text",
    ["Scope: `read:jobs` (inferred).", "a field (x-inferred)", "not in the docs store", "by analogy with"],
)
def test_the_scan_finds_each_kind_of_note(text: str) -> None:
    assert notes_in(f"Lists jobs. {text}")
