"""``python -m instaview_plus``: the ``instaview`` command (``python -m instaview_plus quickstart``, ``--help``)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m instaview_plus`` and the ``instaview`` / ``instaview-plus`` scripts."""
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
