"""The jobs people run that are more than one operation: import, wait, pdf, quickstart, fake serve, verify."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._client.client import InstaView
from .._exceptions import InvalidRequestError
from .._pipeline.wire import snake
from ..webhooks._signature import DELIVERY_HEADER, SIGNATURE_HEADER
from ._csv import read_rows, report
from ._output import Progress, emit
from ._scale import add_export_options, add_import_options, interviews_export, interviews_import

__all__ = ["TASKS", "add_tasks"]

Task = Callable[[argparse.Namespace, Callable[[], InstaView]], int]


def _cell(row: dict[str, Any], header: str, value: str) -> None:
    """snake_case keys (``firstName`` and ``first_name`` headers both work); ``metadata`` is JSON."""
    name = snake(header).replace(" ", "_").replace("-", "_")
    row[name] = json.loads(value) if name == "metadata" else value


def candidates_import(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Create every row of a CSV as a candidate of a job; a rerun (same checkpoint) creates nothing twice."""
    path = Path(ns.file)
    rows = read_rows(path, _cell)
    checkpoint = ns.checkpoint or str(path) + ".checkpoint"
    bar = Progress(f"importing {path.name}")

    new = [0]  # rows created by this run (a resumed row was created by an earlier one)

    def progress(p: Any) -> None:
        new[0] += p.last.status == "created" and not p.last.resumed
        bar.update(
            p.done,
            p.total,
            f"created {new[0]}, already there {p.done - new[0] - p.failed}, failed {p.failed}",
        )

    result = client().bulk.create_candidates(
        rows,
        job_id=ns.job_id,
        concurrency=ns.concurrency,
        checkpoint=checkpoint,
        on_progress=progress,
        lookup_first=ns.lookup_first,
    )
    failed = result.failures
    created = sum(1 for r in result if r.status == "created" and not r.resumed)
    summary = {
        "rows": len(result),
        "created": created,
        "existed": len(result) - created - result.failed,
        "failed": result.failed,
        "checkpoint": checkpoint,
    }
    line = (
        f"{summary['rows']} rows: {summary['created']} created, {summary['existed']} already there,"
        f" {summary['failed']} failed (checkpoint {checkpoint})"
    )
    return report(summary, failed, line, as_json=ns.json)


def interviews_wait(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Poll an interview until COMPLETED, FAILED or CANCELLED, showing each status on stderr."""
    from ..resources.interviews import status_text

    bar = Progress(f"interview {ns.id}")
    polls = [0]

    def on_poll(interview: Any) -> None:
        polls[0] += 1
        bar.note(f"interview {ns.id}: {status_text(interview)} (poll {polls[0]})")

    done = client().interviews.wait(
        ns.id, timeout=ns.timeout, interval=ns.interval, max_interval=ns.max_interval, on_poll=on_poll
    )
    bar.end()
    data = done.to_dict()
    emit(
        data
        if ns.json
        else {k: data.get(k) for k in ("id", "status", "scheduledAt", "finishedDate") if k in data},
        as_json=ns.json,
    )
    return 0 if status_text(done) == "COMPLETED" else 1


def interviews_pdf(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Save an interview's analysis PDF to ``-o FILE`` (``-`` writes it to stdout)."""
    pdf = client().interviews.analysis_pdf(ns.id)
    if ns.output == "-":
        sys.stdout.buffer.write(pdf)
        sys.stdout.flush()
        return 0
    Path(ns.output).write_bytes(pdf)
    print(f"saved {len(pdf)} bytes to {ns.output}", file=sys.stderr)
    return 0


def quickstart(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """The seed workflow (offline against the embedded fake unless INSTAVIEW_API_KEY is set)."""
    from ._quickstart import run

    return run(pdf=Path(ns.pdf) if ns.pdf else None, stream=sys.stdout)


def fake_serve(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Serve the embedded fake on 127.0.0.1 until Ctrl-C (``/_fake/*`` control routes on)."""
    from ..testing.__main__ import main

    forward = [arg for url in ns.forward_to for arg in ("--forward-to", url)]
    return main(["--port", str(ns.port), "--seed", str(ns.seed), *forward])


def trigger(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Make an event happen on a served fake (``POST /_fake/trigger``); print the ids and deliveries."""
    import os
    import urllib.error
    import urllib.request

    from .._constants import ENV_BASE_URL

    base = (ns.base_url or os.environ.get(ENV_BASE_URL) or "").rstrip("/")
    if not base.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise InvalidRequestError(
            "trigger drives a served fake: pass --base-url http://127.0.0.1:PORT (python -m instaview_plus.testing)",
            argument="base_url",
        )
    request = urllib.request.Request(
        base + "/_fake/trigger",
        data=json.dumps({"event": ns.event}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            result = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        detail = json.loads(exc.read() or b"{}").get("error", exc.reason)
        raise InvalidRequestError(f"the fake refused the trigger: {detail}", argument="event") from None
    except (urllib.error.URLError, OSError) as exc:
        raise InvalidRequestError(f"no served fake at {base}: {exc}", argument="base_url") from None
    if ns.json:
        emit(result, as_json=True)
        return 0
    ids = {k: v for k, v in result.items() if k not in ("deliveries", "event")}
    print(f"triggered {result['event']}: " + ", ".join(f"{k}={v}" for k, v in ids.items()))
    for item in result["deliveries"]:
        print(f"  delivery {item['deliveryId']}: {item['event']} -> webhook {item['webhookId']}")
    return 0


def webhooks_verify(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Check a delivery read from stdin against its signature header; print the event (exit 1 if refused)."""
    from ..webhooks import verify

    payload = sys.stdin.buffer.read()
    headers = {SIGNATURE_HEADER: ns.signature}
    if ns.delivery_id:
        headers[DELIVERY_HEADER] = ns.delivery_id
    event = verify(
        payload=payload,
        headers=headers,
        secret=ns.secret,
        tolerance=None if ns.no_tolerance else ns.tolerance,
    )
    shown = {
        "type": event.type,
        "raw_type": event.raw_type,
        "delivery_id": event.delivery_id,
        "data": event.payload.get("data"),
    }
    emit(shown, as_json=ns.json)
    return 0


TASKS: dict[tuple[str, ...], tuple[Task, str]] = {
    ("candidates", "import"): (candidates_import, "Import a CSV of candidates into a job (bulk, resumable)"),
    ("interviews", "import"): (interviews_import, "Schedule one interview per CSV row (bulk, resumable)"),
    ("interviews", "export"): (interviews_export, "Export finished interviews to JSON lines (resumable)"),
    ("interviews", "wait"): (interviews_wait, "Wait for an interview to finish, showing its status"),
    ("interviews", "pdf"): (interviews_pdf, "Save an interview's analysis PDF"),
    ("quickstart",): (quickstart, "Run the quickstart workflow (offline against the fake without a key)"),
    ("fake", "serve"): (fake_serve, "Serve the embedded fake InstaView on 127.0.0.1"),
    ("webhooks", "verify"): (webhooks_verify, "Verify a webhook delivery (the body on stdin)"),
    ("trigger",): (
        trigger,
        "Make a webhook event happen on a served fake (python -m instaview_plus.testing)",
    ),
}
"""Hand-written commands; ``interviews pdf`` replaces the spec command of getInterviewAnalysisPdf."""


def add_tasks(parser: argparse.ArgumentParser, name: tuple[str, ...]) -> None:
    """The options of a hand-written command."""
    if name == ("candidates", "import"):
        parser.add_argument(
            "file",
            metavar="FILE.csv",
            help="a CSV with a header row: first_name, last_name, gdpr_expiry_date, email, phone_number, metadata (JSON)",
        )
        parser.add_argument("--job-id", required=True, help="the job every candidate is assigned to")
        parser.add_argument("--concurrency", type=int, default=4, help="requests in flight (default 4)")
        parser.add_argument("--checkpoint", help="the resume file (default FILE.csv.checkpoint)")
        parser.add_argument(
            "--lookup-first",
            action="store_true",
            help="look every row up in the job before creating it (a rerun without the checkpoint file)",
        )
    elif name == ("interviews", "import"):
        add_import_options(parser)
    elif name == ("interviews", "export"):
        add_export_options(parser)
    elif name in (("interviews", "wait"), ("interviews", "pdf")):
        parser.add_argument("id", metavar="ID", help="the interview id")
        if name[1] == "wait":
            parser.add_argument(
                "--timeout", type=float, default=3600.0, help="give up after this many seconds (default 3600)"
            )
            parser.add_argument(
                "--interval", type=float, default=5.0, help="the first pause between polls (default 5 s)"
            )
            parser.add_argument(
                "--max-interval", type=float, default=60.0, help="the longest pause (default 60 s)"
            )
        else:
            parser.add_argument(
                "-o", "--output", required=True, metavar="FILE", help="where to save the PDF (- for stdout)"
            )
    elif name == ("quickstart",):
        parser.add_argument("--pdf", metavar="PATH", help="where the analysis PDF goes (offline mode)")
    elif name == ("fake", "serve"):
        parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
        parser.add_argument("--seed", type=int, default=0, help="seed of the fake's ids (default 0)")
        parser.add_argument(
            "--forward-to",
            metavar="URL",
            action="append",
            default=[],
            help="register a webhook for every event at URL and print its signing secret (repeatable)",
        )
    elif name == ("trigger",):
        from instaview_plus._generated.spec.events import EVENT_LABELS

        parser.add_argument(
            "event", metavar="EVENT", help="the event, e.g. " + ", ".join(EVENT_LABELS.values())
        )
    elif name == ("webhooks", "verify"):
        parser.add_argument("--secret", required=True, help="the webhook's signingSecret")
        parser.add_argument(
            "--signature", required=True, help=f"the {SIGNATURE_HEADER} header (t=<unix>,v1=<hex>)"
        )
        parser.add_argument("--delivery-id", help=f"the {DELIVERY_HEADER} header, if any")
        parser.add_argument(
            "--tolerance",
            type=float,
            default=300.0,
            help="the oldest delivery accepted, in seconds (default 300)",
        )
        parser.add_argument(
            "--no-tolerance", action="store_true", help="skip the age check (replaying a saved delivery)"
        )
