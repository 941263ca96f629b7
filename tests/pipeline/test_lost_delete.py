"""A DELETE whose answer was lost is done, not "not found" (issue 20.2), for every DELETE operation.

The DELETE operations come from the spec tables; the SDK method of each is found by calling every public
id method once and matching the request it sends against the operation's method and path. Then each one,
sync and async, meets an outcome that may have committed (read timeout, broken connection, 500/502/504)
followed by a 404 on the retry: it returns what a successful delete returns and logs it at DEBUG. A 404 on
the first attempt, or after an outcome that says the server did not act (503, 429, connect error), is
still ``NotFoundError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus._generated.spec.operations import OPERATIONS
from instaview_plus.testing import FakeInstaView

from .._support.hostile import KEY, Logs, public_methods

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

DELETES = sorted(op_id for op_id, op in OPERATIONS.items() if op["method"] == "DELETE")
NOT_FOUND = {
    "success": False,
    "data": None,
    "error": {"code": "NOT_FOUND", "message": "gone"},
    "timestamp": "t",
}


def _pattern(op_id: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(OPERATIONS[op_id]["path"])) + "$")


def _success(op_id: str, request: httpx.Request) -> httpx.Response:
    status = OPERATIONS[op_id]["success"][0]
    return httpx.Response(204, request=request) if status == 204 else httpx.Response(200, json=True)


Answer = Callable[[httpx.Request], httpx.Response]


def _clients(answer: Answer) -> tuple[iv.InstaView, iv.AsyncInstaView]:
    async def asleep(_: float) -> None:
        return None

    transport = httpx.MockTransport(answer)
    client = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=transport), sleep=lambda _: None)
    aclient = iv.AsyncInstaView(api_key=KEY, http_client=httpx.AsyncClient(transport=transport), sleep=asleep)
    return client, aclient


def _call(method: Any, ids: list[str]) -> Any:
    result = method(*(f"id{n}" for n, _ in enumerate(ids)))
    return asyncio.run(result) if inspect.iscoroutine(result) else result


def _delete_methods(flavour: str) -> dict[str, tuple[str, list[str]]]:
    """operationId -> (dotted method name, id parameters) of the method that sends it."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.ConnectError("probe", request=request)

    client = _clients(record)[flavour == "async"]
    found: dict[str, tuple[str, list[str]]] = {}
    for name, method, ids in public_methods(client):
        if not ids:
            continue
        sent.clear()
        with contextlib.suppress(iv.InstaViewError):
            _call(method, ids)
        for request in sent:
            for op_id in DELETES:
                if request.method == "DELETE" and _pattern(op_id).search(request.url.path):
                    found[op_id] = (name, ids)
    return found


@pytest.fixture(scope="module")
def delete_methods() -> dict[str, dict[str, tuple[str, list[str]]]]:
    return {flavour: _delete_methods(flavour) for flavour in ("sync", "async")}


def _bound(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def test_the_spec_declares_deletes_and_each_has_a_sync_and_an_async_method(
    delete_methods: dict[str, dict[str, tuple[str, list[str]]]],
) -> None:
    assert len(DELETES) >= 7
    for flavour in ("sync", "async"):
        assert sorted(delete_methods[flavour]) == DELETES, flavour


def _first_then_404(op_id: str, first: int | type[httpx.TransportError] | None) -> tuple[Answer, list[int]]:
    """An answer: ``first`` for attempt 1 (a status, a transport error, or None for a plain 404), 404 after."""
    attempts: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1 and first is not None:
            if isinstance(first, int):
                return httpx.Response(first, json={"success": False, "error": {"code": "X", "message": "x"}})
            raise first("answer lost", request=request)
        return httpx.Response(404, json=NOT_FOUND)

    return answer, attempts


MAY_HAVE_COMMITTED: list[int | type[httpx.TransportError]] = [
    httpx.ReadTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    500,
    502,
    504,
]
DID_NOT_ACT: list[int | type[httpx.TransportError] | None] = [None, 503, 429, httpx.ConnectError]


def _cases() -> Iterator[Any]:
    for flavour in ("sync", "async"):
        for op_id in DELETES:
            yield pytest.param(flavour, op_id, id=f"{flavour}-{op_id}")


@pytest.mark.parametrize(("flavour", "op_id"), list(_cases()))
def test_a_404_after_an_attempt_that_may_have_committed_is_a_done_delete(
    flavour: str, op_id: str, delete_methods: dict[str, dict[str, tuple[str, list[str]]]], logs: Logs
) -> None:
    dotted, ids = delete_methods[flavour][op_id]
    success_client = _clients(lambda request: _success(op_id, request))[flavour == "async"]
    expected = _call(_bound(success_client, dotted), ids)
    for first in MAY_HAVE_COMMITTED:
        answer, attempts = _first_then_404(op_id, first)
        client = _clients(answer)[flavour == "async"]
        logs.lines.clear()
        assert _call(_bound(client, dotted), ids) == expected, (first, op_id)
        assert len(attempts) == 2
        assert any("the delete is done" in line for line in logs.lines), logs.lines
    for first_or_none in DID_NOT_ACT:
        answer, attempts = _first_then_404(op_id, first_or_none)
        client = _clients(answer)[flavour == "async"]
        with pytest.raises(iv.NotFoundError):
            _call(_bound(client, dotted), ids)


def test_a_job_deleted_by_an_attempt_whose_answer_the_fake_dropped_is_deleted() -> None:
    fake = FakeInstaView(seed=3)
    client = iv.InstaView(api_key="sk_test_fake", http_client=fake.http_client())
    job = client.jobs.create(title="Welder", description="Welds steel frames.", status="OPEN")
    fake.drop_response_after_commit(path=f"/jobs/{job.id}", method="DELETE")
    assert client.jobs.delete(str(job.id)) is True
    with pytest.raises(iv.NotFoundError):
        client.jobs.get(str(job.id))
    with pytest.raises(iv.NotFoundError):  # deleting it again, in a new call, is "not found"
        client.jobs.delete(str(job.id))
