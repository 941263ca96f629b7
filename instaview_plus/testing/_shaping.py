"""Wire-level types of the fake: a parsed request, a response, and the documented body shapes."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "FakeRequest",
    "FakeResponse",
    "error_body",
    "json_response",
    "paginate",
]

JSONDict = dict[str, Any]


@attrs.frozen
class FakeRequest:
    """One HTTP request as the fake sees it (headers lower-cased, query as single values)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The JSON body (``None`` when empty); raises ``ValueError`` when it is not JSON."""
        if not self.body.strip():
            return None
        return json.loads(self.body)


@attrs.define
class FakeResponse:
    """A response; ``action`` is a transport-level fault: ``"reset"`` or ``"drop"``."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = attrs.field(factory=dict)
    action: str | None = None


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> FakeResponse:
    """A JSON response with ``payload`` serialised compactly."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    hdrs = {"Content-Type": "application/json; charset=utf-8"}
    hdrs.update(headers or {})
    return FakeResponse(status=status, body=body, headers=hdrs)


def error_body(code: str, message: str, details: Any, timestamp: str | None) -> JSONDict:
    """The documented error envelope ``{success:false, data:null, error:{code,message,details}, timestamp}``.

    ``details`` is an object wherever the docs show it; an error without details leaves the key out.
    """
    error: JSONDict = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"success": False, "data": None, "error": error, "timestamp": timestamp}


def paginate(
    items: list[Any], page: int, limit: int, render: Callable[[Any], Any]
) -> tuple[list[Any], JSONDict]:
    """Slice ``items`` for ``page``/``limit`` and build the guide's pagination object."""
    total = len(items)
    total_pages = math.ceil(total / limit) if total else 0
    start = (page - 1) * limit
    chunk = [render(x) for x in items[start : start + limit]]
    meta = {
        "total": total,
        "page": page,
        "limit": limit,
        "totalPages": total_pages,
        "hasNextPage": page < total_pages,
        "hasPreviousPage": page > 1,
    }
    return chunk, meta
