"""Proof by mutation: each kind of spec change fails the checks by name until the fake implements it, and a
fake with one rule removed fails the generic behaviour test.

Spec changes are applied to a copy of ``openapi/instaview.yaml`` in a temporary directory; the completeness
check (``table_coverage.coverage_gaps``) reads the copy, and the operation table the fake's router and request
parser use is regenerated from it with ``tools/generate/spec_tables.py``'s compiler where the change needs it.
Fake rules are removed in-process (monkeypatch), with the tables left as declared. Every row goes to the
mutation table printed at the end (change kind, check that failed, message).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import behaviour_checks as checks
import behaviour_scenario as lifecycle
import pytest
import yaml
from table_coverage import coverage_gaps

from instaview_plus.testing import _context
from instaview_plus.testing._backends import jobs as job_backend
from instaview_plus.testing._backends import sourcing as sourcing_backend
from instaview_plus.testing._records import Interview
from instaview_plus.testing._responses._registry import HANDLERS
from instaview_plus.testing._routes import unhandled
from instaview_plus.testing._tables import TABLES, Filter

ROOT = Path(__file__).resolve().parents[2]
ROWS: list[tuple[str, str, str]] = []


@pytest.fixture
def spec_copy(tmp_path: Path) -> Iterator[Callable[[Callable[[dict[str, Any]], None]], dict[str, Any]]]:
    """Apply a change to a copy of the spec in ``tmp_path`` and read the copy back."""

    def change(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        spec = yaml.safe_load((ROOT / "openapi" / "instaview.yaml").read_text(encoding="utf-8"))
        edit(spec)
        path = tmp_path / "instaview.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        return dict(yaml.safe_load(path.read_text(encoding="utf-8")))

    return change


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The spec copy's operation table, compiled as ``nox -s generate`` compiles it."""
    from tools.generate.spec_tables import Compiler

    return dict(Compiler(spec).operations())


def _fails(kind: str, check: str, messages: list[str], expected: str) -> None:
    """Record the row and assert the check failed naming ``expected``."""
    hits = [m for m in messages if expected in m]
    assert hits, f"{kind}: {check} did not name {expected!r}; it said {messages}"
    ROWS.append((kind, check, hits[0]))


def _param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": {"type": "string", "format": "uuid"}}


# --- spec changes: the completeness check names each one ----------------------------------------------------


def test_a_new_filter_fails_until_the_table_declares_it(spec_copy: Any) -> None:
    spec = spec_copy(lambda s: s["paths"]["/interviews"]["get"]["parameters"].append(_param("jobId")))
    _fails(
        "new filter",
        "completeness (tables vs spec)",
        coverage_gaps(spec),
        "listInterviews: query parameter 'jobId'",
    )
    table = TABLES["interviews"]
    filters = {
        **table.filters,
        "listInterviews": {**table.filters["listInterviews"], "jobId": Filter(("job_id",))},
    }
    implemented = {**TABLES, "interviews": attrs.evolve(table, filters=filters)}
    assert not coverage_gaps(spec, implemented)


def test_a_new_response_field_fails(spec_copy: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["components"]["schemas"]["Interview"]["properties"]["recordingUrl"] = {"type": ["string", "null"]}

    _fails(
        "new response field",
        "completeness (tables vs spec)",
        coverage_gaps(spec_copy(edit)),
        "getInterview: response field Interview.recordingUrl",
    )


def test_a_new_endpoint_with_an_error_rule_fails(spec_copy: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        get = s["paths"]["/interviews/{id}"]["get"]
        s["paths"]["/interviews/{id}/cancel"] = {
            "parameters": s["paths"]["/interviews/{id}"].get("parameters", []),
            "post": {
                "operationId": "cancelInterview",
                "tags": get.get("tags", []),
                "responses": {
                    "200": get["responses"]["200"],
                    "409": {"description": "The interview is finished: it cannot be cancelled."},
                },
            },
        }

    spec = spec_copy(edit)
    gaps = coverage_gaps(spec)
    _fails(
        "new endpoint with a 409 rule", "completeness (tables vs spec)", gaps, "cancelInterview: status 409"
    )
    _fails(
        "new endpoint with a 409 rule",
        "completeness (handler registry)",
        unhandled(_operations(spec), HANDLERS),
        "cancelInterview",
    )


def test_a_new_request_field_fails(spec_copy: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["components"]["schemas"]["CandidateCreate"]["properties"]["source"] = {"type": "string"}

    _fails(
        "new request field",
        "completeness (tables vs spec)",
        coverage_gaps(spec_copy(edit)),
        "createCandidate: request field 'source'",
    )


def test_a_removed_request_field_fails_and_is_no_longer_read(
    spec_copy: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = spec_copy(lambda s: s["components"]["schemas"]["CandidateCreate"]["properties"].pop("jobId"))
    _fails(
        "removed request field",
        "completeness (tables vs spec)",
        coverage_gaps(spec),
        "createCandidate: request field 'jobId' in the tables is not in the spec",
    )
    world = checks.World()
    job = world.job()
    named = {"firstName": "Ada", "lastName": "Lovelace"}  # the answer's required fields
    before = world.data("createCandidate", body={**named, "email": "a@example.com", "jobId": job})
    assert before["jobIds"] == [job]
    monkeypatch.setattr(_context, "OPERATIONS", _operations(spec))  # the fake on the changed spec's table
    after = world.data("createCandidate", body={**named, "email": "b@example.com", "jobId": job})
    assert after["jobIds"] == []


def test_a_renamed_event_fails(spec_copy: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        post = s["webhooks"]["interview.started"]["post"]
        post["x-event-type"], post["x-event-label"] = "INTERVIEW_BEGAN", "interview.began"

    gaps = coverage_gaps(spec_copy(edit))
    _fails(
        "renamed event",
        "completeness (tables vs spec)",
        gaps,
        "webhook event INTERVIEW_BEGAN: not in the behaviour tables",
    )
    _fails(
        "renamed event",
        "completeness (tables vs spec)",
        gaps,
        "webhook event INTERVIEW_STARTED: in the tables but not in the spec",
    )


# --- a fake with one rule removed: the generic behaviour test names it --------------------------------------


def test_a_fake_without_a_filter_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = copy.deepcopy(dict(_context.FILTERS))
    runtime["listJobs"] = {k: v for k, v in runtime["listJobs"].items() if k != "status"}
    monkeypatch.setattr(_context, "FILTERS", runtime)
    _fails(
        "fake without the listJobs status filter",
        "behaviour: check_filters",
        checks.check_filters(ops={"listJobs"}),
        "listJobs: filter 'status'",
    )


def test_a_fake_without_an_error_rule_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    original = sourcing_backend.another_pass

    def without_409(ctx: Any, run: Any, body: Any) -> Any:
        run.status = "completed"  # the "still processing" rule removed
        return original(ctx, run, body)

    monkeypatch.setattr(sourcing_backend, "another_pass", without_409)
    _fails(
        "fake without the 409 of updateSourcing",
        "behaviour: check_statuses",
        checks.check_statuses(ops={"updateSourcing"}),
        "updateSourcing: status 409",
    )


def test_a_fake_without_a_stored_field_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(job_backend, "_STORED", tuple(n for n in job_backend._STORED if n != "benefits"))
    _fails(
        "fake that drops a job's benefits",
        "behaviour: check_stored",
        checks.check_stored(ops={"createJob"}),
        "createJob: stored field 'benefits'",
    )


def test_a_fake_without_a_response_field_or_event_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Interview.to_wire
    monkeypatch.setattr(
        Interview, "to_wire", lambda self: {k: v for k, v in original(self).items() if k != "transcript"}
    )
    emit = checks.World().fake.lifecycle.__class__._emit_interview

    def quiet(self: Any, iv: Any, event: str, *args: Any, **kwargs: Any) -> None:
        if event != "interview.started":
            emit(self, iv, event, *args, **kwargs)

    monkeypatch.setattr(checks.World().fake.lifecycle.__class__, "_emit_interview", quiet)
    world = checks.World()
    lifecycle.scenario(world)
    _fails(
        "fake without Interview.transcript",
        "behaviour: check_fields",
        lifecycle.check_fields(world),
        "Interview.transcript",
    )
    _fails(
        "fake that never sends interview.started",
        "behaviour: check_events",
        lifecycle.check_events(world),
        "event INTERVIEW_STARTED",
    )


def test_print_the_mutation_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The table the note quotes (run the module alone, in file order, to see every row)."""
    with capsys.disabled():
        print("\n\nmutation table (change kind | check that failed | message)")
        for kind, check, message in ROWS:
            print(f"| {kind} | {check} | {message} |")
