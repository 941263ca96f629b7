"""The project's one entry point: ``python3 -m nox -s <session>`` (``nox -l`` lists them).

``tests`` is the whole suite that CI runs: spec checks, the stale-generation check, lint, type checks and
pytest on Python 3.11, 3.12 and 3.13 (with coverage on 3.11).
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PYTHONS = ["3.11", "3.12", "3.13"]
GENERATED = ROOT / "generated"
SPEC = ROOT / "openapi" / "instaview.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
PRISM_START_TIMEOUT = 60.0

nox.options.download_python = "never"
nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests"]


def _expose_pyenv_interpreters() -> None:
    """Put pyenv's 3.11/3.12/3.13 on PATH so nox finds ``python3.X`` without downloading anything."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    extra = []
    for minor in PYTHONS:
        found = sorted(versions.glob(f"{minor}.*/bin"))
        if found:
            extra.append(str(found[-1]))
    if extra:
        os.environ["PATH"] = os.pathsep.join([*extra, os.environ.get("PATH", "")])


_expose_pyenv_interpreters()


def _generate_into(session: nox.Session, root: Path) -> None:
    """Regenerate ``root``/instaview_client (openapi-python-client) and ``root``/instaview_spec (our tables).

    Both folders are cleared first; ruff runs isolated from our lint settings, so the bytes depend only on
    the spec, openapi/generator.yaml, the custom templates in openapi/templates/ and the pinned versions.
    """
    out, tables = root / "instaview_client", root / "instaview_spec"
    for folder in (out, tables):
        if folder.exists():
            shutil.rmtree(folder)
    bin_dir = str(Path(session.bin))
    env = {"PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")]), "PYTHONHASHSEED": "0"}
    session.run(
        "openapi-python-client",
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(ROOT / "openapi" / "generator.yaml"),
        "--custom-template-path",
        str(ROOT / "openapi" / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
        env=env,
        silent=True,
    )
    session.run(
        "python", str(ROOT / "openapi" / "gen_spec_tables.py"), str(SPEC), str(tables), env=env, silent=True
    )
    session.run(
        "ruff", "check", str(tables), "--fix-only", "--isolated", "--no-cache", "--select", "I,F401", env=env
    )
    session.run("ruff", "format", str(tables), "--isolated", "--no-cache", env=env, silent=True)
    for cache in root.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    for pycache in root.rglob("__pycache__"):
        shutil.rmtree(pycache)


def _tree_diff(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side or different bytes)."""
    files_l = {p.relative_to(left) for p in left.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    files_r = {p.relative_to(right) for p in right.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    differ = sorted(str(p) for p in files_l ^ files_r)
    differ += sorted(str(p) for p in files_l & files_r if not filecmp.cmp(left / p, right / p, shallow=False))
    return differ


@nox.session(python=PYTHONS[0])
def generate(session: nox.Session) -> None:
    """Regenerate generated/instaview_client from openapi/instaview.yaml (byte-for-byte reproducible)."""
    session.install("-r", "requirements/generate.txt")
    _generate_into(session, GENERATED)
    session.log(
        f"generated {sum(1 for _ in GENERATED.rglob('*.py'))} modules into {GENERATED.relative_to(ROOT)}"
    )


@nox.session(python=PYTHONS[0])
def generated(session: nox.Session) -> None:
    """Fail, naming the files, when generated/ is stale against the spec (regenerates into a temp folder)."""
    session.install("-r", "requirements/generate.txt")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        _generate_into(session, fresh)
        differ = _tree_diff(fresh, GENERATED)
    if differ:
        listing = "\n  ".join(differ[:50])
        session.error(
            f"generated/ is stale ({len(differ)} files differ); run `nox -s generate`:\n  {listing}"
        )
    session.log("generated/ is up to date with openapi/instaview.yaml")


@nox.session(python=PYTHONS[0])
def spec(session: nox.Session) -> None:
    """Validate the spec (openapi-spec-validator) and every documented example against it."""
    session.install("-r", "requirements/test.txt", "-e", ".")
    session.run("openapi-spec-validator", str(SPEC))
    session.run("python", "-m", "pytest", "tests/spec", "-q", "-p", "no:cacheprovider", "-rs")


@nox.session(python=PYTHONS[0])
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check everywhere but generated/."""
    session.install("-r", "requirements/lint.txt")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHONS[0])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on instaview_plus/, the typing-usage file, tools/ and benchmarks/; pyright --verifytypes >= 99 %."""
    session.install("-r", "requirements/typecheck.txt", "-e", ".")
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
    """The pytest suite on one interpreter (coverage of instaview_plus/ is measured on 3.11)."""
    session.install("-r", "requirements/test.txt", "-e", ".")
    _ensure_redis_server(session)  # tests/ratelimit_redis start their own; on CI they never skip
    # test_prism.py and test_seed_workflow_node.py need Prism (and Node): they run in `nox -s contract`.
    args = [
        "-q",
        "-p",
        "no:cacheprovider",
        "--ignore=tests/spec",
        "--ignore=tests/contract/test_prism.py",
        "--ignore=tests/docs/test_site.py",  # needs the built site and Chromium: run by `nox -s docs`
        "--ignore=tests/contract/test_seed_workflow_node.py",
        *session.posargs,
    ]
    if session.python != PYTHONS[0]:
        session.run("python", "-m", "pytest", *args)
        return
    # `coverage run` starts before pytest loads plugins and conftest.py, which import instaview_plus at
    # startup: --cov (started later) would count those lines as never executed.
    session.run("python", "-m", "coverage", "erase")
    session.run("python", "-m", "coverage", "run", "-m", "pytest", *args)
    session.run("python", "-m", "coverage", "report")


@nox.session(
    python=False,
    requires=[
        "spec",
        "generated",
        "lint",
        "typecheck",
        "contract",
        "scale",
        "docs",
        *[f"pytest-{v}" for v in PYTHONS],
    ],
)
def tests(session: nox.Session) -> None:
    """The whole test suite (what CI runs): every session it requires passed."""
    session.log(
        "all checks passed: spec, generated, lint, typecheck, contract, scale, docs, pytest on "
        + ", ".join(PYTHONS)
    )


@nox.session(name="api-diff", python=PYTHONS[0])
def api_diff(session: nox.Session) -> None:
    """Spec and Python API changes since a git ref, breaking or not, and the semver bump they call for.

    ``nox -s api-diff -- <ref> [--allow-breaking]``; without a ref: the latest tag, else HEAD. Exits 1 on
    a breaking change unless --allow-breaking. See RELEASING.md.
    """
    session.install("-r", "requirements/apidiff.txt")
    session.run("python", "-m", "tools.api_diff", *session.posargs)


@nox.session(python=PYTHONS[0])
def bench(session: nox.Session) -> None:
    """Benchmarks as ratios to raw httpx in the same run; prints one table (not part of ``tests``).

    Exits non-zero when a target is missed; ``nox -s bench -- --report-only`` always exits 0, ``-- --quick``
    uses tiny counts. tests/test_bench_smoke.py runs the same code with tiny counts in the test suite.
    """
    _ensure_redis_server(session)  # the bulk scheduling figure with pacing shared through Redis
    session.install("-r", "requirements/bench.txt", "-r", "requirements/bench-redis.txt", "-e", ".")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHONS[0])
def quickstart(session: nox.Session) -> None:
    """Run the seed workflow (offline against the embedded fake unless INSTAVIEW_API_KEY is set)."""
    session.install("-e", ".")
    session.run("python", "-m", "instaview_plus", "quickstart", *session.posargs)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _install_prism(session: nox.Session) -> None:
    """``npm ci`` from package-lock.json; a machine without npm or Prism fails here, plainly (never a skip)."""
    if shutil.which("npm") is None:
        session.error(
            "the contract check needs Node.js 20+ and npm on PATH to install Prism (package.json,"
            " package-lock.json); npm was not found. Install Node.js and rerun `nox -s contract`:"
            " this check is never skipped."
        )
    # --ignore-scripts: Prism needs no install scripts (and one dependency's script is telemetry).
    session.run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", external=True)
    if not PRISM.exists():
        session.error(f"`npm ci` finished but {PRISM.relative_to(ROOT)} is missing: Prism is not installed")


def _run_against_prism(session: nox.Session, log_path: Path) -> None:
    """Start Prism on 127.0.0.1 (a free port), run tests/contract/test_prism.py against it, stop Prism."""
    port = _free_port()
    with log_path.open("w", encoding="utf-8") as log:
        # --errors: a request (or a Prism answer) that violates the spec becomes an error response.
        prism = subprocess.Popen(
            [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port), "--errors"],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    try:
        deadline = time.monotonic() + PRISM_START_TIMEOUT
        while "Prism is listening" not in log_path.read_text(encoding="utf-8"):
            if prism.poll() is not None or time.monotonic() > deadline:
                session.error(
                    f"Prism did not start (exit code {prism.poll()}):\n{log_path.read_text(encoding='utf-8')}"
                )
            time.sleep(0.2)
        session.log(f"Prism is serving {SPEC.relative_to(ROOT)} on http://127.0.0.1:{port}")
        session.run(
            "python",
            "-m",
            "pytest",
            "tests/contract/test_prism.py",
            "tests/contract/test_seed_workflow_node.py",
            "-q",
            "-p",
            "no:cacheprovider",
            "-rs",
            *session.posargs,
            env={"PRISM_MOCK_URL": f"http://127.0.0.1:{port}"},
        )
    except BaseException:
        problems = [line for line in log_path.read_text(encoding="utf-8").splitlines() if "error" in line]
        session.log("Prism errors:\n" + "\n".join(problems[-20:]))
        raise
    finally:
        prism.terminate()
        try:
            prism.wait(timeout=10)
        except subprocess.TimeoutExpired:
            prism.kill()
            prism.wait(timeout=10)


@nox.session(python=PYTHONS[0])
def contract(session: nox.Session) -> None:
    """Every operation through the SDK (sync and async) against Prism, a mock server built from the spec.

    Prism (@stoplight/prism-cli, pinned in package.json / package-lock.json) is installed with `npm ci`.
    Then schemathesis fuzzes the embedded fake (``fake.serve()`` on 127.0.0.1) against the same spec,
    bounded in examples and time. (The openapi-core check of every request and response runs inside the
    pytest sessions.)
    """
    session.install("-r", "requirements/test.txt", "-r", "requirements/schemathesis.txt", "-e", ".")
    _install_prism(session)
    with tempfile.TemporaryDirectory() as tmp:
        _run_against_prism(session, Path(tmp) / "prism.log")
    session.run("python", "tests/contract/schemathesis_fake.py")


@nox.session(python=PYTHONS[0])
def schemathesis(session: nox.Session) -> None:
    """Only the schemathesis step of ``contract``: fuzz ``fake.serve()`` against the spec (bounded)."""
    session.install("-r", "requirements/schemathesis.txt", "-e", ".")
    session.run("python", "tests/contract/schemathesis_fake.py", *session.posargs)


# --- nox -s release (RELEASING.md) ------------------------------------------------------------------------

# What a release commit may contain besides what HEAD has: the spec edit, its regeneration, the bump, the entry.
_RELEASE_PATHS = ("openapi/", "generated/", "CHANGELOG.md", "instaview_plus/_version.py")


def _git(session: nox.Session, *args: str) -> str:
    out = session.run("git", *args, external=True, silent=True)
    return str(out or "").strip()


@nox.session(python=PYTHONS[0])
def release(session: nox.Session) -> None:
    """Regenerate, api-diff against the last release tag, bump, CHANGELOG entry, whole suite, annotated tag.

    ``nox -s release -- [--bump patch|minor|major] [--dry-run] [--skip-suite]``. The bump is the api-diff
    verdict's (breaking -> minor below 1.0, else patch); ``--bump`` may only choose a larger one. The release
    commit holds the spec, generated/, CHANGELOG.md and the version; nothing else may be uncommitted. Never
    pushes. ``--dry-run`` stops before writing anything; ``--skip-suite`` (for trying the session out, never for
    a real release) skips ``nox -s tests`` and says so in the tag. See RELEASING.md.
    """
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(prog="nox -s release --")
    parser.add_argument("--bump", choices=("patch", "minor", "major"), help="larger than the verdict's only")
    parser.add_argument("--dry-run", action="store_true", help="report and stop: nothing written, no tag")
    parser.add_argument("--skip-suite", action="store_true", help="do not run nox -s tests (demos only)")
    args = parser.parse_args(session.posargs)

    status = str(session.run("git", "status", "--porcelain", external=True, silent=True) or "")
    dirty = [line[3:] for line in status.splitlines() if line.strip()]
    stray = [path for path in dirty if not path.startswith(_RELEASE_PATHS)]
    if stray:
        problem = f"commit or stash these first (a release commit holds only {_RELEASE_PATHS}): {stray}"
        if not args.dry_run:
            session.error(problem)
        session.warn(problem)
    tags = _git(session, "tag", "--list", "v*", "--merged", "HEAD", "--sort=-v:refname").splitlines()
    if not tags:
        session.error("no release tag (v*) reachable from HEAD: tag the last release first (RELEASING.md)")
    last = tags[0]

    # 1. Regenerate from the spec as it is now.
    session.install("-r", "requirements/generate.txt", "-r", "requirements/apidiff.txt")
    _generate_into(session, GENERATED)

    # 2. api-diff against the last release tag; 3. the bump from its verdict (a smaller --bump is refused).
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "verdict.json"
        session.run("python", "-m", "tools.api_diff", last, "--allow-breaking", "--json", str(report))
        verdict = json.loads(report.read_text(encoding="utf-8"))
        notes = [
            "python",
            "-m",
            "tools.release_notes",
            str(report),
            *(["--bump", args.bump] if args.bump else []),
        ]
        chosen = str(session.run(*notes, silent=True) or "").split()
        if len(chosen) != 2:
            session.error("tools.release_notes chose no version")
        part, version = chosen
        tag = f"v{version}"
        if _git(session, "tag", "--list", tag):
            session.error(f"tag {tag} exists already")
        session.log(
            f"release {verdict['old_version']} -> {version} ({part}; api-diff verdict: {verdict['bump']})"
        )
        if args.dry_run:
            session.log(
                "--dry-run: stopping here (generated/ was regenerated; no version, CHANGELOG, commit or tag)"
            )
            return
        # 4. Version and CHANGELOG entry, scaffolded from the report (the prose is the maintainer's).
        session.run(*notes, "--write")

    # 5. The whole suite on the release tree.
    if args.skip_suite:
        session.warn("--skip-suite: nox -s tests NOT run; this release is unchecked (say so if you keep it)")
    else:
        session.run(sys.executable, "-m", "nox", "-s", "tests", external=True)

    # 6. The release commit and its annotated tag (never pushed).
    session.run("git", "add", "--", *_RELEASE_PATHS, external=True)
    summary = f"{part} bump, api-diff against {last}: {'breaking' if verdict['breaking'] else 'non-breaking'}"
    session.run("git", "commit", "-q", "-m", f"Release {version}: {summary}", external=True)
    message = "\n".join(
        [
            f"instaview-plus {version}: {summary}",
            "" if not args.skip_suite else "(nox -s tests was skipped: --skip-suite)",
            *[f"spec: {c['line']}" for c in verdict["spec"]],
            *[f"python: {c['line']}" for c in verdict["python"]],
        ]
    )
    session.run("git", "tag", "-a", tag, "-m", message, external=True)
    session.log(
        f"tagged {tag} on {_git(session, 'rev-parse', '--short', 'HEAD')} (not pushed: git push origin {tag})"
    )


def _ensure_redis_server(session: nox.Session) -> None:
    """``redis-server`` on PATH, installed with apt-get when missing and running as root; else a plain error."""
    if shutil.which("redis-server"):
        return
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        session.error(
            "redis-server is not on PATH and this is not a root Debian/Ubuntu shell to apt-get it: install"
            " redis-server (e.g. `sudo apt-get install -y redis-server`) and rerun. The Redis checks never skip."
        )
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-qq", external=True, env=env)
    session.run(
        "apt-get", "install", "-y", "-qq", "--no-install-recommends", "redis-server", external=True, env=env
    )
    # the package starts a system service on Debian; the checks start their own server on a free port
    if shutil.which("redis-server") is None:
        session.error("apt-get install redis-server finished but redis-server is still not on PATH")


@nox.session(python=PYTHONS[0])
def scale(session: nox.Session) -> None:
    """Real redis-server and Celery workers on 127.0.0.1 import candidates through the bulk helper against
    ``fake.serve()``: shared pacing, per-process pacing (for comparison), a worker SIGKILLed mid-chunk.

    Prints the figures; fails when shared pacing creates a candidate twice or not at all, surfaces a 429,
    gets more than 2 server 429s per 100 requests or uses less than 0.9 of the key's limit (see
    examples/celery/scale.py; ``nox -s scale -- --rows 200`` passes options through).
    """
    _ensure_redis_server(session)
    session.install("-r", "requirements/test.txt", "-r", "requirements/scale.txt", "-e", ".[redis]")
    session.run("python", "-m", "pytest", "tests/ratelimit_redis", "-q", "-p", "no:cacheprovider")
    session.run("python", "examples/celery/scale.py", *session.posargs)


def _ensure_chromium(session: nox.Session) -> str:
    """Debian's ``chromium``: found on PATH, else installed with apt-get when root; otherwise a plain failure."""
    found = shutil.which("chromium")
    if found:
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        session.error(
            "the docs check opens the built site in headless Chromium, and `chromium` is not on PATH;"
            " install Debian's chromium (`apt-get install -y chromium`, as root) and rerun `nox -s docs`:"
            " this check is never skipped."
        )
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", external=True, env=env)
    session.run("apt-get", "install", "-y", "--no-install-recommends", "chromium", external=True, env=env)
    found = shutil.which("chromium")
    if not found:
        session.error("`apt-get install chromium` finished but `chromium` is not on PATH")
    return found


@nox.session(python=PYTHONS[0])
def docs(session: nox.Session) -> None:
    """Build the documentation site strictly (mkdocs.yml → site/), then open it in headless Chromium.

    A broken link or reference fails the build. tests/docs/test_site.py serves site/ on 127.0.0.1 and checks
    in Chromium (Debian's ``chromium``, installed with apt-get when missing) that the InstaView reference
    renders and that search finds ``schedule_interview``. The guides' examples run in the pytest sessions
    (tests/docs/test_guides.py). ``-- --screenshot PATH`` saves a PNG of the reference page.
    """
    session.install("-r", "requirements/docs.txt", "-r", "requirements/test.txt", "-e", ".")
    site = ROOT / "site"
    session.run("mkdocs", "build", "--strict", "--site-dir", str(site), env={"NO_MKDOCS_2_WARNING": "1"})
    chromium = _ensure_chromium(session)
    env = {"INSTAVIEW_DOCS_SITE": str(site), "CHROMIUM": chromium}
    args = list(session.posargs)
    if "--screenshot" in args:
        at = args.index("--screenshot")
        env["INSTAVIEW_DOCS_SCREENSHOT"] = str(Path(args[at + 1]).resolve())
        del args[at : at + 2]
    session.run(
        "python", "-m", "pytest", "tests/docs/test_site.py", "-q", "-p", "no:cacheprovider", *args, env=env
    )
