"""The one example runner of the README, the guides and the docstrings, on Sybil.

Sybil parses the documents and keeps one namespace per document, so examples run in order and a later one
uses the names an earlier one defined:

- Markdown (README.md, docs/**/*.md): every fenced block whose info string is exactly ``python`` runs
  (``python notest``, ``bash``, ``text`` ... do not). A block may use top-level ``await`` (it then runs in
  ``asyncio.run``, like ``python -m asyncio``). ``<!-- skip: next if(CONDITION, reason="...") -->`` before
  a block skips it when the condition, evaluated in the page's namespace, holds: the run reports the reason.
- Docstrings (``instaview_plus/**/*.py``): the ``>>>`` examples run with :mod:`doctest` (``ELLIPSIS`` on),
  each docstring in a fresh namespace: the module's globals, then the names the caller gives.
"""

from __future__ import annotations

import ast
import asyncio
import doctest
import importlib
import inspect
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from unittest import SkipTest

from sybil import Document, Example, Region
from sybil.document import PythonDocStringDocument
from sybil.parsers.markdown import CodeBlockParser, SkipParser
from sybil.parsers.markdown.lexers import FencedCodeBlockLexer
from sybil.parsers.rest import DocTestParser

__all__ = [
    "docstring_groups",
    "docstrings",
    "fenced_blocks",
    "markdown",
    "module_name",
    "run",
    "start_docstring",
]


def _evaluate_python(example: Example) -> None:
    """Run one block in the document's namespace; top-level ``await`` runs the block in ``asyncio.run``."""
    source = "\n" * (example.line + example.parsed.line_offset) + str(example.parsed)  # the page's lines
    code = compile(source, example.path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(code, example.namespace))
    else:
        exec(code, example.namespace)


_MARKDOWN = (SkipParser(), CodeBlockParser("python", evaluator=_evaluate_python))


def markdown(path: Path, namespace: Mapping[str, Any] | None = None) -> Document:
    """The Markdown page at ``path``, its python blocks parsed; ``namespace`` seeds the page's namespace."""
    document = Document.parse(str(path), *_MARKDOWN)
    # a page runs as a script of its own name (``Flask(__name__)`` then finds no module, so uses the cwd)
    document.namespace["__name__"] = f"docs:{path.name}"
    document.namespace.update(namespace or {})
    return document


def fenced_blocks(path: Path) -> list[tuple[int, str, str]]:
    """``(line, info, source)`` of every fenced block of a Markdown page, in order (all languages)."""
    document = Document(path.read_text(encoding="utf-8"), str(path))
    lexer = FencedCodeBlockLexer(language=r".*", mapping={"language": "info", "source": "source"})
    regions: list[Region] = list(lexer(document))
    return [
        (document.text.count("\n", 0, r.start) + 1, str(r.lexemes["info"]).strip(), str(r.lexemes["source"]))
        for r in regions
    ]


def run(example: Example) -> str | None:
    """Evaluate one example; the reason when a skip directive skipped it, else ``None`` (failures raise)."""
    try:
        example.evaluate()
    except SkipTest as skipped:
        return str(skipped)
    return None


class _Docstrings(PythonDocStringDocument):
    """A module's docstrings, evaluated in a namespace :func:`docstring_groups` resets per docstring."""

    def __init__(self, text: str, path: str) -> None:
        super().__init__(text, path)
        self.pop_evaluator(self.import_document)  # the namespace is set per docstring instead


def module_name(path: Path) -> str:
    """``instaview_plus/_pipeline/wire.py`` -> ``instaview_plus._pipeline.wire`` (packages by ``__init__``)."""
    parts = [path.stem] if path.name != "__init__.py" else []
    folder = path.parent
    while (folder / "__init__.py").is_file():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts)


_DOCTEST = DocTestParser(optionflags=doctest.ELLIPSIS)


def docstrings(path: Path) -> Document:
    """The ``>>>`` examples of every docstring of the module at ``path``."""
    return _Docstrings.parse(str(path), _DOCTEST)


def docstring_groups(document: Document) -> list[list[Example]]:
    """The document's examples grouped by docstring, in order."""
    spans = [(start, end) for start, end, _ in _Docstrings.extract_docstrings(document.text)]
    groups: dict[int, list[Example]] = {}
    for example in document.examples():
        at = next(i for i, (start, end) in enumerate(spans) if start <= example.region.start < end)
        groups.setdefault(at, []).append(example)
    return [groups[at] for at in sorted(groups)]


def start_docstring(document: Document, extra: Mapping[str, Any]) -> None:
    """Give the next docstring a fresh namespace: the module's globals, then ``extra`` (which wins)."""
    module = importlib.import_module(module_name(Path(document.path)))
    document.namespace.clear()
    document.namespace.update(vars(module))
    document.namespace.update(extra)
