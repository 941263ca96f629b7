"""``python -m instaview_plus.testing``: the InstaView fake as an HTTP server on 127.0.0.1, for any language.

Prints the base URL, a test API key (the fake's, not a secret) and the ``/_fake/*`` control routes that drive
its clock and faults (see ``instaview_plus.testing._control``); runs until Ctrl-C (SIGINT) or SIGTERM, also
when started with SIGINT ignored, as shells start background jobs. Needs only the runtime dependencies.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from ._cli_keys import add_key_options, describe, standing_keys
from ._fake import FakeInstaView
from ._keys import FAKE_API_KEY

__all__ = ["main"]

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m instaview_plus.testing",
        description="Serve the InstaView fake on http://127.0.0.1:PORT until Ctrl-C or SIGTERM.",
        epilog="Point any client at the printed URL with the printed key, e.g. INSTAVIEW_BASE_URL and "
        'INSTAVIEW_API_KEY for the Python SDK. POST /_fake/advance {"minutes": 45}, POST /_fake/fail_next '
        '{"status": 503, "times": 2}, POST /_fake/reset and GET /_fake/state drive the fake.',
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fake's ids (default 0)")
    parser.add_argument(
        "--rate-limit-per-minute",
        type=int,
        default=60,
        metavar="N",
        help="requests a key may make per minute (default 60, the documented default plan)",
    )
    parser.add_argument(
        "--rate-limit-per-hour",
        type=int,
        default=2000,
        metavar="N",
        help="requests a key may make per hour (default 2000, the documented default plan)",
    )
    add_key_options(parser)
    parser.add_argument(
        "--forward-to",
        metavar="URL",
        action="append",
        default=[],
        help="register a webhook for every event at URL (a loopback http:// URL is fine) and print its "
        "signing secret; the fake then POSTs signed deliveries to it (repeatable)",
    )
    return parser


def _forward(fake: FakeInstaView, url: str) -> tuple[str, str]:
    """Register a webhook for every event at ``url`` through the API; (webhook id, signing secret)."""
    from instaview_spec.events import EVENTS

    from ._wire import FakeRequest

    body = {"url": url, "events": list(EVENTS), "name": "instaview --forward-to"}
    request = FakeRequest(
        method="POST",
        path="/webhooks",
        query={},
        headers={"authorization": f"Bearer {FAKE_API_KEY}", "content-type": "application/json"},
        body=json.dumps(body).encode("utf-8"),
    )
    answer = json.loads(fake.handle(request).body)
    if not answer.get("success"):
        raise ValueError(f"cannot forward to {url}: {answer.get('error', answer)}")
    return answer["data"]["id"], answer["data"]["signingSecret"]


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until SIGINT or SIGTERM; returns the exit status (0 after a clean stop)."""
    args = _parser().parse_args(argv)
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in _STOP_SIGNALS}
    fake = FakeInstaView(
        seed=args.seed,
        rate_limit_per_minute=args.rate_limit_per_minute,
        rate_limit_per_hour=args.rate_limit_per_hour,
    )
    fake.standing_keys = standing_keys(args)
    fake.reset()  # adds them, as every POST /_fake/reset does
    try:
        with fake.serve(args.port, control=True) as url:
            print(f"InstaView fake listening on {url}", flush=True)
            print(f"Test API key (a fake key, not a secret): {FAKE_API_KEY}", flush=True)
            for key, options in fake.standing_keys:
                print(describe(key, options), flush=True)
            print(
                f'Control: POST {url}/_fake/advance {{"minutes": 45}} | POST {url}/_fake/fail_next '
                f'{{"status": 503}} | POST {url}/_fake/reset | GET {url}/_fake/state',
                flush=True,
            )
            for target in args.forward_to:
                webhook_id, secret = _forward(fake, target)
                print(f"Forwarding every event to {target} (webhook {webhook_id})", flush=True)
                print(f"Signing secret: {secret}", flush=True)
            if args.forward_to:
                print(f"Trigger events: instaview trigger interview.completed --base-url {url}", flush=True)
            print("Ctrl-C (or SIGTERM) stops it.", flush=True)
            while not stop.wait(3600):
                pass
        print("stopped", flush=True)
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
