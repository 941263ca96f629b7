"""Key hygiene: surrounding whitespace is stripped, any other unsendable character refused without showing
the key, and the key appears in no exception, warning or log record (httpx and httpcore at DEBUG included).
"""

from __future__ import annotations

import warnings

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

from .._support.hostile import Logs, leaks
from .._support.stats import count

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

visible = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=8, max_size=30)
spaces = st.lists(st.sampled_from([" ", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c"]), max_size=3).map("".join)
unsendable = st.characters(codec="utf-8").filter(lambda c: not (" " <= c <= "~") and not c.isspace())


def _authorization(key: str) -> str:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"success": True, "data": True, "error": None, "timestamp": "t"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with iv.InstaView(api_key=key, http_client=http) as client:
        client.jobs.delete("job_1")
    return seen[0]


@settings(max_examples=150, deadline=None)
@given(core=st.from_regex(r"sk_test_[A-Za-z0-9]{8,24}", fullmatch=True), before=spaces, after=spaces)
def test_surrounding_whitespace_is_stripped(core: str, before: str, after: str) -> None:
    sent = _authorization(before + core + after)
    count("key hygiene", key_leaks=0)
    assert sent == f"Bearer {core}"


@settings(max_examples=200, deadline=None)
@given(head=visible, bad=unsendable, tail=visible)
def test_any_other_unsendable_character_is_refused_without_showing_the_key(
    head: str, bad: str, tail: str
) -> None:
    key = head + bad + tail
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(iv.InvalidRequestError) as err:
            iv.InstaView(api_key=key)
    shown = leaks(head, err.value) + leaks(tail, err.value) + sum(head in str(w.message) for w in caught)
    count("key hygiene", key_leaks=shown)
    assert err.value.argument == "api_key" and not shown


def test_a_key_read_from_a_crlf_file_works_and_never_shows_at_debug_over_tcp(logs: Logs) -> None:
    key = "sk_test_from_a_dotenv_file_0123456789"
    fake = FakeInstaView()
    with (
        fake.serve() as url,
        iv.InstaView(api_key=key + "\r\n", base_url=url, sleep=lambda s: None) as client,
    ):
        job = client.jobs.create(title="Engineer", description="Build things.", status="OPEN")
        assert client.jobs.get(job.id).id == job.id
        fake.fail_next(500, path="/jobs", method="POST")
        with pytest.raises(iv.InternalServerError) as err:
            client.jobs.create(title="Engineer", description="Build things.", status="OPEN")
        with pytest.raises(iv.NotFoundError) as missing:
            client.jobs.get("no-such-job")
    assert any("httpcore" in line or "send_request_headers" in line for line in logs.lines)  # DEBUG was on
    shown = sum(key in line for line in logs.lines) + leaks(key, err.value) + leaks(key, missing.value)
    count("key hygiene", key_leaks=shown)
    assert shown == 0
    assert len(fake.state.jobs) == 1  # the 500 answered a POST: not replayed


def test_an_illegal_header_is_refused_by_httpx_before_sending_and_not_flagged_as_maybe_processed() -> None:
    fake = FakeInstaView()
    with (
        fake.serve() as url,
        iv.InstaView(
            api_key="sk_test_ok_0123456789",
            base_url=url,
            default_headers={"X-Trace": "a\nb"},
            sleep=lambda s: None,
        ) as client,
        pytest.raises(iv.APIConnectionError) as err,
    ):
        client.jobs.create(title="Engineer", description="Build things.", status="OPEN")
    count("key hygiene", key_leaks=0)
    assert err.value.may_have_been_processed is False  # nothing left the client: no false alarm, no retry
    assert len(fake.state.jobs) == 0


def test_a_header_httpx_cannot_encode_is_an_invalid_request_not_a_unicode_error() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)))
    with (
        iv.InstaView(
            api_key="sk_test_ok_0123456789", http_client=http, default_headers={"X-Name": "Jánoš"}
        ) as client,
        pytest.raises(iv.InvalidRequestError) as err,
    ):
        client.jobs.get("job_1")
    count("key hygiene", key_leaks=leaks("sk_test_ok_0123456789", err.value))
    assert sent == [] and "sk_test_ok_0123456789" not in str(err.value)
