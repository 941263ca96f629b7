"""A real receiver for the webhook tests, run as a subprocess: Starlette under uvicorn, or Flask under werkzeug.

``python tests/webhooks/receiver_app.py asgi|wsgi --port P --secret S --log FILE --fake URL [--dedupe URL]
[--fail-once] [--slow SECONDS]``. Routes: ``POST /hooks`` is the router (``router.asgi()`` as a Starlette route,
``router.wsgi()`` mounted beside Flask through werkzeug's dispatcher), ``POST /flask-hooks`` a Flask view calling
``router.handle`` and ``POST /fail`` always answers 500. Every handler run appends one JSON line to ``--log``:
``{"handler", "pid", "deliveryId", "type", "ok", "interviewId"}``.
"""

from __future__ import annotations

import argparse
import json
import os
import threading
import time
from typing import Any

import instaview_plus as iv
from instaview_plus.testing import served_clock


def build_router(args: argparse.Namespace) -> iv.webhooks.Router:
    router = iv.webhooks.Router(args.secret, dedupe=args.dedupe, now=served_clock(args.fake))
    failed: set[str] = set()
    lock = threading.Lock()

    def record(event: iv.webhooks.WebhookEvent, ok: bool, handler: str) -> None:
        line = {
            "handler": handler,
            "pid": os.getpid(),
            "deliveryId": event.delivery_id,
            "type": event.type,
            "ok": ok,
            "interviewId": getattr(event.data, "interview_id", None),
        }
        with lock, open(args.log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(line) + "\n")

    def run(event: iv.webhooks.WebhookEvent, handler: str) -> None:
        if args.slow:
            time.sleep(args.slow)
        assert event.delivery_id is not None
        with lock:
            fail = args.fail_once and event.delivery_id not in failed
            failed.add(event.delivery_id)
        record(event, not fail, handler)
        if fail:
            raise RuntimeError("failing once, on purpose")

    @router.on("interview.started", "INTERVIEW_COMPLETED", 4, "analysis.completed", "analysis.failed", "ping")
    def known(event: Any) -> None:
        run(event, "on")

    @router.fallback
    def other(event: iv.webhooks.WebhookEvent) -> None:
        run(event, "fallback")

    return router


def serve_asgi(args: argparse.Namespace, router: iv.webhooks.Router) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def fail(request: Request) -> Response:
        return Response(status_code=500)

    app = Starlette(routes=[Route("/fail", fail, methods=["POST"]), Route("/hooks", router.asgi())])
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", lifespan="off")


def serve_wsgi(args: argparse.Namespace, router: iv.webhooks.Router) -> None:
    from flask import Flask, Response, request
    from werkzeug.middleware.dispatcher import DispatcherMiddleware
    from werkzeug.serving import make_server

    app = Flask(__name__)

    @app.post("/fail")
    def fail() -> Response:
        return Response(status=500)

    @app.post("/flask-hooks")
    def hooks() -> Response:
        return Response(status=router.handle(request.get_data(), request.headers))

    combined = DispatcherMiddleware(app, {"/hooks": router.wsgi()})
    make_server("127.0.0.1", args.port, combined, threaded=True).serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["asgi", "wsgi"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--fake", required=True)
    parser.add_argument("--dedupe")
    parser.add_argument("--fail-once", action="store_true")
    parser.add_argument("--slow", type=float, default=0.0)
    args = parser.parse_args()
    router = build_router(args)
    (serve_asgi if args.kind == "asgi" else serve_wsgi)(args, router)


if __name__ == "__main__":
    main()
