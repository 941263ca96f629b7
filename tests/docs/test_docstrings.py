"""Every docstring example of ``instaview_plus`` runs (doctest) against the served fake.

Conventions (for everyone who writes a docstring example):

- Each module's examples run with :mod:`doctest` (``ELLIPSIS`` on) through the shared runner
  (tests/docs/_examples.py, Sybil), one test item per module, its docstrings in order, against
  ``python -m instaview_plus.testing`` started for this module, with only ``INSTAVIEW_BASE_URL`` and
  ``INSTAVIEW_API_KEY`` set (as in tests/docs/test_readme.py).
- Each docstring starts from these globals (a fresh namespace per docstring, shared objects created once):
  ``iv`` (``instaview_plus``), ``json``, ``client`` (``iv.InstaView()`` from the environment), and ``job``,
  ``candidate``, ``agent``, ``interview`` (an ONLINE interview tomorrow), created on the served fake. Anything
  else a docstring imports or creates itself. Admin-only calls use ``admin_jwt`` (the fake's admin token).
- ``# doctest: +SKIP`` only where the fake cannot serve the example; the list below is checked, so a new
  SKIP has to be added to it with its reason.
"""

from __future__ import annotations

import datetime as dt
import doctest
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sybil import Document

import instaview_plus as iv

from ._examples import docstring_groups, docstrings, module_name, run, start_docstring
from ._served import served_fake

PACKAGE = Path(iv.__file__).resolve().parent

# (module, reason): the only docstrings allowed a +SKIP.
ALLOWED_SKIPS: dict[str, str] = {
    "pytest_instaview_plus": "defines pytest tests that need the plugin's fixtures (owned there)",
}


def _modules() -> dict[str, Path]:
    """Every module of the package with at least one docstring example: name -> file."""
    found = {}
    for path in sorted([*PACKAGE.rglob("*.py"), PACKAGE.parent / "pytest_instaview_plus" / "__init__.py"]):
        if path.name != "__main__.py" and list(docstrings(path).examples()):
            found[module_name(path)] = path
    return found


MODULES = _modules()


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    with served_fake() as found:
        yield found


@pytest.fixture(scope="module")
def shared(served: tuple[str, str]) -> Iterator[dict[str, Any]]:
    """The objects every docstring may use, created once on the served fake."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("INSTAVIEW_BASE_URL", served[0])
        env.setenv("INSTAVIEW_API_KEY", served[1])
        with iv.InstaView() as client:
            job = client.jobs.create(title="Backend engineer", description="Python and APIs.", status="OPEN")
            candidate = client.candidates.create(
                job_ids=[job.id],
                first_name="Jane",
                last_name="Doe",
                email="jane@example.com",
                phone_number="+421900123456",
                gdpr_expiry_date=dt.date.today() + dt.timedelta(days=365),
            )
            agent = client.agents.create(name="Screen", type="ONLINE", focus="SCREENING", duration=30)
            tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
            interview = client.interviews.create(
                candidate_id=candidate.id, agent_id=agent.id, job_id=job.id, schedule_time=tomorrow
            )
            yield {"job": job, "candidate": candidate, "agent": agent, "interview": interview}


def _skipped(document: Document) -> list[str]:
    return [
        e.parsed.source
        for e in document.examples()
        if isinstance(e.parsed, doctest.Example) and e.parsed.options.get(doctest.SKIP)
    ]


@pytest.mark.parametrize("module", list(MODULES), ids=list(MODULES))
def test_docstring(
    module: str, served: tuple[str, str], shared: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSTAVIEW_BASE_URL", served[0])
    monkeypatch.setenv("INSTAVIEW_API_KEY", served[1])
    document = docstrings(MODULES[module])
    skipped = _skipped(document)
    if skipped:
        assert module in ALLOWED_SKIPS, (
            f"{module} skips {len(skipped)} example(s); the fake can serve them (or add the module to "
            f"ALLOWED_SKIPS with the reason): {skipped[0]!r}"
        )
    for group in docstring_groups(document):
        with iv.InstaView() as client:
            start_docstring(
                document, {"iv": iv, "json": json, "client": client, "admin_jwt": "admin_doctest", **shared}
            )
            for example in group:
                assert run(example) is None


def test_docstring_examples_are_collected() -> None:
    assert "instaview_plus.resources.jobs" in MODULES and "instaview_plus._pipeline.wire" in MODULES
    assert "instaview_plus" in MODULES and "pytest_instaview_plus" in MODULES


def test_a_failing_docstring_example_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "sample_mod.py"
    source.write_text('"""Doc.\n\n>>> 1 + 1\n3\n"""\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    document = docstrings(source)
    [[example]] = docstring_groups(document)
    start_docstring(document, {})
    with pytest.raises(Exception, match=r"Expected:\s+3\s+Got:\s+2"):
        run(example)
