"""``RequestBuilder`` builds the very request ``httpx.Client.build_request`` would, whatever the client holds."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from instaview_plus._pipeline.build import RequestBuilder

SDK_HEADERS = {
    "Authorization": "Bearer sk_test_x",
    "Accept": "application/json",
    "User-Agent": "instaview-plus",
}
URL = "https://api.instaview.sk/jobs/550e8400-e29b-41d4-a716-446655440000"


def _same(built: httpx.Request, expected: httpx.Request) -> None:
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.raw == expected.headers.raw
    assert built.extensions == expected.extensions
    assert built.content == expected.content


CASES: list[tuple[str, dict[str, Any], str, Any, Any, float | httpx.Timeout]] = [
    ("plain GET", {}, "GET", None, None, 30.0),
    ("query and body", {}, "POST", {"companyId": "c1", "page": 2}, {"title": "Jánoš"}, 5.0),
    ("client headers", {"headers": {"X-Mine": "1", "accept": "text/plain"}}, "GET", None, None, 30.0),
    ("client params", {"params": {"p": "1"}}, "GET", {"a": "b"}, None, 30.0),
    ("client cookies", {"cookies": {"k": "v"}}, "DELETE", None, None, httpx.Timeout(None)),
    ("split timeout", {}, "PATCH", None, {"a": [1, 2]}, httpx.Timeout(3.0, connect=1.0)),
    (
        "query of every shape",
        {},
        "GET",
        {
            "q": "a b&c=d#e?f/g",
            "n": 0,
            "t": True,
            "f": False,
            "none": None,
            "l": ["x", 1],
            "u": "Jánoš",
            "e": [],
        },
        None,
        30.0,
    ),
    ("a query of one empty list", {}, "GET", {"e": []}, None, 30.0),
]


@pytest.mark.parametrize(
    ("client", "method", "params", "body", "timeout"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_request_is_the_one_build_request_makes(
    client: dict[str, Any], method: str, params: Any, body: Any, timeout: float | httpx.Timeout
) -> None:
    with httpx.Client(**client) as http:
        expected = http.build_request(
            method, URL, params=params, json=body, headers=SDK_HEADERS, timeout=timeout
        )
        _same(RequestBuilder(SDK_HEADERS, timeout).build(http, method, URL, params, body), expected)


def test_a_change_to_the_client_headers_is_seen_by_the_next_request() -> None:
    builder = RequestBuilder(SDK_HEADERS, 30.0)
    with httpx.Client() as http:
        builder.build(http, "GET", URL, None, None)
        http.headers["X-Later"] = "2"
        http.headers["User-Agent"] = "mine"  # the SDK's still wins, as with build_request
        built = builder.build(http, "GET", URL, None, None)
        _same(built, http.build_request("GET", URL, headers=SDK_HEADERS, timeout=30.0))
        assert built.headers["x-later"] == "2" and built.headers["user-agent"] == "instaview-plus"
        http.headers = httpx.Headers({"X-Only": "3"})
        _same(
            builder.build(http, "GET", URL, None, None),
            http.build_request("GET", URL, headers=SDK_HEADERS, timeout=30.0),
        )


def test_a_request_never_shares_its_headers_or_extensions_with_the_next() -> None:
    builder = RequestBuilder(SDK_HEADERS, 30.0)
    with httpx.Client() as http:
        first = builder.build(http, "GET", URL, None, None)
        first.headers["X-Changed"] = "1"
        first.extensions["timeout"]["read"] = 1.0
        second = builder.build(http, "GET", URL, None, None)
        _same(second, http.build_request("GET", URL, headers=SDK_HEADERS, timeout=30.0))


def test_a_relative_url_is_joined_to_the_client_base_url() -> None:
    with httpx.Client(base_url="https://example.test/v1") as http:
        expected = http.build_request("GET", "/jobs", headers=SDK_HEADERS, timeout=30.0)
        _same(RequestBuilder(SDK_HEADERS, 30.0).build(http, "GET", "/jobs", None, None), expected)


def test_a_header_httpx_cannot_encode_fails_the_request_not_the_builder() -> None:
    builder = RequestBuilder({**SDK_HEADERS, "X-Name": "Jánoš"}, 30.0)  # accepted here
    with httpx.Client() as http, pytest.raises(UnicodeEncodeError):
        builder.build(http, "GET", URL, None, None)


@pytest.mark.parametrize(
    ("url", "params", "body"),
    [
        ("https://api.instaview.sk/jobs?already=1", {"a": "b"}, None),  # a query already in the URL
        ("https://api.instaview.sk/jobs#frag", {"a": "b"}, None),
        ("https://api.instaview.sk/" + "x" * 9000, {"a": "b"}, None),  # long: build_request's own limits
        ("https://api.instaview.sk/jobs", {"a": "\ud800"}, None),  # a lone surrogate in the query
        ("https://api.instaview.sk/jobs", None, {"nan": float("nan")}),  # a body json cannot send
        (
            "https://api.instaview.sk/jo\x00bs",
            {"a": "\ud800"},
            None,
        ),  # two faults: the URL's is reported first
    ],
)
def test_what_the_fast_path_does_not_take_is_built_or_refused_by_build_request(
    url: str, params: Any, body: Any
) -> None:
    with httpx.Client() as http:
        try:
            expected: httpx.Request | Exception = http.build_request(
                "GET", url, params=params, json=body, headers=SDK_HEADERS, timeout=30.0
            )
        except Exception as exc:
            expected = exc
        builder = RequestBuilder(SDK_HEADERS, 30.0)
        if isinstance(expected, Exception):
            with pytest.raises(type(expected)) as err:
                builder.build(http, "GET", url, params, body)
            assert str(err.value) == str(expected)
        else:
            _same(builder.build(http, "GET", url, params, body), expected)
