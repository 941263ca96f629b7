"""Per-call options and ``with_raw_response`` on every operation of the spec, sync and async.

The calls come from the contract table (``tests/contract/prism_calls.py``, one SDK call per operationId; its
completeness against the spec is checked there). Every request is answered with a minimal payload synthesised
from the operation's documented 2xx response schema, so nothing here is written per operation.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
import yaml

import instaview_plus as iv
from instaview_plus._generated.spec.operations import OPERATIONS
from instaview_plus._types import OPTION_NAMES

from ..contract._openapi import SPEC_PATH, operation_id
from ..contract.prism_calls import ADMIN_TOKEN, CALLS, KEY

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
OPS = sorted(CALLS)
OPTIONS: dict[str, Any] = {
    "timeout": 7.5,
    "extra_headers": {"X-Extra-Header": "yes"},
    "extra_query": {"extraParam": "1"},
    "extra_body": {"fieldNewerThanTheSdk": {"nested": True}},
}


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = functools.reduce(lambda d, k: d[k], node["$ref"][2:].split("/"), SPEC)
    return node


def sample(schema: Any) -> Any:
    """A small JSON value the schema accepts (required properties, an envelope's ``data``, a union's first branch)."""
    schema = _deref(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in map(_deref, schema["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return sample(merged)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return sample(next(b for b in schema[key] if _deref(b).get("type") != "null"))
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        # the required properties, plus an envelope's payload and a page's items
        names = [*schema.get("required", []), *(n for n in ("data", "items") if n in props)]
        return {name: sample(props.get(name, {})) for name in dict.fromkeys(names)}
    if kind == "array":
        return [sample(schema.get("items", {}))] * max(1, schema.get("minItems", 1))
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if "pattern" in schema:
        return matching(schema["pattern"])
    if schema.get("contentEncoding") == "base64":
        return "JVBERi0xLjQK"  # "%PDF-1.4\n"
    fmt = schema.get("format")
    return {
        "date-time": "2026-04-02T07:00:00+10:30",
        "date": "2026-04-02",
        "uuid": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    }.get(fmt, "x" * max(1, schema.get("minLength", 1)))


def matching(pattern: str) -> str:
    """A string the spec's (simple) pattern accepts: optional groups left out, one character per class."""
    text = re.sub(r"\(([^)]*)\)\?", "", pattern.strip("^$"))
    text = re.sub(r"\[(.)[^\]]*\](?:\+|\{(\d+)(?:,\d*)?\})?", lambda m: m[1] * int(m[2] or 1), text)
    text = text.replace("\\", "")
    assert re.fullmatch(pattern, text), (pattern, text)
    return text


def answer(request: httpx.Request) -> httpx.Response:
    """The operation's first documented 2xx answer, with a payload synthesised from its schema."""
    op_id = operation_id(request.method, request.url.path)
    assert op_id is not None, request.url
    spec = OPERATIONS[op_id]
    operation = SPEC["paths"][spec["path"]][spec["method"].lower()]
    status, response = next((c, _deref(r)) for c, r in operation["responses"].items() if str(c)[0] == "2")
    content = response.get("content") or {}
    if not content:
        return httpx.Response(int(status))
    media = "application/json" if "application/json" in content else next(iter(content))
    if media != "application/json":
        return httpx.Response(int(status), content=b"%PDF-1.4\n%%EOF\n", headers={"Content-Type": media})
    return httpx.Response(int(status), json=sample(content[media]["schema"]))


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return answer(request)


def _clients(op: str, recorder: Recorder) -> tuple[iv.InstaView, iv.AsyncInstaView]:
    key = ADMIN_TOKEN if CALLS[op][0] == "admin" else KEY
    transport = httpx.MockTransport(recorder)
    return (
        iv.InstaView(api_key=key, http_client=httpx.Client(transport=transport), max_retries=0),
        iv.AsyncInstaView(api_key=key, http_client=httpx.AsyncClient(transport=transport), max_retries=0),
    )


class _Through:
    """Stands in for a client in a call of the table: resources pass through, each method is ``wrap(method)``."""

    def __init__(self, target: Any, wrap: Callable[[Any, str], Any]) -> None:
        self._target, self._wrap = target, wrap

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if hasattr(value, "with_raw_response"):  # a resource (client.jobs, interviews.call_attempts)
            return _Through(value, self._wrap)
        return self._wrap(self._target, name)


def with_options(options: dict[str, Any]) -> Callable[[Any, str], Any]:
    return lambda resource, name: functools.partial(getattr(resource, name), **options)


def raw(resource: Any, name: str) -> Any:
    return getattr(resource.with_raw_response, name)


async def _result(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


def test_option_names_never_clash_with_a_documented_argument() -> None:
    from instaview_plus._pipeline.wire import snake

    for op_id, spec in OPERATIONS.items():
        names = {snake(n) for n in [*spec["query"], *((spec["body"] or {}).get("properties") or {})]}
        assert not names & OPTION_NAMES, op_id


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op", OPS)
async def test_every_method_takes_the_per_call_options(op: str, mode: str) -> None:
    recorder = Recorder()
    client = _clients(op, recorder)[mode == "async"]
    has_body = OPERATIONS[op]["body"] is not None
    options = OPTIONS if has_body else {k: v for k, v in OPTIONS.items() if k != "extra_body"}
    plain = Recorder()
    await _result(CALLS[op][1](_clients(op, plain)[mode == "async"]))
    await _result(CALLS[op][1](_Through(client, with_options(options))))
    (sent,), (reference,) = recorder.requests, plain.requests
    assert sent.headers["X-Extra-Header"] == "yes"
    assert {
        k: v for k, v in reference.headers.items() if k != "content-length"
    }.items() <= sent.headers.items()
    assert dict(sent.url.params) == {**dict(reference.url.params), "extraParam": "1"}
    assert sent.extensions["timeout"] == httpx.Timeout(7.5).as_dict()
    assert reference.extensions["timeout"] != sent.extensions["timeout"]
    if has_body:
        body = json.loads(sent.content)
        assert body == {**json.loads(reference.content), **OPTIONS["extra_body"]}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op", [op for op in OPS if OPERATIONS[op]["body"] is None])
async def test_extra_body_without_a_request_body_is_refused_before_sending(op: str, mode: str) -> None:
    recorder = Recorder()
    client = _clients(op, recorder)[mode == "async"]
    with pytest.raises(iv.InvalidRequestError, match="extra_body") as caught:
        await _result(CALLS[op][1](_Through(client, with_options({"extra_body": {"x": 1}}))))
    assert caught.value.argument == "extra_body"
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"timeout": float("nan")}, "timeout"),  # None means no timeout (tests/telemetry)
        ({"timeout": -1}, "timeout"),
        ({"extra_headers": {"X-Number": 1}}, "extra_headers['X-Number']"),
        ({"extra_query": ["not", "a", "mapping"]}, "extra_query"),
    ],
)
def test_bad_options_are_refused_before_sending(options: dict[str, Any], argument: str) -> None:
    recorder = Recorder()
    client, _ = _clients("getJob", recorder)
    with pytest.raises(iv.InvalidRequestError) as caught:
        client.jobs.get("3c90c3cc-0d44-4b50-8888-8dd25736052a", **options)
    assert caught.value.argument == argument
    assert recorder.requests == []


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, iv.SyncPage | iv.AsyncPage):
        return type(left) is type(right) and left.items == right.items and left.info == right.info
    if attrs.has(type(left)):
        return bool(left == right)
    return type(left) is type(right) and left == right


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op", OPS)
async def test_with_raw_response_works_on_every_method(op: str, mode: str) -> None:
    recorder = Recorder()
    client = _clients(op, recorder)[mode == "async"]
    plain = await _result(CALLS[op][1](client))
    if mode == "async" and isinstance(plain, iv.AsyncPager):
        plain = await plain
    response = await _result(CALLS[op][1](_Through(client, raw)))
    assert isinstance(response, iv.RawResponse), type(response)
    assert 200 <= response.status_code < 300
    assert response.http_response.request is recorder.requests[-1]
    assert len(recorder.requests) == 2  # parse() sends nothing more
    parsed = response.parse()
    assert _same(parsed, plain), (parsed, plain)


def test_raw_list_parses_to_a_page_that_walks_on() -> None:
    pages = [
        {"items": [{"id": f"j{i}"} for i in range(2)], "pagination": {"page": 1, "hasNextPage": True}},
        {"items": [{"id": "j2"}], "pagination": {"page": 2, "hasNextPage": False}},
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        page = pages[int(request.url.params["page"]) - 1]
        jobs = [{**sample({"$ref": "#/components/schemas/Job"}), **item} for item in page["items"]]
        return httpx.Response(200, json={"success": True, "data": {**page, "items": jobs}})

    client = iv.InstaView(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    response = client.jobs.with_raw_response.list(limit=2)
    page = response.parse()
    assert isinstance(page, iv.SyncPage)
    assert [job.id for job in page] == ["j0", "j1", "j2"]


def test_the_pdf_raw_response_parses_to_the_bytes() -> None:
    client, _ = _clients("getInterviewAnalysisPdf", Recorder())
    response = client.interviews.with_raw_response.analysis_pdf("550e8400-e29b-41d4-a716-446655440000")
    assert response.parse() == b"%PDF-1.4\n"  # the documented {analysisPdfBase64}, decoded
    assert response.headers["content-type"] == "application/json"


def test_every_resource_method_has_its_raw_form() -> None:
    """The views are declared per resource; a method added without its raw form fails here."""
    import inspect

    from instaview_plus.resources._base import AsyncAPIResource, RawView, SyncAPIResource, _view

    client, aclient = _clients("getJob", Recorder())
    seen = 0
    for root in (client, aclient):
        resources = [getattr(root, n) for n in dir(type(root)) if not n.startswith("_")]
        resources = [r for r in resources if isinstance(r, SyncAPIResource | AsyncAPIResource)]
        resources += [r.call_attempts for r in resources if hasattr(r, "call_attempts")]
        for resource in resources:
            view = _view(resource)
            for name, _member in inspect.getmembers(type(resource), inspect.isfunction):
                if name.startswith("_") or type(view) is RawView:
                    continue
                if name.startswith(("wait", "export")):  # several requests: no one raw response, refused
                    with pytest.raises(iv.InvalidRequestError, match="with_raw_response"):
                        getattr(view, name)
                    continue
                assert name in vars(type(view)), f"{type(resource).__name__}.{name} has no raw form"
                seen += 1
    assert seen >= len(OPERATIONS)
