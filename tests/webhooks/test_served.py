"""The whole loop with real servers: the served fake POSTs signed deliveries to a Starlette app under uvicorn
(ASGI) and to Flask + ``router.wsgi()`` under werkzeug's WSGI server, each a subprocess on 127.0.0.1.

Every count (deliveries sent, handler runs, duplicates) is printed; run with ``-s`` to see them.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from instaview_plus.testing import sign

from ..redis_server import free_port, redis_server, require_redis_server
from ._harness import RoundRobin, Served, duplicates, receiver, runs, served_fake

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

KINDS = ["asgi", "wsgi"]
# what each trigger delivers, in order
TRIGGERS = ["interview.started", "interview.completed", "interview.failed", "analysis.failed"]


def _sent(log: list[dict[str, Any]], webhook_id: str) -> list[dict[str, Any]]:
    return [e for e in log if e["webhookId"] == webhook_id and e["status"] in ("delivered", "failed")]


def _signed(secret: str, served: Served, payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload, separators=(",", ":")).encode()
    stamp = int(served.fake.clock.now().timestamp())
    return body, sign(
        secret, body, timestamp=stamp, event=str(payload["event"]), delivery_id=payload["deliveryId"]
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_event_is_handled_once_under_forced_redelivery(kind: str, tmp_path: Path) -> None:
    """Attempt 1 of every delivery: the handler raises (500). Attempt 2: the handler runs, the fake drops the
    connection before reading the answer. Attempt 3: 200 from the dedupe, the handler does not run again."""
    log = tmp_path / "runs.jsonl"
    with served_fake() as served:
        served.fake.webhooks.failure_threshold = 1000  # this test is about redelivery, not the circuit
        port = free_port()
        created = served.register(f"http://127.0.0.1:{port}/hooks")  # the secret comes with the webhook
        with receiver(
            kind,
            secret=created["signingSecret"],
            log=log,
            fake_url=served.url,
            extra=("--fail-once",),
            port=port,
        ):
            triggered = []
            for event in TRIGGERS:
                result = served.trigger(event)  # attempt 1 of each delivery: 500
                triggered.append(result)
                delivered = [d for d in result["deliveries"] if d["webhookId"] == created["id"]]
                served.fake.webhooks.http.drop_responses = len(delivered)
                served.advance(30)  # attempt 2: handled, answer dropped
                assert served.fake.webhooks.http.drop_responses == 0
                served.advance(120)  # attempt 3: already handled -> 200
            sent = _sent(served.log(), created["id"])
            ran = runs(log)
            expected = {
                d["deliveryId"] for r in triggered for d in r["deliveries"] if d["webhookId"] == created["id"]
            }
            handled = {r["deliveryId"] for r in ran if r["ok"]}
            print(
                f"\n[{kind}] forced redelivery: deliveries {len(expected)}, POSTs sent {len(sent)}, "
                f"handler runs {len(ran)} ({sum(1 for r in ran if not r['ok'])} raised on purpose), "
                f"duplicates {duplicates(ran)}"
            )
            assert handled == expected
            assert duplicates(ran) == 0
            assert len(ran) == 2 * len(expected)  # one failing run, one good run, none on attempt 3
            assert len(sent) == 3 * len(expected)
            assert {e["httpStatus"] for e in sent if e["attempt"] == 1} == {500}
            assert all(e["httpStatus"] == 200 for e in sent if e["attempt"] == 3)
            types = {r["type"] for r in ran}
            assert {
                "INTERVIEW_STARTED",
                "INTERVIEW_COMPLETED",
                "ANALYSIS_COMPLETED",
                "INTERVIEW_FAILED",
                "ANALYSIS_FAILED",
            } <= types
            # every id in the delivered events resolves through the API; the PDF exists
            for result in triggered:
                if "interviewId" in result:
                    got = served.http.get(f"/interviews/{result['interviewId']}")
                    assert got.status_code == 200
            completed = triggered[1]["interviewId"]
            assert served.http.get(f"/interviews/{completed}/analysis-pdf").status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_tampered_or_reserialised_body_gets_400_and_no_handler_runs(kind: str, tmp_path: Path) -> None:
    log = tmp_path / "runs.jsonl"
    secret = "ab" * 32
    with served_fake() as served, receiver(kind, secret=secret, log=log, fake_url=served.url) as base:
        payload = {
            "event": "interview.completed",
            "timestamp": "2026-12-07T10:00:00.000Z",
            "deliveryId": str(uuid.uuid4()),
            "data": {"interviewId": str(uuid.uuid4()), "status": "COMPLETED"},
        }
        body, headers = _signed(secret, served, payload)
        tampered = body.replace(b"COMPLETED", b"FAILED")
        reserialised = json.dumps(json.loads(body), indent=2).encode()
        with httpx.Client(base_url=base) as http:
            assert http.post("/hooks", content=tampered, headers=headers).status_code == 400
            assert http.post("/hooks", content=reserialised, headers=headers).status_code == 400
            assert (
                http.post(
                    "/hooks", content=body, headers={**headers, "X-InstaView-Signature": "t=1,v1=00"}
                ).status_code
                == 400
            )
            assert runs(log) == []
            assert http.post("/hooks", content=body, headers=headers).status_code == 200  # the genuine one
            assert http.get("/hooks").status_code == 405
        assert [r["deliveryId"] for r in runs(log)] == [payload["deliveryId"]]


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_event_reaches_the_fallback(kind: str, tmp_path: Path) -> None:
    log = tmp_path / "runs.jsonl"
    secret = "cd" * 32
    with served_fake() as served, receiver(kind, secret=secret, log=log, fake_url=served.url) as base:
        payload = {"event": "interview.rescheduled", "deliveryId": str(uuid.uuid4()), "data": {"x": 1}}
        body, headers = _signed(secret, served, payload)
        known = {
            "event": "INTERVIEW_COMPLETED",
            "deliveryId": str(uuid.uuid4()),
            "data": {"interviewId": "i"},
        }
        body2, headers2 = _signed(secret, served, known)
        with httpx.Client(base_url=base) as http:
            assert http.post("/hooks", content=body, headers=headers).status_code == 200
            assert http.post("/hooks", content=body2, headers=headers2).status_code == 200
        assert [(r["type"], r["handler"]) for r in runs(log)] == [
            ("INTERVIEW_RESCHEDULED", "fallback"),
            ("INTERVIEW_COMPLETED", "on"),
        ]


@pytest.mark.parametrize("kind", KINDS)
def test_the_circuit_opens_after_the_threshold_and_reset_closes_it(kind: str, tmp_path: Path) -> None:
    with (
        served_fake() as served,
        receiver(kind, secret="ef" * 32, log=tmp_path / "r", fake_url=served.url) as base,
    ):
        hook = served.register(base + "/fail", events=["interview.started"])
        threshold = served.fake.webhooks.failure_threshold
        served.trigger("interview.started")  # attempt 1
        for delay in (30, 120, 600):  # maxRetries = 3 redeliveries
            served.advance(delay)
        sent = _sent(served.log(), hook["id"])
        assert [e["attempt"] for e in sent] == [1, 2, 3, 4]
        assert all(e["httpStatus"] == 500 for e in sent)
        state = served.http.get(f"/webhooks/{hook['id']}").json()["data"]
        assert (state["consecutiveFailures"], state["circuitOpenedAt"], state["isActive"]) == (4, None, True)
        served.trigger("interview.started")  # the 5th consecutive failure opens it
        state = served.http.get(f"/webhooks/{hook['id']}").json()["data"]
        assert state["consecutiveFailures"] == threshold
        assert state["circuitOpenedAt"] is not None and state["isActive"] is False
        before = len(_sent(served.log(), hook["id"]))
        served.trigger("interview.started")
        served.advance(3600)
        assert len(_sent(served.log(), hook["id"])) == before  # nothing is sent while it is open
        reset = served.http.post(f"/webhooks/{hook['id']}/reset-circuit").json()["data"]
        assert (reset["consecutiveFailures"], reset["circuitOpenedAt"], reset["isActive"]) == (0, None, True)
        served.trigger("interview.started")
        assert len(_sent(served.log(), hook["id"])) == before + 1  # delivering again
        print(f"\n[{kind}] circuit: opened after {threshold} failed POSTs; reset; next event POSTed again")


def test_two_receiver_processes_sharing_redis_handle_each_delivery_once(tmp_path: Path) -> None:
    require_redis_server("the shared-Redis receiver test")
    log = tmp_path / "runs.jsonl"
    with redis_server() as redis_url, served_fake() as served:
        served.fake.webhooks.failure_threshold = 1000
        balancer = RoundRobin([])
        try:
            hook = served.register(f"http://127.0.0.1:{balancer.port}/hooks")
            secret = hook["signingSecret"]
            extra = ("--dedupe", redis_url, "--slow", "0.3")
            with (
                receiver("asgi", secret=secret, log=log, fake_url=served.url, extra=extra) as a,
                receiver("wsgi", secret=secret, log=log, fake_url=served.url, extra=extra) as b,
            ):
                balancer.backends[:] = [int(a.rsplit(":", 1)[1]), int(b.rsplit(":", 1)[1])]
                # 1. redeliveries land on the other process: the answer of every first attempt is dropped
                served.fake.webhooks.http.drop_responses = 3
                result = served.trigger("interview.completed")  # started, completed, analysis.completed
                served.advance(30)
                served.advance(120)
                ours = [d["deliveryId"] for d in result["deliveries"] if d["webhookId"] == hook["id"]]
                sent = _sent(served.log(), hook["id"])
                ran = runs(log)
                assert sorted(r["deliveryId"] for r in ran) == sorted(ours)
                assert len({r["pid"] for r in ran}) == 2  # both processes handled some
                assert len(sent) == 2 * len(ours)
                assert all(e["httpStatus"] == 200 for e in sent if e["attempt"] == 2)
                # 2. two concurrent copies of one delivery, one to each process: one runs, one answers 409
                payload = {
                    "event": "interview.completed",
                    "deliveryId": str(uuid.uuid4()),
                    "data": {"interviewId": "i"},
                }
                body, headers = _signed(secret, served, payload)
                statuses: dict[str, int] = {}

                def post(base: str) -> None:
                    statuses[base] = httpx.post(base + "/hooks", content=body, headers=headers).status_code

                threads = [threading.Thread(target=post, args=(base,)) for base in (a, b)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                assert sorted(statuses.values()) == [200, 409]
                time.sleep(0.5)
                assert httpx.post(a + "/hooks", content=body, headers=headers).status_code == 200
                assert httpx.post(b + "/hooks", content=body, headers=headers).status_code == 200
                copies = [r for r in runs(log) if r["deliveryId"] == payload["deliveryId"]]
                assert len(copies) == 1
                print(
                    f"\n[redis, 2 processes] deliveries {len(ours) + 1}, POSTs {len(sent) + 4}, "
                    f"handler runs {len(runs(log))}, duplicates {duplicates(runs(log))}"
                )
                assert duplicates(runs(log)) == 0
        finally:
            balancer.close()
