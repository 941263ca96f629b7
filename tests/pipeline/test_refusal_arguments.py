"""A refusal names the argument the caller passed (issue 20.4): ``InvalidRequestError.argument`` is the name
of a parameter of the called method, or a path rooted at one (``metadata[-1]``, ``rows[2].email``).

Every public method of both clients gets, for each of its parameters (read from ``inspect.signature``, the
keys of an ``Unpack[TypedDict]`` included), a set of hostile values; every refusal must be rooted at a
parameter name the method has (or at the unknown keyword the caller made up).
"""

from __future__ import annotations

import asyncio
import inspect
import re
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import instaview_plus as iv

from .._support.hostile import KEY, public_methods
from .._support.stats import count
from ..test_completeness import _unpacked_keys

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")


class _Odd:
    def __repr__(self) -> str:
        return "<odd>"


HOSTILE: list[Any] = [
    {-1: "x"},
    {(1, 2): "x"},
    {"a": {"\ud800": 1}},
    {"a": [float("nan")]},
    [{1: 2}],
    "\ud800",
    "",
    float("nan"),
    -1,
    10**5000,
    _Odd(),
    b"bytes",
    {"x\r\ny": "v"},
    {"h": "a\r\nb"},
]
_ROOT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def parameter_names(method: Any) -> set[str]:
    """The names a caller can pass: the signature's parameters and the keys of its ``Unpack[TypedDict]``s."""
    names: set[str] = set()
    module = sys.modules[method.__func__.__module__]
    for param in inspect.signature(method).parameters.values():
        if param.kind is param.VAR_KEYWORD:
            names |= _unpacked_keys(str(param.annotation), module) or set()
        else:
            names.add(param.name)
    return names


def _short(value: Any) -> str:
    return "<huge int>" if isinstance(value, int) and value.bit_length() > 10_000 else repr(value)[:40]


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(418, json={"message": "not a refusal of the SDK"})


def _methods() -> Iterator[Any]:
    transport = httpx.MockTransport(_answer)
    sync = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=transport), max_retries=0)
    async_ = iv.AsyncInstaView(api_key=KEY, http_client=httpx.AsyncClient(transport=transport), max_retries=0)
    for flavour, client in (("sync", sync), ("async", async_)):
        for name, method, ids in public_methods(client):
            yield pytest.param(method, ids, id=f"{flavour}-{name}")


def _refusal(method: Any, args: list[Any], kwargs: dict[str, Any]) -> iv.InvalidRequestError | None:
    try:
        result = method(*args, **kwargs)
        if inspect.iscoroutine(result):
            result = asyncio.run(result)
        if hasattr(result, "__aiter__"):
            asyncio.run(result.__aiter__().__anext__())
    except iv.InvalidRequestError as refused:
        return refused
    except (iv.InstaViewError, StopAsyncIteration):
        return None
    return None


@pytest.mark.parametrize(("method", "ids"), list(_methods()))
def test_every_refusal_is_rooted_at_a_parameter_of_the_called_method(method: Any, ids: list[str]) -> None:
    names = parameter_names(method)
    plain = [f"id_{n}" for n in range(len(ids))]
    # every other parameter without a default gets a neutral value (an id for *_id, else None)
    required = {
        p.name: (f"{p.name}_1" if p.name.endswith("_id") else None)
        for p in inspect.signature(method).parameters.values()
        if p.default is p.empty and p.kind is not p.VAR_KEYWORD and p.name not in ids
    }
    wrong: list[str] = []
    refusals = 0
    keyword = sorted(names - set(ids))
    for position in range(len(ids)):  # a hostile id in each positional place
        for value in ("", "..", "\x00", -1):
            given = list(plain)
            given[position] = value
            refused = _refusal(method, given, dict(required))
            refusals += refused is not None
            if refused is not None and refused.argument != ids[position]:
                wrong.append(f"{ids[position]}={value!r}: argument={refused.argument!r}")
    takes_any = any(p.kind is p.VAR_KEYWORD for p in inspect.signature(method).parameters.values())
    # a made-up keyword: refused by the SDK where the method takes **keywords (else Python's TypeError)
    for name in [*keyword, *(["no_such_argument"] if takes_any else [])]:
        for value in HOSTILE:
            refused = _refusal(method, plain, {**required, name: value})
            if refused is None:
                continue
            refusals += 1
            root = _ROOT.match(refused.argument or "")
            if root is None or root.group() not in names | {"no_such_argument"}:
                wrong.append(f"{name}={_short(value)}: argument={refused.argument!r} ({refused})")
    count("refusal arguments", cases=refusals, misnamed=len(wrong))
    assert refusals > 0
    assert not wrong, "\n".join(wrong)


def test_a_metadata_key_that_is_not_a_string_names_metadata() -> None:
    client = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(_answer)))
    with pytest.raises(iv.InvalidRequestError) as refused:
        client.jobs.create(title="Welder", description="Welds steel frames.", metadata={-1: "x"})
    assert refused.value.argument == "metadata[-1]"
