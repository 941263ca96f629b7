"""Every ```python block of README.md runs as written, in order, in one namespace, against the served fake.

Conventions (for everyone who adds a README section):

- **Which blocks**: every fenced block whose info string is ``python`` runs; ``bash``, ``text``, ``json`` and
  other blocks do not. Blocks run in file order, each a test item (``block-07-line-120``), all in **one
  namespace** (a plain dict, ``__name__ == "__readme__"``): a later block may use the names an earlier one
  defined (``client``, ``job``, ``candidate``, ``agent``, ``interview``, ``tomorrow_10`` from the Quickstart).
  When a block fails, the blocks after it fail too, naming the first failure.
- **Environment**: only ``INSTAVIEW_BASE_URL`` and ``INSTAVIEW_API_KEY`` are set, pointing at
  ``python -m instaview_plus.testing`` started for this module (a subprocess, control routes on, the
  documented default limits of 60 requests a minute and 2,000 an hour, the wall clock). Nothing is injected
  into the namespace: a block imports what it uses. The fake's ``/_fake/*`` routes
  (``f"{os.environ['INSTAVIEW_BASE_URL']}/_fake/advance"``) are how a block drives its clock or faults.
- **Top-level ``await``** is allowed (the block then runs in ``asyncio.run``, like ``python -m asyncio``).
- **Output** goes to the captured stdout; a block asserts nothing unless it wants to (``print`` is fine).
- **``python notest``**: at most two such blocks (web-framework handlers that need a framework the test
  environment lacks). They are compiled, never run here; the test that owns them must still call the
  functions they define: get their source with :func:`notest_blocks` and ``exec`` it with stand-ins.
- Facts the README states are checked against the spec where they restate it (``test_readme_facts``).
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._served import served_fake

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
_FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```\s*$", re.S | re.M)
MAX_NOTEST = 2


def blocks(text: str | None = None) -> list[tuple[int, str, str]]:
    """``(line, info, source)`` of every fenced block of README.md, in order."""
    text = README.read_text(encoding="utf-8") if text is None else text
    return [
        (text.count("\n", 0, m.start()) + 1, m.group(1).strip(), m.group(2)) for m in _FENCE.finditer(text)
    ]


def python_blocks() -> list[tuple[int, str]]:
    """The blocks that run: ``(line, source)``."""
    return [(line, src) for line, info, src in blocks() if info == "python"]


def notest_blocks() -> list[tuple[int, str]]:
    """The ``python notest`` blocks: ``(line, source)``; their owner's test executes what they define."""
    return [(line, src) for line, info, src in blocks() if info.split() == ["python", "notest"]]


def _run(source: str, namespace: dict[str, Any], line: int) -> None:
    code = compile(source, f"README.md:{line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(code, namespace))  # a block with top-level await
    else:
        exec(code, namespace)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    """``(base_url, api_key)`` of the fake served for this module."""
    with served_fake() as found:
        yield found


@pytest.fixture(scope="module")
def namespace() -> dict[str, Any]:
    """The one namespace of all blocks."""
    return {"__name__": "__readme__"}


@pytest.fixture
def readme_env(served: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Only INSTAVIEW_BASE_URL and INSTAVIEW_API_KEY, pointing at the served fake (tests/conftest.py has
    already removed every other INSTAVIEW_* variable)."""
    monkeypatch.setenv("INSTAVIEW_BASE_URL", served[0])
    monkeypatch.setenv("INSTAVIEW_API_KEY", served[1])


_FAILED: list[str] = []


@pytest.mark.parametrize(
    ("line", "source"),
    python_blocks(),
    ids=[f"block-{i:02d}-line-{line}" for i, (line, _) in enumerate(python_blocks(), 1)],
)
@pytest.mark.usefixtures("readme_env")
def test_readme_block(line: int, source: str, namespace: dict[str, Any]) -> None:
    if _FAILED:
        pytest.fail(f"an earlier block failed ({_FAILED[0]}); this one needs its names")
    try:
        _run(source, namespace, line)
    except BaseException:
        _FAILED.append(f"README.md:{line}")
        raise


def test_readme_pytest_examples_pass(namespace: dict[str, Any]) -> None:
    """The README's pytest examples (``test_*`` functions a block defined) pass, called with what the
    plugin's fixtures give: a fresh fake (with the marker's options) and a client that retries without sleeping."""
    import instaview_plus as iv
    from instaview_plus.testing import FakeInstaView

    tests = {name: fn for name, fn in namespace.items() if name.startswith("test_") and callable(fn)}
    assert tests, "the README defines no pytest example"
    for name, fn in tests.items():
        marks = [m for m in getattr(fn, "pytestmark", []) if m.name == "instaview_fake"]
        fake = FakeInstaView(**(marks[0].kwargs if marks else {}))
        with iv.InstaView(
            api_key="sk_test_fake", http_client=fake.http_client(), sleep=lambda _s: None
        ) as client:
            fn(instaview=client, instaview_fake=fake)
        assert fake.faults.pending() == [], f"{name} left an injected fault unused"


def test_every_python_block_is_run_and_notest_is_rare() -> None:
    infos = [info for _, info, _ in blocks() if info.startswith("python")]
    assert set(infos) <= {"python", "python notest"}, infos
    assert len(notest_blocks()) <= MAX_NOTEST
    assert len(python_blocks()) + len(notest_blocks()) == len(infos)
    for line, source in notest_blocks():
        compile(source, f"README.md:{line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_readme_facts_match_the_spec() -> None:
    """What the README restates from openapi/instaview.yaml (the title limit of its error example)."""
    spec = yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
    title = spec["components"]["schemas"]["JobCreate"]["properties"]["title"]
    text = README.read_text(encoding="utf-8")
    stated = re.findall(r"title must be a string of at most (\d+) characters", text)
    assert stated and {int(n) for n in stated} == {title["maxLength"]}
    assert f"{title['minLength']}-{title['maxLength']} characters" in text


def test_readme_opens_for_a_pypi_reader() -> None:
    """PyPI shows README.md without the repository: what it is, install, a first call, the contributor
    commands under their own heading near the top, and only links that work outside the repository."""
    text = README.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings[:2] == ["Install", "Development"], headings[:3]
    install = text[text.index("## Install") : text.index("## Development")]
    assert "pip install instaview-plus" in install and "INSTAVIEW_API_KEY" in install
    assert text.index("## Development") < 30 * 80  # near the top: within the first screenful or two
    targets = re.findall(r"\]\(([^)\s]+)\)", text) + re.findall(r"<(https?://[^>]+)>", text)
    relative = [t for t in targets if not t.startswith(("https://", "http://"))]
    assert targets and not relative, f"links that break outside the repository: {relative}"


def test_every_python_block_runs_as_a_script() -> None:
    """A reader copies a block into a file: no top-level ``await`` (an async block ends in asyncio.run)."""
    for line, source in python_blocks():
        try:
            compile(source, f"README.md:{line}", "exec")
        except SyntaxError as exc:
            pytest.fail(f"README.md:{line} runs only in a REPL with top-level await: {exc}")


def test_collector_runs_blocks_in_one_namespace(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "x\n```python\na = 1\n```\n```bash\nexit 1\n```\n```python notest\nraise SystemExit\n```\n"
    found = blocks(text)
    assert [(info, line) for line, info, _ in found] == [("python", 2), ("bash", 5), ("python notest", 8)]
    ns: dict[str, Any] = {}
    _run("a = 1", ns, 1)
    _run("import asyncio\nawait asyncio.sleep(0)\nb = a + 1", ns, 2)
    assert ns["b"] == 2
    with pytest.raises(NameError):
        _run("c = undefined_name", ns, 3)
