"""The project's one entry point: ``python3 scripts/nox.py -s <session>`` (``-l`` lists them).

``tests`` is the whole suite that CI runs. This file only declares sessions: what they run lives in
``tools/`` (generation, api-diff, release, locks, Prism, system programs). Every session installs from a lock
in ``requirements/lock/`` (``nox -s lock`` refreshes them all) and makes its environment with uv when
scripts/nox.py could install it (pip otherwise); environments are reused between runs.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from tools import lock as locks  # noqa: E402  (stdlib only: importable by nox itself)
from tools.services import MissingProgram, ensure_program  # noqa: E402

PYTHONS = list(locks.PYTHONS)
PYTEST = ["-q", "-p", "no:cacheprovider"]

nox.options.download_python = "never"
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests"]
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")  # uv uses the interpreters nox finds, never its own
# uv trusts the platform's certificate store, as pip does (a machine whose TLS goes through its own CA)
os.environ.setdefault("UV_SYSTEM_CERTS", "1")


def _expose_pyenv_interpreters() -> None:
    """Put pyenv's 3.11/3.12/3.13 on PATH so nox finds ``python3.X`` without downloading anything."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    extra = [str(found[-1]) for minor in PYTHONS if (found := sorted(versions.glob(f"{minor}.*/bin")))]
    if extra:
        os.environ["PATH"] = os.pathsep.join([*extra, os.environ.get("PATH", "")])


_expose_pyenv_interpreters()


def _install(session: nox.Session, lock: str) -> None:
    """Install the lock ``lock`` for this interpreter (refusing a stale one), then the project itself."""
    problem = locks.stale(lock, str(session.python))
    if problem:
        session.error(problem)
    spec = locks.LOCKS[lock]
    session.install("-r", str(locks.lock_path(lock, str(session.python) if spec.pythons else None)))
    if spec.project:
        session.install("--no-deps", "-e", ".")


def _program(session: nox.Session, program: str, package: str, needed_for: str) -> str:
    try:
        return ensure_program(program, package, needed_for)
    except MissingProgram as exc:
        session.error(str(exc))


@nox.session(python=PYTHONS[0])
def generate(session: nox.Session) -> None:
    """Regenerate instaview_plus/_generated/ from openapi/instaview.yaml (byte-for-byte reproducible)."""
    _install(session, "tools")
    session.run("python", "-m", "tools.generate")


@nox.session(name="check-generated", python=PYTHONS[0])
def check_generated(session: nox.Session) -> None:
    """Fail, naming the files, when instaview_plus/_generated/ is stale (regenerates into a temp folder)."""
    _install(session, "tools")
    session.run("python", "-m", "tools.generate", "--check")


@nox.session(python=PYTHONS[0])
def completeness(session: nox.Session) -> None:
    """After a spec edit: regenerate, then name what the SDK and the fake lack (tests/test_completeness.py)."""
    _install(session, "completeness")
    session.run("python", "-m", "tools.generate")
    session.run(
        "python", "-m", "pytest", "tests/test_completeness.py", "tests/spec", *PYTEST, *session.posargs
    )


@nox.session(python=PYTHONS[0])
def spec(session: nox.Session) -> None:
    """Validate the spec (openapi-spec-validator) and every documented example against it."""
    _install(session, "test")
    session.run("openapi-spec-validator", "openapi/instaview.yaml")
    session.run("python", "-m", "pytest", "tests/spec", *PYTEST, "-rs")


@nox.session(python=PYTHONS[0])
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check everywhere but instaview_plus/_generated/."""
    _install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHONS[0])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on instaview_plus/, the typing-usage file, tools/ and benchmarks/; pyright --verifytypes >= 99 %."""
    _install(session, "typecheck")
    session.run("mypy", "--strict", "instaview_plus", "pytest_instaview_plus")
    if (ROOT / "tests" / "typing").exists():
        session.run("mypy", "--strict", "tests/typing")
    session.run("mypy", "--strict", "tools", "benchmarks", "tests/contract/schemathesis_fake.py")
    # the public API's type completeness for pyright (pinned in package.json): at least 99 % (issue 25.8)
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    if not pyright.exists():
        session.run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", external=True)
    report = session.run(  # the session's python comes first on PATH: pyright resolves imports with it
        str(pyright),
        "--verifytypes",
        "instaview_plus",
        "--ignoreexternal",
        "--outputjson",
        silent=True,
        success_codes=[0, 1],
        external=True,
    )
    text = str(report)
    score = json.loads(text[text.index("{") :])["typeCompleteness"]["completenessScore"]
    session.log(f"pyright --verifytypes instaview_plus: {score:.1%}")
    if score < 0.99:
        session.error(
            f"type completeness {score:.1%} < 99 %: run `npx pyright --verifytypes instaview_plus --ignoreexternal`"
        )


@nox.session(python=PYTHONS)
def pytest(session: nox.Session) -> None:
    """pytest (tests/) on one interpreter; on the newest with the coverage of instaview_plus/."""
    _install(session, "test")
    _program(session, "redis-server", "redis-server", "tests/ratelimit_redis")
    # Run by other sessions: tests/spec (spec), Prism and Node (contract), the built site (docs).
    args = [
        *PYTEST,
        "--ignore=tests/spec",
        "--ignore=tests/contract/test_prism.py",
        "--ignore=tests/docs/test_site.py",
        "--ignore=tests/contract/test_seed_workflow_node.py",
        *session.posargs,
    ]
    if session.python != PYTHONS[-1]:
        session.run("python", "-m", "pytest", *args)
        return
    # `coverage run` starts before pytest loads plugins and conftest.py, which import instaview_plus at
    # startup: --cov (started later) would count those lines as never executed. On 3.12+ coverage measures
    # through sys.monitoring (PEP 669), which costs a fraction of the trace function's time.
    env = {"COVERAGE_CORE": "sysmon"}
    session.run("python", "-m", "coverage", "erase")
    session.run("python", "-m", "coverage", "run", "-m", "pytest", *args, env=env)
    session.run("python", "-m", "coverage", "report")


@nox.session(python=PYTHONS[0])
def lowest(session: nox.Session) -> None:
    """The unit and resource tests on the minimum runtime versions pyproject.toml allows (httpx, attrs, ...)."""
    _install(session, "lowest")
    session.run(
        "python",
        "-m",
        "pytest",
        "tests/pipeline",
        "tests/plans",
        "tests/models",
        "tests/resources",
        *PYTEST,
        *session.posargs,
    )


@nox.session(
    python=False,
    requires=[
        "spec",
        "check-generated",
        "lint",
        "typecheck",
        "contract",
        "scale",
        "docs",
        *[f"pytest-{v}" for v in PYTHONS],
        "lowest",
    ],
)
def tests(session: nox.Session) -> None:
    """The whole test suite (what CI runs): every session it requires passed."""
    session.log(
        "all checks passed: spec, check-generated, lint, typecheck, contract, scale, docs, lowest, pytest on "
        + ", ".join(PYTHONS)
    )


@nox.session(name="api-diff", python=PYTHONS[0])
def api_diff(session: nox.Session) -> None:
    """Spec and Python API changes since the last release (release/last/), and the bump they call for.

    ``nox -s api-diff -- [<git ref>] [--allow-breaking] [--json FILE]``: a ref compares with that commit or
    tag instead. Exits 1 on a breaking change unless --allow-breaking (see RELEASING.md).
    """
    _install(session, "tools")
    session.run("python", "-m", "tools.api_diff", *session.posargs)


@nox.session(python=PYTHONS[0])
def release(session: nox.Session) -> None:
    """Regenerate, api-diff against release/last/, bump, CHANGELOG, whole suite, the record, one commit.

    ``nox -s release -- [--bump patch|minor|major] [--dry-run] [--skip-suite] [--against REF]``; see
    RELEASING.md. Never pushes.
    """
    _install(session, "tools")
    session.run("python", "-m", "tools.release", *session.posargs)


@nox.session(python=PYTHONS[0])
def lock(session: nox.Session) -> None:
    """Recompile every lock in requirements/lock/ with uv (after changing requirements/*.txt or pyproject)."""
    session.install("-r", "requirements/nox.txt")  # uv, as scripts/nox.py pins it
    session.run("python", "-m", "tools.lock", *session.posargs)


@nox.session(python=PYTHONS[0])
def bench(session: nox.Session) -> None:
    """Benchmarks as ratios to raw httpx in the same run; prints one table (not part of ``tests``).

    Exits non-zero when a target is missed; ``nox -s bench -- --report-only`` always exits 0, ``-- --quick``
    uses tiny counts. tests/test_bench_smoke.py runs the same code with tiny counts in the test suite.
    """
    _program(
        session, "redis-server", "redis-server", "the bulk scheduling figure (pacing shared through Redis)"
    )
    _install(session, "bench")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHONS[0])
def quickstart(session: nox.Session) -> None:
    """Run the seed workflow (offline against the embedded fake unless INSTAVIEW_API_KEY is set)."""
    _install(session, "runtime")
    session.run("python", "-m", "instaview_plus", "quickstart", *session.posargs)


@nox.session(python=PYTHONS[0])
def contract(session: nox.Session) -> None:
    """Every operation through the SDK (sync and async) against Prism, a mock server built from the spec.

    Prism (@stoplight/prism-cli, pinned in package.json / package-lock.json) is installed with `npm ci`.
    Then schemathesis fuzzes the embedded fake (``fake.serve()`` on 127.0.0.1) against the same spec,
    bounded in examples and time. (The openapi-core check of every request and response runs inside the
    pytest sessions.)
    """
    _install(session, "contract")
    session.run("python", "-m", "tools.prism", *session.posargs)
    session.run("python", "tests/contract/schemathesis_fake.py")


@nox.session(python=PYTHONS[0])
def schemathesis(session: nox.Session) -> None:
    """Only the schemathesis step of ``contract``: fuzz ``fake.serve()`` against the spec (bounded)."""
    _install(session, "contract")
    session.run("python", "tests/contract/schemathesis_fake.py", *session.posargs)


@nox.session(python=PYTHONS[0])
def scale(session: nox.Session) -> None:
    """Real redis-server and Celery workers import candidates through the bulk helper against the fake.

    On 127.0.0.1, against ``fake.serve()``: shared pacing, per-process pacing (for comparison), a worker
    SIGKILLed mid-chunk. Prints the figures; fails when shared pacing creates a candidate twice or not at all, surfaces a 429,
    gets more than 2 server 429s per 100 requests or uses less than 0.9 of the key's limit (see
    examples/celery/scale.py; ``nox -s scale -- --rows 200`` passes options through).
    """
    _program(session, "redis-server", "redis-server", "nox -s scale")
    _install(session, "scale")
    session.run("python", "-m", "pytest", "tests/ratelimit_redis", *PYTEST)
    session.run("python", "examples/celery/scale.py", *session.posargs)


@nox.session(python=PYTHONS[0])
def docs(session: nox.Session) -> None:
    """Build the documentation site strictly (mkdocs.yml → site/), then open it in headless Chromium.

    A broken link or reference fails the build. tests/docs/test_site.py serves site/ on 127.0.0.1 and checks
    with Playwright in Chromium (Debian's ``chromium``, installed with apt-get when missing) that every page of
    the nav loads without a console error, that the InstaView reference renders and that search finds things. The guides' examples run in the pytest sessions
    (tests/docs/test_guides.py). ``-- --screenshot PATH`` saves a PNG of the reference page.
    """
    _install(session, "docs")
    site = ROOT / "site"
    session.run("mkdocs", "build", "--strict", "--site-dir", str(site), env={"NO_MKDOCS_2_WARNING": "1"})
    chromium = _program(session, "chromium", "chromium", "the docs check (headless Chromium)")
    env = {"INSTAVIEW_DOCS_SITE": str(site), "CHROMIUM": chromium}
    args = list(session.posargs)
    if "--screenshot" in args:
        at = args.index("--screenshot")
        env["INSTAVIEW_DOCS_SCREENSHOT"] = str(Path(args[at + 1]).resolve())
        del args[at : at + 2]
    session.run("python", "-m", "pytest", "tests/docs/test_site.py", *PYTEST, *args, env=env)
