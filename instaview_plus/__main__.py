"""``python -m instaview_plus quickstart``: the seed workflow (offline against the embedded fake without a key)."""

from __future__ import annotations

import sys

USAGE = "usage: python -m instaview_plus quickstart [--pdf PATH]"


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m instaview_plus`` and the ``instaview-plus`` script."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "quickstart":
        print(USAGE, file=sys.stderr)
        return 2
    from ._quickstart import run

    return run(args[1:])


if __name__ == "__main__":
    sys.exit(main())
