"""``python -m instaview_plus.testing [--port N] [--seed N]``: the fake as a server on 127.0.0.1 until Ctrl-C.

Prints the base URL, a test API key (the fake's, not a secret) and the ``/_fake/*`` control routes that drive
its clock and faults (see ``instaview_plus.testing._control``).
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from ._fake import FakeInstaView
from .pytest_plugin import FAKE_API_KEY

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until interrupted; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m instaview_plus.testing", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fake's ids (default 0)")
    args = parser.parse_args(argv)
    fake = FakeInstaView(seed=args.seed)
    try:
        with fake.serve(args.port, control=True) as url:
            print(f"InstaView fake listening on {url}", flush=True)
            print(f"Test API key (a fake key, not a secret): {FAKE_API_KEY}", flush=True)
            print(
                f'Control: POST {url}/_fake/advance {{"minutes": 45}} | POST {url}/_fake/fail_next '
                f'{{"status": 503}} | POST {url}/_fake/reset | GET {url}/_fake/state',
                flush=True,
            )
            print("Ctrl-C stops it.", flush=True)
            threading.Event().wait()
    except KeyboardInterrupt:
        print("stopped", flush=True)
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
