"""Server mode: ``python -m instaview_plus.testing`` on loopback, and the ``/_fake/*`` control routes."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading

import httpx
import pytest
from fake_helpers import AUTH, make_agent, make_candidate, make_job

from instaview_plus.testing import FakeInstaView


@pytest.mark.contract_exempt("asks for the /_fake control routes, which are not part of the API", check="all")
def test_control_routes_are_off_by_default(fake: FakeInstaView) -> None:
    with fake.serve() as url, httpx.Client(base_url=url) as http:
        r = http.get("/_fake/state")
        assert r.status_code == 404 and r.json()["error"]["code"] == "ROUTE_NOT_FOUND"
        assert http.post("/_fake/reset").status_code == 404
    with fake.http_client() as http:
        assert http.get("/_fake/state").status_code == 404  # nor in-process


def test_control_routes(fake: FakeInstaView) -> None:
    with fake.serve(control=True) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        cid = make_candidate(http, [make_job(http)])
        iid = http.post(
            "/interviews",
            json={"candidateId": cid, "agentId": make_agent(http), "scheduleTime": "2026-05-04T09:30:00Z"},
        ).json()["data"]["id"]
        state = http.get("/_fake/state").json()
        assert state["counts"]["jobs"] == 1 and state["counts"]["interviews"] == 1
        # the clock: 45 minutes later the 30-minute interview has run
        r = http.post("/_fake/advance", json={"minutes": 45})
        assert r.status_code == 200 and r.json()["now"] == "2026-05-04T09:45:00Z"
        assert http.get(f"/interviews/{iid}").json()["data"]["status"] == "IN_PROGRESS"
        http.post("/_fake/advance", json={"minutes": 15})
        assert http.get(f"/interviews/{iid}").json()["data"]["status"] == "COMPLETED"
        # faults
        r = http.post("/_fake/fail_next", json={"status": 503, "times": 2, "path": "/jobs"})
        assert r.status_code == 200
        assert [http.get("/jobs").status_code for _ in range(3)] == [503, 503, 200]
        assert http.post("/_fake/fail_next", json={"times": 2}).status_code == 400  # no status
        assert http.post("/_fake/advance", json=[1]).status_code == 400
        assert http.post("/_fake/nothing").status_code == 404
        # reset
        r = http.post("/_fake/reset")
        assert r.status_code == 200 and r.json()["counts"]["jobs"] == 0
        assert fake.state.jobs == {} and http.get("/jobs").json()["data"]["items"] == []


def _lines(proc: subprocess.Popen[str]) -> queue.Queue[str]:
    """The child's stdout lines, read by a daemon thread (a buffered readline and select() do not mix)."""
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    return lines


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a shell starts a background job (`cmd &`)


@pytest.mark.skipif(sys.platform == "win32", reason="sends POSIX signals to the child")
@pytest.mark.parametrize(
    ("stop", "sigint_ignored"),
    [(signal.SIGINT, False), (signal.SIGTERM, False), (signal.SIGINT, True), (signal.SIGTERM, True)],
    ids=["ctrl-c", "sigterm", "ctrl-c-in-background-job", "sigterm-in-background-job"],
)
def test_cli_serves_until_ctrl_c(stop: signal.Signals, sigint_ignored: bool) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "instaview_plus.testing", "--port", "0", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=_ignore_sigint if sigint_ignored else None,
    )
    try:
        lines = _lines(proc)
        first = lines.get(timeout=20)
        assert first.startswith("InstaView fake listening on http://127.0.0.1:"), first
        url = first.rsplit(" ", 1)[1].strip()
        key_line = lines.get(timeout=5)
        assert "a fake key, not a secret" in key_line
        key = key_line.rsplit(" ", 1)[1].strip()
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}) as http:
            make_job(http)
            assert http.get("/_fake/state").json()["counts"]["jobs"] == 1
            assert http.post("/_fake/advance", json={"days": 1}).json()["now"] is not None
            limits = http.get("/jobs").headers
            assert (limits["X-RateLimit-Limit-Minute"], limits["X-RateLimit-Limit-Hour"]) == ("60", "2000")
        rest = [lines.get(timeout=5) for _ in range(2)]  # the control line, "Ctrl-C (or SIGTERM) stops it."
        proc.send_signal(stop)
        assert proc.wait(timeout=10) == 0
        assert lines.get(timeout=5).strip() == "stopped", rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)


def test_cli_runs_on_a_plain_install() -> None:
    """The server mode never imports pytest (nor any test-only dependency): ``--help`` with pytest blocked."""
    code = (
        "import sys, runpy; sys.modules['pytest'] = None; sys.argv = ['x', '--help'];"
        " runpy.run_module('instaview_plus.testing', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--port" in done.stdout and "--rate-limit-per-minute" in done.stdout and "SIGTERM" in done.stdout


def test_the_fake_key_is_the_plugins() -> None:
    from instaview_plus.testing._keys import FAKE_API_KEY
    from instaview_plus.testing.pytest_plugin import FAKE_API_KEY as PLUGIN_KEY

    assert FAKE_API_KEY == PLUGIN_KEY


def test_cli_reports_a_busy_port() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    try:
        port = sock.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "instaview_plus.testing", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=20,
        )
    finally:
        sock.close()
    assert done.returncode == 1 and "cannot serve on 127.0.0.1" in done.stderr
