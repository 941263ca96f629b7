"""Pages of list results, and lazy iteration over every item of every page.

Every list shape the docs show is understood: ``{items, pagination}`` (the guide), a flat
``{data: [...], total, page, limit, totalPages}`` (reference pages), ``{data: [...], total}`` (webhooks) and a
bare list. Iterating a page walks on to the next pages one at a time (constant memory), re-sending the
same filters with the next ``page`` number. The server is not trusted blindly: a page whose metadata names
another page than the one asked for, the same page answered again, or a next page beyond the documented
maximum is an ``APIResponseValidationError`` (never an endless loop).

>>> for each in client.jobs.list(status="OPEN", limit=100):
...     print(each.title)
Backend engineer...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import attrs

from .._exceptions import APIResponseValidationError, InvalidRequestError
from .._pipeline.operation import Operation

__all__ = ["AsyncPage", "AsyncPager", "PageInfo", "SyncPage", "page_op", "read_page"]

T = TypeVar("T")


@attrs.frozen
class PageInfo:
    """What a list response says about its position; ``None`` where the shape does not carry it."""

    page: int
    limit: int | None
    total: int | None = None
    total_pages: int | None = None
    has_next: bool | None = None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_page(payload: Any, *, page: int, limit: int | None) -> tuple[list[Any], PageInfo]:
    """Split an unwrapped list payload into its raw items and its ``PageInfo``."""
    if isinstance(payload, list):
        return payload, PageInfo(page=page, limit=limit)
    if not isinstance(payload, dict):
        raise TypeError(f"expected a list or an object holding one, got {type(payload).__name__}")
    meta: dict[str, Any]
    if isinstance(payload.get("items"), list):
        pagination = payload.get("pagination")
        meta = pagination if isinstance(pagination, dict) else {}
        items = payload["items"]
    elif isinstance(payload.get("data"), list):
        meta, items = payload, payload["data"]
    else:
        raise KeyError("items")
    has_next = meta.get("hasNextPage")
    answered = _int(meta.get("page"))
    if answered is not None and answered != page:
        raise ValueError(f"page {page} was asked for, but the response says it is page {answered}")
    return items, PageInfo(
        page=page,
        limit=_int(meta.get("limit")) or limit,
        total=_int(meta.get("total")),
        total_pages=_int(meta.get("totalPages")),
        has_next=has_next if isinstance(has_next, bool) else None,
    )


def page_op(op: Operation[T], *, page: int, limit: Any) -> Operation[tuple[list[T], PageInfo]]:
    """The list endpoint, parsing a whole page (shape errors become APIResponseValidationError)."""

    many: Callable[[list[Any]], list[T]] | None = getattr(op.parse, "many", None)

    def parse(payload: Any) -> tuple[list[T], PageInfo]:
        items, info = read_page(payload, page=page, limit=limit)
        if many is not None:
            return many(items), info
        return [op.parse(item) for item in items], info

    return Operation(
        id=op.id,
        method=op.method,
        path=op.path,
        parse=parse,
        company_scoped=op.company_scoped,
        binary=op.binary,
        unwrap=op.unwrap,
    )


class _PageBase(Generic[T]):
    def __init__(self, items: list[T], info: PageInfo) -> None:
        self.items = items
        self.info = info

    @property
    def total(self) -> int | None:
        """The total number of items across all pages, when the server says."""
        return self.info.total

    @property
    def page(self) -> int:
        """This page's number (1-based)."""
        return self.info.page

    def has_next_page(self) -> bool:
        """Whether another page follows (from hasNextPage, totalPages, total, or a full page)."""
        info = self.info
        if not self.items:
            return False
        if info.has_next is not None:
            return info.has_next
        if info.total_pages is not None:
            return info.page < info.total_pages
        if info.total is not None and info.limit:
            return info.page * info.limit < info.total
        return info.limit is not None and len(self.items) >= info.limit

    def __repr__(self) -> str:
        return f"<{type(self).__name__} page={self.page} items={len(self.items)} total={self.total}>"

    def _refused(self, exc: InvalidRequestError) -> APIResponseValidationError:
        """The next page cannot be asked for (past the documented maximum): the server's metadata is wrong."""
        return APIResponseValidationError(
            f"page {self.page} says another page follows, but page {self.page + 1} cannot be requested ({exc})",
            status_code=200,
        )

    def _checked(self, following: _PageBase[T]) -> None:
        """Refuse a next page that repeats this one (a server ignoring ``page`` would loop forever)."""
        if following.items and following.items == self.items:
            raise APIResponseValidationError(
                f"page {following.page} repeats the items of page {self.page} while saying more pages follow;"
                " the server ignores the page number",
                status_code=200,
            )


class SyncPage(_PageBase[T]):
    """One page of results; iterating it yields every item of this and all following pages."""

    def __init__(self, items: list[T], info: PageInfo, fetch: Callable[[int], SyncPage[T]]) -> None:
        super().__init__(items, info)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """Fetch the next page (``StopIteration`` if there is none)."""
        if not self.has_next_page():
            raise StopIteration("no next page")
        try:
            following = self._fetch(self.info.page + 1)
        except InvalidRequestError as exc:
            raise self._refused(exc) from exc
        self._checked(following)
        return following

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every following page, fetched one at a time."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[T]):
    """One page of results (async); ``async for`` yields every item of this and all following pages."""

    def __init__(
        self, items: list[T], info: PageInfo, fetch: Callable[[int], Awaitable[AsyncPage[T]]]
    ) -> None:
        super().__init__(items, info)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the next page (``StopAsyncIteration`` if there is none)."""
        if not self.has_next_page():
            raise StopAsyncIteration("no next page")
        try:
            following = await self._fetch(self.info.page + 1)
        except InvalidRequestError as exc:
            raise self._refused(exc) from exc
        self._checked(following)
        return following

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following page, fetched one at a time."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[T]):
    """What an async ``list()`` returns: ``await`` it for the first page, or ``async for`` over every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
