"""Find an object by a metadata marker: a scan of a list endpoint, as a plan (see ``_pipeline/drivers.py``).

The multi-step helpers mark what they create (``metadata[<name>] = <value>``); when a create's outcome is
unknown they look the marker up before sending it again, so a create that landed is adopted, not repeated.
The scan reads every page of the filtered list (bounded by time, not by a page count); when it cannot
finish it raises ``LookupUndecided`` rather than answer "not found" unsure.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.calls import build_call
from .._pipeline.drivers import Plan
from .._pipeline.spec import operation
from .pagination import SyncPage, page_op

__all__ = ["FIND_DEADLINE", "FIND_PAGE_SIZE", "LookupUndecided", "find_marked"]

FIND_PAGE_SIZE = 100
FIND_DEADLINE = 300.0  # seconds a marker lookup may read pages for, however many there are


class LookupUndecided(InstaViewError):
    """The marker lookup could not read the whole list: a landed create cannot be ruled out."""


def find_marked(
    list_op_id: str, query: Mapping[str, Any], name: str, value: str, *, what: str = "object"
) -> Plan[Any]:
    """The ``id`` of the listed object whose ``metadata[name] == value`` (as sent), or ``None``.

    Reads every page; raises ``LookupUndecided`` when it cannot (``FIND_DEADLINE`` passed, a page
    repeated, no further page can be requested). ``what`` names the list in those messages.
    """
    raw = operation(list_op_id, lambda item: item)
    deadline = time.monotonic() + FIND_DEADLINE
    page, previous = 1, None
    while True:
        try:
            call = build_call(
                page_op(raw, page=page, limit=FIND_PAGE_SIZE),
                query={**query, "page": page, "limit": FIND_PAGE_SIZE},
            )
        except InvalidRequestError as exc:  # past the documented last page
            raise LookupUndecided(f"page {page} of the {what} list cannot be requested ({exc})") from exc
        items, info = yield call
        for item in items:
            meta = item.get("metadata") if isinstance(item, dict) else None
            if isinstance(meta, dict) and meta.get(name) == value:
                return item.get("id")
        if not SyncPage(items, info, _no_fetch).has_next_page():
            return None
        if items == previous:
            raise LookupUndecided(
                f"the server answered page {page} of the {what} list with the previous page"
            )
        if time.monotonic() > deadline:
            raise LookupUndecided(f"the {what} list was still going after {page} pages ({FIND_DEADLINE:g} s)")
        page, previous = page + 1, items


def _no_fetch(page: int) -> SyncPage[Any]:
    raise AssertionError("the marker lookup fetches its pages itself")
