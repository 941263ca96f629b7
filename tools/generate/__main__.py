"""``python -m tools.generate [--check]`` (``nox -s generate`` / ``nox -s check-generated``).

Without ``--check``: regenerate the generated packages in place. With ``--check``: regenerate into a
temporary folder and exit 1, naming the files, when the committed ones differ.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .generator import GENERATED, ROOT, generate_into, stale_files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed output is stale")
    args = parser.parse_args(argv)
    where = GENERATED.relative_to(ROOT)
    if not args.check:
        count = generate_into(GENERATED)
        print(f"generated {count} modules into {where}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate_into(fresh)
        differ = stale_files(fresh)
    if differ:
        listing = "\n  ".join(differ[:50])
        print(
            f"{where}/ is stale ({len(differ)} files differ);"
            f" run `python3 scripts/nox.py -s generate`:\n  {listing}",
            file=sys.stderr,
        )
        return 1
    print(f"{where}/ is up to date with openapi/instaview.yaml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
