"""Find an object by a metadata marker: a bounded scan of a list endpoint, as a plan (see ``_driver.py``).

The multi-step helpers mark what they create (``metadata[<name>] = <value>``); when a create's outcome is
unknown they look the marker up before sending it again, so a create that landed is adopted, not repeated.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._driver import Plan
from ._resource import _page_op, build_call, operation

__all__ = ["FIND_MAX_PAGES", "FIND_PAGE_SIZE", "find_marked"]

FIND_PAGE_SIZE = 100
FIND_MAX_PAGES = 10


def find_marked(list_op_id: str, query: Mapping[str, Any], name: str, value: str) -> Plan[str | None]:
    """The id of the first listed object whose ``metadata[name] == value``, or ``None`` (at most 10 pages)."""
    raw = operation(list_op_id, lambda item: item)
    for page in range(1, FIND_MAX_PAGES + 1):
        call = build_call(
            _page_op(raw, page=page, limit=FIND_PAGE_SIZE),
            query={**query, "page": page, "limit": FIND_PAGE_SIZE},
        )
        items, info = yield call
        for item in items:
            meta = item.get("metadata") if isinstance(item, dict) else None
            if isinstance(meta, dict) and meta.get(name) == value and isinstance(item.get("id"), str):
                return str(item["id"])
        if not items or info.has_next is False or len(items) < FIND_PAGE_SIZE:
            return None
    return None
