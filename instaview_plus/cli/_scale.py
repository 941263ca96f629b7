"""``instaview interviews import`` (bulk scheduling from a CSV) and ``instaview interviews export`` (results)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._client.client import InstaView
from ._csv import read_rows, report
from ._output import Progress, emit

__all__ = ["add_export_options", "add_import_options", "interviews_export", "interviews_import"]

_INLINE = "candidate."


def _value(name: str, raw: str) -> Any:
    if name == "metadata":
        return json.loads(raw)
    if name == "is_test":
        if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"is_test must be true or false (got {raw!r})")
        return raw.lower() in ("true", "1", "yes")
    return raw


def _cell(row: dict[str, Any], name: str, raw: str) -> None:
    """``candidate.<field>`` columns make the inline candidate; the others are the row's own fields."""
    if name.startswith(_INLINE):
        field = name[len(_INLINE) :]
        row.setdefault("candidate", {})[field] = _value(field, raw)
    else:
        row[name] = _value(name, raw)


def interviews_import(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Schedule one interview per CSV row; a rerun with the same checkpoint schedules nothing twice."""
    path = Path(ns.file)
    rows = read_rows(path, _cell)
    checkpoint = ns.checkpoint or str(path) + ".checkpoint"
    bar = Progress(f"scheduling {path.name}")

    def progress(p: Any) -> None:
        bar.update(p.done, p.total, f"scheduled {p.scheduled}, already there {p.existed}, failed {p.failed}")

    result = client().bulk.schedule_interviews(
        rows,
        agent_id=ns.agent_id,
        concurrency=ns.concurrency,
        checkpoint=checkpoint,
        on_progress=progress,
        settle_window=ns.settle_window,
    )
    summary = {
        "rows": len(result),
        "scheduled": result.scheduled,
        "existed": result.existed,
        "failed": result.failed,
        "checkpoint": checkpoint,
    }
    line = (
        f"{summary['rows']} rows: {result.scheduled} scheduled, {result.existed} already there,"
        f" {result.failed} failed (checkpoint {checkpoint})"
    )
    return report(summary, result.failures, line, as_json=ns.json)


def interviews_export(ns: argparse.Namespace, client: Callable[[], InstaView]) -> int:
    """Append every interview finished since ``--since`` to ``--out`` (JSON lines), resumable."""
    out = Path(ns.out)
    checkpoint = ns.checkpoint or str(out) + ".checkpoint"
    pdf_dir = Path(ns.pdf_dir) if ns.pdf_dir else None
    if pdf_dir is not None:
        pdf_dir.mkdir(parents=True, exist_ok=True)
    items = client().interviews.export(
        since=ns.since,
        checkpoint=checkpoint,
        job_id=ns.job_id,
        company_id=ns.company_id,
        include_pdf=pdf_dir is not None,
    )
    count = 0
    bar = Progress(f"exporting to {out.name}")
    with out.open("a", encoding="utf-8") as fh, items:
        for item in items:
            data = item.to_dict()
            if pdf_dir is not None and item.analysis_pdf is not None:
                target = pdf_dir / f"{item.id}.pdf"
                target.write_bytes(item.analysis_pdf)
                data["analysisPdfFile"] = str(target)
            fh.write(json.dumps(data, separators=(",", ":")) + "\n")
            fh.flush()
            os.fsync(fh.fileno())  # written for good before the next item commits this one
            count += 1
            if count % 100 == 0:
                bar.note(f"exported {count} interviews")
    summary = {"exported": count, "out": str(out), "checkpoint": checkpoint}
    if ns.json:
        emit(summary, as_json=True)
    else:
        print(f"{count} interviews exported to {out} (checkpoint {checkpoint})")
    return 0


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``interviews import``."""
    parser.add_argument(
        "file",
        metavar="FILE.csv",
        help="a CSV with a header row: candidate_id (or candidate.first_name, candidate.last_name,"
        " candidate.email, candidate.gdpr_expiry_date, candidate.job_id ...), agent_id, job_id, at,"
        " time_zone, company_id, metadata (JSON), is_test",
    )
    parser.add_argument("--agent-id", help="the agent of rows without an agent_id")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight (default 4)")
    parser.add_argument("--checkpoint", help="the resume file or redis:// URL (default FILE.csv.checkpoint)")
    parser.add_argument(
        "--settle-window",
        type=float,
        default=60.0,
        help="seconds to wait after an unknown outcome before looking the interview up (default 60)",
    )


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``interviews export``."""
    parser.add_argument("--since", required=True, help="a date (2026-12-01) or an aware date-time")
    parser.add_argument("--out", required=True, metavar="FILE.jsonl", help="the JSON-lines file (appended)")
    parser.add_argument("--pdf-dir", metavar="DIR", help="also save each analysis PDF there (<id>.pdf)")
    parser.add_argument("--job-id", help="only the candidates of this job")
    parser.add_argument(
        "--checkpoint", help="the resume file or redis:// URL (default FILE.jsonl.checkpoint)"
    )
