"""Helpers shared by the resource tests: documented examples, canned replies, what was sent."""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from ..conftest import Recorder

__all__ = ["EXAMPLES", "Run", "both", "ex", "example", "reply", "sent"]

EXAMPLES: dict[str, Any] = {
    e["id"]: e["json"]
    for e in json.loads(
        (Path(__file__).parents[1] / "fixtures" / "doc_examples.json").read_text(encoding="utf-8")
    )
}

Run = Callable[[Callable[[Any], Any]], Awaitable[Any]]


def example(example_id: str) -> Any:
    """A documented example's JSON (tests/fixtures/doc_examples.json), as a fresh copy."""
    return copy.deepcopy(EXAMPLES[example_id])


ex = example


def reply(body: Any, status: int = 200) -> httpx.Response:
    """A bare JSON response."""
    return httpx.Response(status, json=body)


def sent(recorder: Recorder) -> list[tuple[str, str, dict[str, str], Any]]:
    """(method, path, query, JSON body) of every recorded request."""
    return [
        (r.method, r.url.path, dict(r.url.params), recorder.body(i)) for i, r in enumerate(recorder.requests)
    ]


async def both(sync_call: Callable[[], Any], async_call: Callable[[], Awaitable[Any]]) -> tuple[Any, Any]:
    """The sync result, then the async one (two requests recorded, in that order)."""
    return sync_call(), await async_call()
