"""Every docstring example of ``instaview_plus`` runs (doctest) against the served fake.

Conventions (for everyone who writes a docstring example):

- Each module's examples run with :mod:`doctest` (``ELLIPSIS`` on), one test item per docstring, against
  ``python -m instaview_plus.testing`` started for this module, with only ``INSTAVIEW_BASE_URL`` and
  ``INSTAVIEW_API_KEY`` set (as in tests/docs/test_readme.py).
- Each docstring starts from these globals (a fresh copy per docstring, shared objects created once):
  ``iv`` (``instaview_plus``), ``json``, ``client`` (``iv.InstaView()`` from the environment), and ``job``,
  ``candidate``, ``agent``, ``interview`` (an ONLINE interview tomorrow), created on the served fake. Anything
  else a docstring imports or creates itself. Admin-only calls use ``admin_jwt`` (the fake's admin token).
- ``# doctest: +SKIP`` only where the fake cannot serve the example; the list below is checked, so a new
  SKIP has to be added to it with its reason.
"""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import json
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest

import instaview_plus as iv

from ._served import served_fake

# (module, reason): the only docstrings allowed a +SKIP.
ALLOWED_SKIPS: dict[str, str] = {
    "instaview_plus.testing.pytest_plugin": "defines pytest tests that need the plugin's fixtures (owned there)",
}


def _modules() -> list[str]:
    names = ["instaview_plus"]
    for info in pkgutil.walk_packages(iv.__path__, "instaview_plus."):
        if info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


def _docstrings() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    found: list[doctest.DocTest] = []
    for name in _modules():
        module = importlib.import_module(name)
        found += [
            t for t in finder.find(module, name) if t.examples and t.name.split(".")[0] == "instaview_plus"
        ]
    seen: set[tuple[str | None, int | None]] = set()
    out = []
    for test in sorted(found, key=lambda t: t.name):
        key = (test.filename, test.lineno)  # re-exported objects are found twice
        if key not in seen:
            seen.add(key)
            out.append(test)
    return out


DOCTESTS = _docstrings()


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


@pytest.mark.parametrize("test", DOCTESTS, ids=[t.name for t in DOCTESTS])
def test_docstring(
    test: doctest.DocTest, served: tuple[str, str], shared: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSTAVIEW_BASE_URL", served[0])
    monkeypatch.setenv("INSTAVIEW_API_KEY", served[1])
    skipped = [e.source for e in test.examples if e.options.get(doctest.SKIP)]
    module = test.name.rsplit(".", 1)[0] if test.name not in _modules() else test.name
    if skipped:
        assert any(test.name.startswith(m) for m in ALLOWED_SKIPS), (
            f"{test.name} skips {len(skipped)} example(s); the fake can serve them (or add the module to "
            f"ALLOWED_SKIPS with the reason): {skipped[0]!r}"
        )
    with iv.InstaView() as client:
        test.globs = {
            **test.globs,
            "iv": iv,
            "json": json,
            "client": client,
            "admin_jwt": "admin_doctest",
            **shared,
        }
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        report: list[str] = []  # doctest swaps sys.stdout while it runs: collect its report instead
        runner.run(test, out=report.append)
        assert runner.failures == 0, f"{runner.failures} example(s) of {module} failed:\n" + "".join(report)


def test_docstring_examples_are_collected() -> None:
    names = {t.name for t in DOCTESTS}
    assert (
        "instaview_plus.resources.jobs" in names and "instaview_plus._pipeline.wire.datetime_to_wire" in names
    )
