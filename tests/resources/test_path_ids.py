"""Every public method that takes an id, sync and async, driven with hostile ids (property-based).

An id that is empty or blank, ``.``, ``..``, or holds a control character or a lone surrogate is refused
with ``InvalidRequestError`` naming the argument before anything is sent; every other id reaches exactly
its own segment of the operation's path (learned per method from a plain id). Only SDK errors leave.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import instaview_plus as iv

from .._support.hostile import KEY, leaks, public_methods
from .._support.stats import count

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

HOSTILE = [
    "",
    " ",
    "\t",
    ".",
    "..",
    "../",
    "../..",
    "./x",
    "a/..",
    "%2e%2e",
    "%2E",
    "...",
    "a/b",
    "?x=1",
    "#f",
    "\\..",
    "..;",
    "%",
    "%00",
    "\x00",
    "a\nb",
    "\r\n",
    "\x7f",
    "\u0085",
    "\ud800",
    "x\udfff",
    "é",
    "😀",
    "..\u2215..",
    "\u202e",
    "~",
    "a b",
    "@",
    ":",
    "//",
    "/",
]
ids = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=10),
    st.text(alphabet="./%?#\\ \t\n~:@;", max_size=6),
)
PLAIN = ("AAAA1111", "BBBB2222")


def refused(value: str) -> bool:
    return (
        not value.strip()
        or value in (".", "..")
        or any(unicodedata.category(c) in ("Cc", "Cs") for c in value)
    )


class Recorder:
    def __init__(self) -> None:
        self.paths: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.raw_path.split(b"?", 1)[0])
        return httpx.Response(200, json={"success": True, "data": {}, "error": None, "timestamp": "x"})


# the one id method with a required body argument (every other argument of an id method is optional)
EXTRA = {"reschedule": {"scheduled_at": "2030-01-01T09:00:00+00:00"}}


def _call(method: Any, id_params: list[str], values: tuple[str, ...]) -> Any:
    return method(**dict(zip(id_params, values, strict=False)), **EXTRA.get(method.__name__, {}))


def _methods(client: Any) -> list[tuple[str, Any, list[str]]]:
    return [m for m in public_methods(client) if m[2]]


@pytest.fixture(scope="module")
def sync_setup() -> Iterator[tuple[Recorder, list[tuple[str, Any, list[str]]], dict[str, bytes]]]:
    rec = Recorder()
    client = iv.InstaView(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(rec)), sleep=lambda s: None
    )
    methods = _methods(client)
    templates = {}
    for name, method, params in methods:
        rec.paths.clear()
        with contextlib.suppress(iv.InstaViewError):  # {} is not a valid answer for most
            _call(method, params, PLAIN)
        templates[name] = rec.paths[0]
    yield rec, methods, templates
    client.close()


def _check(
    name: str,
    params: list[str],
    values: tuple[str, ...],
    error: BaseException | None,
    sent: list[bytes],
    template: bytes,
) -> None:
    bad = [(p, v) for p, v in zip(params, values, strict=False) if refused(v)]
    untyped = int(error is not None and not isinstance(error, iv.InstaViewError))
    if bad:
        misrouted = int(bool(sent))
        ok = isinstance(error, iv.InvalidRequestError) and error.argument in {p for p, _ in bad}
    else:
        expected = template
        for plain, value in zip(PLAIN, values[: len(params)], strict=False):
            expected = expected.replace(plain.encode(), quote(value, safe="").encode())
        misrouted = int(sent[:1] != [expected])
        ok = not misrouted
    key_leaks = leaks(KEY, error) if error is not None else 0
    count("path ids (every id method, sync+async)", misrouted=misrouted, untyped=untyped, key_leaks=key_leaks)
    assert ok and not untyped and not key_leaks, (name, values, error, sent[:1], template)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), first=ids, second=ids)
def test_sync_ids_stay_in_their_segment(
    sync_setup: Any, data: st.DataObject, first: str, second: str
) -> None:
    rec, methods, templates = sync_setup
    name, method, params = data.draw(st.sampled_from(methods))
    rec.paths.clear()
    error: BaseException | None = None
    try:
        _call(method, params, (first, second))
    except Exception as exc:
        error = exc
    _check(name, params, (first, second), error, list(rec.paths), templates[name])


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), first=ids, second=ids)
def test_async_ids_stay_in_their_segment(data: st.DataObject, first: str, second: str) -> None:
    rec = Recorder()

    async def main() -> None:
        async def no_sleep(_: float) -> None:
            return None

        http = httpx.AsyncClient(transport=httpx.MockTransport(rec))
        async with iv.AsyncInstaView(api_key=KEY, http_client=http, sleep=no_sleep) as client:
            methods = _methods(client)
            name, method, params = data.draw(st.sampled_from(methods))
            rec.paths.clear()
            with contextlib.suppress(iv.InstaViewError):
                await _maybe_await(_call(method, params, PLAIN))
            template = rec.paths[0]
            rec.paths.clear()
            error: BaseException | None = None
            try:
                await _maybe_await(_call(method, params, (first, second)))
            except Exception as exc:
                error = exc
            _check(name, params, (first, second), error, list(rec.paths), template)
        await http.aclose()

    asyncio.run(main())


async def _maybe_await(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    return value


def test_the_dot_segments_named_in_the_issue_are_refused_before_sending(sync_setup: Any) -> None:
    rec, _, _ = sync_setup
    client = iv.InstaView(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(rec)), sleep=lambda s: None
    )
    rec.paths.clear()
    with pytest.raises(iv.InvalidRequestError) as err:
        client.interviews.call_attempts.delete("iv_1", "..")
    assert err.value.argument == "attempt_id"
    with pytest.raises(iv.InvalidRequestError) as err:
        client.jobs.delete("..")
    assert err.value.argument == "job_id"
    assert rec.paths == []
