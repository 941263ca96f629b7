"""The fake's HTTP sender on its own: loopback only, timeoutMs, the log; and the Redis dedupe store's claim."""

from __future__ import annotations

import socket
import threading

import httpx

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from ..redis_server import free_port, redis_server, require_redis_server
from ._harness import served_fake


def test_only_loopback_urls_are_posted_and_http_is_accepted_only_there() -> None:
    with served_fake() as served:
        remote = served.register("https://api.example.com/webhooks/instaview", events=["INTERVIEW_STARTED"])
        refused = served.http.post(
            "/webhooks", json={"url": "http://api.example.com/hooks", "events": ["INTERVIEW_STARTED"]}
        )
        assert refused.status_code == 400 and "HTTPS" in refused.text
        served.trigger("interview.started")
        log = [e for e in served.log() if e["webhookId"] == remote["id"]]
        assert [(e["status"], e["event"]) for e in log] == [("not_sent", "interview.started")]
        again = served.http.get(f"/webhooks/{remote['id']}").json()["data"]
        assert again["consecutiveFailures"] == 0 and again["isActive"] is True


def test_no_answer_within_timeout_ms_is_a_failure_and_is_retried() -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.extend(silent.accept() for _ in range(2)), daemon=True).start()
    try:
        with served_fake() as served:
            hook = served.register(
                f"http://localhost:{silent.getsockname()[1]}/", events=["INTERVIEW_STARTED"]
            )
            set_ = served.http.post("/_fake/webhook", json={"webhookId": hook["id"], "timeoutMs": 300})
            assert set_.json()["timeoutMs"] == 300
            served.trigger("interview.started")
            served.advance(30)
            log = [e for e in served.log() if e["webhookId"] == hook["id"]]
            assert [(e["attempt"], e["status"]) for e in log] == [(1, "failed"), (2, "failed")]
            assert all("timeoutMs" in e["error"] for e in log)
            assert all(e["durationMs"] < 5000 for e in log)
            pending = served.http.get("/_fake/state").json()["pendingDeliveries"]
            assert [(p["webhookId"], p["attempt"]) for p in pending] == [(hook["id"], 3)]
    finally:
        silent.close()
        for conn, _ in held:  # type: ignore[misc]
            conn.close()


def test_opening_the_circuit_cancels_the_webhooks_pending_retries() -> None:
    with served_fake() as served:
        served.fake.webhooks.failure_threshold = 2
        hook = served.register(f"http://127.0.0.1:{free_port()}/down", events=["INTERVIEW_STARTED"])
        served.trigger("interview.started")  # refused: its retry waits 30 s of the fake's time
        served.settle()
        pending = served.http.get("/_fake/state").json()["pendingDeliveries"]
        assert [(p["webhookId"], p["attempt"]) for p in pending] == [(hook["id"], 2)]
        # the trigger moves the clock a minute: the retry goes first, fails, opens the circuit, and the
        # new event's delivery, queued behind it, is cancelled unsent
        second = served.trigger("interview.started")["deliveries"]
        served.settle()
        assert served.http.get("/_fake/state").json()["pendingDeliveries"] == []
        log = [e for e in served.log() if e["webhookId"] == hook["id"]]
        assert [(e["attempt"], e["status"], e.get("reason")) for e in log] == [
            (1, "failed", None),
            (2, "failed", None),
            (1, "cancelled", "the circuit opened"),
        ]
        assert log[2]["deliveryId"] == second[0]["deliveryId"] != log[0]["deliveryId"]


def test_the_in_process_fake_posts_too_and_reset_forgets_the_log() -> None:
    fake = FakeInstaView(seed=3)
    got: list[bytes] = []

    def app(environ: dict[str, object], start_response: object) -> list[bytes]:
        got.append(environ["wsgi.input"].read(int(str(environ["CONTENT_LENGTH"]))))  # type: ignore[attr-defined]
        start_response("204 No Content", [])  # type: ignore[operator]
        return [b""]

    from wsgiref.simple_server import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with iv.InstaView(api_key="sk_test_x", http_client=fake.http_client()) as client:
            client.webhooks.create(url=f"http://127.0.0.1:{server.server_port}/x", events=["ping"])
            fake.trigger("ping")
            assert fake.webhooks.http.wait_idle(10)
            assert len(got) == 1 and b'"event":"ping"' in got[0]
            assert [e["status"] for e in fake.webhooks.http.log] == ["delivered"]
            # the test endpoint POSTs at once and reports the receiver's answer
            hook = client.webhooks.list().items[0]  # type: ignore[union-attr]
            result = client.webhooks.test(hook.id)
            assert (result.success, result.http_status, len(got)) == (True, 204, 2)
            down = client.webhooks.create(url="http://127.0.0.1:9/closed", events=["ping"])
            failed = client.webhooks.test(down.id)
            assert (failed.success, failed.message) == (False, "Webhook test failed: Connection error")
        fake.reset()
        assert fake.webhooks.http.log == []
    finally:
        server.shutdown()
        server.server_close()


def test_control_routes_refuse_bad_triggers() -> None:
    with served_fake() as served:
        assert served.http.post("/_fake/trigger", json={"event": "interview.rescheduled"}).status_code == 400
        no_hook = served.http.post("/_fake/trigger", json={"event": "SOURCING_COMPLETED"})
        assert no_hook.status_code == 400 and "subscribed" in no_hook.text
        assert httpx.get(served.url + "/_fake/state").json()["deliveryLog"] == []


def test_redis_store_claims_once_and_releases_only_its_own_claim() -> None:
    require_redis_server("the Redis dedupe test")
    from instaview_plus.webhooks._dedupe_redis import RedisDedupe

    with redis_server() as url:
        one, two = RedisDedupe(url, lease=5), RedisDedupe(url, lease=5)
        state, token = one.claim("d1")
        assert state == "claimed" and token
        assert two.claim("d1") == ("busy", "")
        two.release("d1", "claim:not-mine")
        assert two.claim("d1") == ("busy", "")
        one.release("d1", token)
        state, token = two.claim("d1")
        assert state == "claimed"
        two.done("d1", token)
        assert one.claim("d1") == ("done", "")
        short = RedisDedupe(url, lease=0.2)
        assert short.claim("d2")[0] == "claimed"
        import time

        time.sleep(0.4)
        assert one.claim("d2")[0] == "claimed"  # a dead holder's claim expires


def test_every_event_of_the_spec_can_be_triggered() -> None:
    from instaview_plus._generated.spec.events import EVENTS

    fake = FakeInstaView(seed=11)
    got: list[str] = []
    fake.on_webhook(lambda url, headers, body: got.append(headers["X-InstaView-Event"]))
    with iv.InstaView(api_key="sk_test_all", http_client=fake.http_client()) as client:
        client.webhooks.create(url="https://api.example.com/all", events=list(EVENTS))
        for name, spec in EVENTS.items():
            got.clear()
            result = fake.trigger(name)
            assert spec["label"] in got, (name, got)
            assert result["event"] == spec["label"]
            if "interviewId" in result:
                assert client.interviews.get(result["interviewId"]).id == result["interviewId"]
