"""``python -m instaview_plus quickstart [--pdf PATH]``: the seed workflow, offline against the embedded fake
unless ``INSTAVIEW_API_KEY`` is set (then against ``INSTAVIEW_BASE_URL`` or the real API, which it names)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m instaview_plus",
        description="The instaview-plus command line. Commands: quickstart.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    quick = commands.add_parser(
        "quickstart",
        help="run the quickstart workflow (job, candidate, agent, interview, result)",
        description="Run the quickstart workflow: job -> candidate -> agent -> interview tomorrow 10:00 -> "
        "result. Without INSTAVIEW_API_KEY it runs offline against the embedded fake and saves the analysis "
        "PDF; with it, against INSTAVIEW_BASE_URL (default https://api.instaview.sk) with is_test=True.",
    )
    quick.add_argument(
        "--pdf",
        type=Path,
        metavar="PATH",
        default=None,
        help="where the offline run saves the analysis PDF (default quickstart-output/analysis.pdf)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m instaview_plus`` and the ``instaview-plus`` script (exit status 2: usage)."""
    parser = _parser()
    try:
        args, unknown = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
        if unknown:
            parser.error(f"unrecognized arguments: {' '.join(unknown)}")
        if args.command is None:
            parser.error("a command is required: quickstart")
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2), already printed
        return int(exc.code or 0)
    from ._quickstart import run

    return run(pdf=args.pdf)


if __name__ == "__main__":
    sys.exit(main())
