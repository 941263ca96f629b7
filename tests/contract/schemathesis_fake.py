"""Fuzz the embedded fake with schemathesis against openapi/instaview.yaml.

Run: ``python tests/contract/schemathesis_fake.py`` (needs ``requirements/schemathesis.txt`` and ``-e .``;
``nox -s schemathesis`` installs both). It serves one ``FakeInstaView`` on 127.0.0.1 (free port), then runs
the schemathesis CLI (examples, coverage and fuzzing phases; positive and negative data) in passes, each
with the credential its operations need:

- a regular API key with every scope: every operation but ``POST /api-keys``, ``DELETE /company/{id}`` and
  the deletes; then the deletes in a pass of their own (schemathesis reuses ids it has seen in responses, so
  a delete in the same pass would remove the resources the gets and updates are fuzzed against);
- an ATS key: the ``/company`` operations (only ATS keys create, list and delete child companies), deletes
  again last;
- an admin token: ``POST /api-keys``.

Success paths: before the run the fake is seeded (through its own HTTP API) with jobs, candidates, agents,
interviews with call attempts, webhooks, sourcing/preview/enrichment runs and child companies. Their ids go
into a per-pass ``schemathesis.toml`` as dictionaries bound to the operations' ``{id}`` path parameters (and
a few body fields), drawn with probability ``SEEDED_PROBABILITY`` in the fuzzing phase; so get, update,
delete and results operations answer 2xx and their bodies are schema-checked, not only their 404s. The spec
itself is untouched.

Checks: not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance
and response_headers_conformance. Bounded: ``--max-examples`` test cases per operation and phase, one
wall-clock cap (``--max-seconds``) for all passes. Prints operations (and how many reached a 2xx), test
cases and failures per pass and in total; ``--verbose`` adds status codes per operation. Exits 1 on any
failure, error or timeout, or when an operation in ``EXPECTED_2XX`` never answered 2xx (a floor, so the reach
cannot silently regress); 2 when schemathesis is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from instaview_plus.testing import FakeInstaView

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "instaview.yaml"
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
)
API_KEY = "sk_test_schemathesis_regular"
ATS_KEY = "sk_test_schemathesis_ats"
ADMIN_TOKEN = "admin_schemathesis"  # the fake accepts any admin_* bearer token on POST /api-keys
COMPANY_OPERATIONS = ("createCompany", "listCompanies", "getCompany", "updateCompany", "deleteCompany")
COMPANY_FILTER = tuple(arg for op in COMPANY_OPERATIONS for arg in ("--include-operation-id", op))
COMPANY_ONLY_ATS = ("--exclude-operation-id", "deleteCompany")


# Share of the fuzzing phase's cases whose bound parameter is drawn from the seeded ids (schemathesis
# dictionaries, see _write_config); the other cases keep generated values, so 400/404 paths stay fuzzed.
SEEDED_PROBABILITY = 0.6
# Operations that answer 2xx for a valid request: with the seeded ids every one must reach a 2xx at least once
# in a run, or the run fails (the floor that keeps the fuzzing from silently going shallow again). Derived from
# the spec: every operation, but those in NOT_2XX_FUZZED (each with its reason; tests/test_completeness.py
# checks that every name there is a spec operation).
NOT_2XX_FUZZED: dict[str, str] = {
    "createInterview": "the spec cannot say 'candidateId or candidate, agentId or agent', so generated bodies"
    " miss the pair",
    "createApiKey": "scopes must be known scope names, which the spec leaves open strings",
}


def _expected_2xx() -> frozenset[str]:
    from instaview_plus._generated.spec.operations import OPERATIONS

    return frozenset(
        f"{op['method']} {op['path']}" for op_id, op in OPERATIONS.items() if op_id not in NOT_2XX_FUZZED
    )


EXPECTED_2XX = _expected_2xx()


@dataclass
class Seeds:
    """Ids created in the fake before a pass: named pools and which operation parameter draws from which.

    ``bindings`` maps an operationId to ``{"path.id": pool, "body.jobId": pool, ...}`` (schemathesis 4
    parameter keys). Operations that delete get pools of their own, so a delete never removes the resource
    that the get/update operations are fuzzed against.
    """

    pools: dict[str, list[str]] = field(default_factory=dict)
    bindings: dict[str, dict[str, str]] = field(default_factory=dict)

    def bind(self, operation_id: str, parameter: str, pool: str, *ids: str) -> None:
        self.pools.setdefault(pool, []).extend(ids)
        self.bindings.setdefault(operation_id, {})[parameter] = pool


@dataclass
class Pass:
    """One schemathesis run: a name, the bearer token, the operation filter and the ids it is fed."""

    name: str
    token: str
    filters: tuple[str, ...]
    seeds: Seeds = field(default_factory=Seeds)


@dataclass
class Outcome:
    """What one pass reported; ``statuses`` counts response status codes per operation label."""

    name: str
    exit_code: int
    operations: int
    cases: int
    failures: int
    errors: int
    seconds: float
    statuses: dict[str, Counter[int]] = field(default_factory=dict)


DELETES = ("--include-method", "DELETE")
PASSES = (
    # Deletes run in passes of their own, after the others: schemathesis feeds ids it has seen in responses
    # to other operations, so a delete in the same pass would remove the seeded resources under the gets.
    # deleteCompany only with the ATS key: a regular key that deletes its own company is revoked with it.
    Pass(
        "regular key",
        API_KEY,
        ("--exclude-operation-id", "createApiKey", *COMPANY_ONLY_ATS, "--exclude-method", "DELETE"),
    ),
    Pass("regular key deletes", API_KEY, (*DELETES, "--exclude-operation-id", "deleteCompany")),
    Pass("ATS key", ATS_KEY, (*COMPANY_FILTER, "--exclude-method", "DELETE")),
    Pass("ATS key deletes", ATS_KEY, ("--include-operation-id", "deleteCompany")),
    Pass("admin token", ADMIN_TOKEN, ("--include-operation-id", "createApiKey")),
)
DELETABLE = 3  # resources seeded per delete operation (each can be deleted once)


def _create(http: httpx.Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = http.post(path, json=body)
    if not response.is_success:
        raise RuntimeError(f"seeding POST {path} answered {response.status_code}: {response.text}")
    data: dict[str, Any] = response.json()
    created: dict[str, Any] = data.get("data", data)  # sourcing runs answer without the envelope
    return created


def _seed_regular(fake: FakeInstaView) -> Seeds:
    """Jobs, candidates, phone agents, interviews with call attempts, webhooks and sourcing runs."""
    seeds = Seeds()
    today = fake.clock.now()
    future = (today + timedelta(days=20)).strftime("%Y-%m-%dT12:00:00Z")  # in the 08:00-20:00 call window
    # valid call times (future, at most 30 days ahead, in the call window) for the call-attempt bodies
    call_times = [
        (today + timedelta(days=d)).strftime(f"%Y-%m-%dT{h}:00:00Z") for d in (2, 5, 9) for h in (9, 15)
    ]
    with fake.http_client(headers={"Authorization": f"Bearer {API_KEY}"}) as http:

        def job() -> str:
            body = {"title": "Senior Engineer", "description": "Build and run things well.", "status": "OPEN"}
            return str(_create(http, "/jobs", body)["id"])

        def agent() -> str:
            body = {
                "name": "Screener",
                "type": "PHONE",
                "focus": "SCREENING",
                "language": "EN",
                "duration": 30,
                "companyPhoneNumberId": "123e4567-e89b-12d3-a456-426614174000",
            }
            return str(_create(http, "/agents", body)["id"])

        def candidate(job_id: str) -> str:
            body = {
                "firstName": "Ada",
                "lastName": "Lovelace",
                "gdprExpiryDate": "2030-01-01",
                "jobId": job_id,
                "email": "ada@example.com",
                "phoneNumber": "+14155550100",
            }
            return str(_create(http, "/candidates", body)["id"])

        def interview(when: str | None) -> dict[str, Any]:
            body: dict[str, Any] = {"candidateId": candidate(job_id), "agentId": agent_id, "jobId": job_id}
            if when is not None:
                body["scheduleTime"] = when
            created = _create(http, "/interviews", body)
            got = http.get(f"/interviews/{created['id']}").json()["data"]
            return dict(got)

        job_id, agent_id = job(), agent()
        seeds.bind("getJob", "path.id", "job", job_id)
        seeds.bind("updateJob", "path.id", "job", job_id)
        seeds.bind("deleteJob", "path.id", "job-delete", *(job() for _ in range(DELETABLE)))
        for operation in ("getAgent", "updateAgent"):
            seeds.bind(operation, "path.id", "agent", agent_id)
        seeds.bind("deleteAgent", "path.id", "agent-delete", *(agent() for _ in range(DELETABLE)))
        candidate_id = candidate(job_id)
        for operation in (
            "getCandidate",
            "updateCandidate",
            "listCandidateAnalyses",
            "listCandidateInterviews",
        ):
            seeds.bind(operation, "path.id", "candidate", candidate_id)
        seeds.bind(
            "deleteCandidate", "path.id", "candidate-delete", *(candidate(job_id) for _ in range(DELETABLE))
        )
        seeds.bind("createCandidate", "body.jobId", "job", job_id)
        for key, pool, value in (
            ("body.candidateId", "candidate", candidate_id),
            ("body.agentId", "agent", agent_id),
            ("body.jobId", "job", job_id),
        ):
            seeds.bind("createInterview", key, pool, value)
        run = {"title": "Engineer", "jobDescription": "Build and run things well.", "location": "Berlin"}

        def runs() -> None:  # one sourcing, preview and enrichment run for the results operations
            for operation, path, body in (
                ("getSourcingResults", "/sourcing", run),
                ("getSourcingPreviewResults", "/sourcing/preview", run),
                ("getEnrichmentResults", "/sourcing/enrich", {"profileIds": ["profile-1"]}),
            ):
                seeds.bind(operation, "path.id", operation, str(_create(http, path, body)["requestId"]))

        # sourcing runs finish while the clock advances below; an update starts a run again (then 409 while
        # it runs), so updateSourcing gets several finished runs
        finished = [str(_create(http, "/sourcing", run)["requestId"]) for _ in range(DELETABLE)]
        seeds.bind("updateSourcing", "path.id", "sourcing-update", *finished)
        runs()
        # one interview called right away and run to its end (analysed: PDF available), others in the future
        done = interview(None)
        fake.advance(hours=2)
        # runs still processing too: their results answer 202
        runs()
        for operation in ("createCallAttempt", "rescheduleCallAttempt"):
            seeds.bind(operation, "body.scheduledAt", "call-time", *call_times)
        seeds.bind("createInterview", "body.scheduleTime", "call-time", *call_times)
        seeds.bind("createCandidate", "body.email", "email", "ada@example.com", "grace.hopper@example.org")
        for operation in ("getInterview", "getInterviewAnalysisPdf"):
            seeds.bind(operation, "path.id", "interview", done["id"])
        seeds.bind("createCallAttempt", "path.id", "interview-attempts", interview(future)["id"])
        for operation in ("rescheduleCallAttempt", "deleteCallAttempt"):
            # one interview per operation: a deleted attempt cannot be rescheduled
            scheduled = interview(future)
            seeds.bind(operation, "path.id", f"interview-{operation}", scheduled["id"])
            seeds.bind(
                operation, "path.attemptId", f"attempt-{operation}", scheduled["callAttempts"][0]["id"]
            )
        seeds.bind(
            "deleteInterview",
            "path.id",
            "interview-delete",
            *(interview(future)["id"] for _ in range(DELETABLE)),
        )
        hook = {"url": "https://example.com/hook", "events": ["interview.completed"]}
        webhook_id = str(_create(http, "/webhooks", hook)["id"])
        for operation in ("getWebhook", "updateWebhook", "testWebhook", "resetWebhookCircuit"):
            seeds.bind(operation, "path.id", "webhook", webhook_id)
        seeds.bind(
            "deleteWebhook",
            "path.id",
            "webhook-delete",
            *(str(_create(http, "/webhooks", hook)["id"]) for _ in range(DELETABLE)),
        )
    return seeds


def _seed_ats(fake: FakeInstaView) -> Seeds:
    """Child companies of the ATS key: one to get and update, some to delete."""
    seeds = Seeds()
    child = fake.add_company("Child Co", ats_key=ATS_KEY).id
    seeds.bind("getCompany", "path.id", "company", child)
    seeds.bind("updateCompany", "path.id", "company", child)
    doomed = [fake.add_company(f"Doomed Co {n}", ats_key=ATS_KEY).id for n in range(DELETABLE)]
    seeds.bind("deleteCompany", "path.id", "company-delete", *doomed)
    return seeds


def _seed_admin(fake: FakeInstaView) -> Seeds:
    """The company new API keys are created for."""
    seeds = Seeds()
    seeds.bind("createApiKey", "body.companyId", "company", fake.default_company.id)
    return seeds


def _write_config(seeds: Seeds, path: Path) -> None:
    """A schemathesis.toml: one dictionary per pool, bound per operation with SEEDED_PROBABILITY."""
    lines: list[str] = []
    for pool, ids in seeds.pools.items():
        lines += [f"[dictionaries.{json.dumps(pool)}]", f"values = {json.dumps(sorted(set(ids)))}", ""]
    for operation_id, parameters in seeds.bindings.items():
        bound = ", ".join(
            f"{json.dumps(key)} = {{ dictionary = {json.dumps(pool)}, probability = {SEEDED_PROBABILITY} }}"
            for key, pool in parameters.items()
        )
        lines += ["[[operations]]", f"include-operation-id = {json.dumps(operation_id)}"]
        lines += [f"parameters = {{ {bound} }}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _counts(report: Path) -> tuple[int, int, int, int, dict[str, Counter[int]]]:
    """(operations tested, test cases, failures, errors, status codes per operation) from schemathesis'
    ndjson event stream."""
    operations: set[str] = set()
    statuses: dict[str, Counter[int]] = {}
    cases = failures = errors = 0
    if not report.exists():
        return 0, 0, 0, 0, statuses
    for line in report.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        (kind, data), *_ = event.items()
        if kind == "ScenarioFinished":
            recorder = data.get("recorder") or {}
            label = recorder.get("label")
            if label:
                operations.add(label)
                counter = statuses.setdefault(label, Counter())
                for interaction in (recorder.get("interactions") or {}).values():
                    if interaction.get("response"):
                        counter[int(interaction["response"]["status_code"])] += 1
            cases += len(recorder.get("cases") or {})
            for checks in (recorder.get("checks") or {}).values():
                failures += sum(1 for check in checks if check.get("status") == "failure")
        elif kind in ("NonFatalError", "FatalError"):
            errors += 1
    return len(operations), cases, failures, errors, statuses


def _run_pass(
    spec: Path, base_url: str, one: Pass, args: argparse.Namespace, deadline: float, tmp: Path
) -> Outcome:
    stem = one.name.replace(" ", "-")
    report = tmp / f"{stem}.ndjson"
    config = tmp / f"{stem}.toml"
    _write_config(one.seeds, config)
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {one.token}",
        "--checks",
        ",".join(CHECKS),
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(args.max_examples),
        "--seed",
        str(args.seed),
        "--workers",
        "1",  # the coverage phase's Hypothesis lambdas are not thread-safe on CPython 3.11's ast module
        "--generation-database",
        "none",
        "--generation-with-security-parameters",
        "false",  # keep our Authorization header; missing/invalid keys are the pytest suite's business
        "--request-timeout",
        "10",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(report),
        "--no-color",
        *one.filters,
    ]
    started = time.monotonic()
    remaining = deadline - started
    if remaining <= 0:
        print(f"[{one.name}] not started: the wall-clock cap of {args.max_seconds:.0f} s is spent")
        return Outcome(one.name, 1, 0, 0, 0, 1, 0.0)
    try:
        completed = subprocess.run(  # cwd=tmp: schemathesis writes its .schemathesis/ cache there
            command, capture_output=True, text=True, timeout=remaining, check=False, cwd=tmp
        )
        exit_code, output = completed.returncode, completed.stdout + completed.stderr
    except subprocess.TimeoutExpired as exc:
        exit_code = 1
        partial = exc.stdout or ""  # bytes on some Pythons even with text=True
        if isinstance(partial, bytes):
            partial = partial.decode("utf-8", "replace")
        output = partial + f"\n[{one.name}] stopped: wall-clock cap of {args.max_seconds:.0f} s reached\n"
    seconds = time.monotonic() - started
    operations, cases, failures, errors, statuses = _counts(report)
    if exit_code != 0 or args.verbose:
        print(output)
    reached = sum(1 for counter in statuses.values() if any(200 <= code < 300 for code in counter))
    print(
        f"[{one.name}] {operations} operations ({reached} reached a 2xx), {cases} test cases, "
        f"{failures} failed checks, {errors} errors, exit {exit_code}, {seconds:.1f} s"
    )
    if args.verbose:
        for label, counter in sorted(statuses.items()):
            print(f"  {label}: {dict(sorted(counter.items()))}")
    return Outcome(one.name, exit_code, operations, cases, failures, errors, seconds, statuses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=50, help="test cases per operation and phase")
    parser.add_argument(
        "--seed", type=int, default=1, help="schemathesis/Hypothesis seed (fixed: reproducible)"
    )
    parser.add_argument("--max-seconds", type=float, default=150.0, help="wall-clock cap for all passes")
    parser.add_argument(
        "--report-dir",
        type=Path,
        help="keep each pass' schemathesis.toml and ndjson event report here (default: a temp dir)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="print schemathesis' own output for every pass"
    )
    args = parser.parse_args(argv)
    if importlib.util.find_spec("schemathesis") is None:
        print(
            "schemathesis is not installed: pip install -r requirements/schemathesis.txt -e .",
            file=sys.stderr,
        )
        return 2

    from instaview_plus.testing import FakeInstaView

    fake = FakeInstaView(seed=0, rate_limit_per_minute=10**7, rate_limit_per_hour=10**8)
    fake.add_api_key(API_KEY)
    fake.add_api_key(ATS_KEY, ats=True)
    regular, ats = _seed_regular(fake), _seed_ats(fake)
    seeds = {API_KEY: regular, ATS_KEY: ats, ADMIN_TOKEN: _seed_admin(fake)}
    passes = [Pass(one.name, one.token, one.filters, seeds[one.token]) for one in PASSES]
    deadline = time.monotonic() + args.max_seconds
    outcomes: list[Outcome] = []
    with fake.serve() as base_url, tempfile.TemporaryDirectory(prefix="schemathesis-fake-") as tmp:
        if args.report_dir is not None:
            args.report_dir.mkdir(parents=True, exist_ok=True)
            tmp = str(args.report_dir.resolve())
        print(
            f"schemathesis {'/'.join(CHECKS)} against the fake at {base_url} (spec {SPEC.relative_to(ROOT)})"
        )
        for one in passes:
            outcomes.append(_run_pass(SPEC, base_url, one, args, deadline, Path(tmp)))
    operations = sum(o.operations for o in outcomes)
    cases = sum(o.cases for o in outcomes)
    failures = sum(o.failures for o in outcomes)
    errors = sum(o.errors for o in outcomes)
    seconds = sum(o.seconds for o in outcomes)
    reached = {
        label
        for outcome in outcomes
        for label, counter in outcome.statuses.items()
        if any(200 <= code < 300 for code in counter)
    }
    tested = {label for outcome in outcomes for label in outcome.statuses}
    missing = sorted(EXPECTED_2XX - reached)
    ok = (
        all(o.exit_code == 0 for o in outcomes)
        and failures == 0
        and errors == 0
        and cases > 0
        and not missing
    )
    if missing:
        print(f"never answered 2xx, but should have (seeded ids not reached): {', '.join(missing)}")
    print(
        f"schemathesis total: {operations} operation runs, {cases} test cases, {failures} failed checks, "
        f"{errors} errors in {seconds:.1f} s; {len(reached)} of {len(tested)} operations reached a 2xx "
        f"(floor: {len(EXPECTED_2XX)}): {'PASSED' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
