"""Per-request context handed to handlers: auth, scopes, company resolution, envelopes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import BadRequest, Forbidden, NotFound, ScopeMissing
from ._fake_clock import iso
from ._records import ApiKey
from ._shaping import FakeRequest, FakeResponse, json_response, paginate
from ._spec import OPERATIONS, declared
from ._tables import FILTERS
from ._validate import body_object

if TYPE_CHECKING:
    from ._fake import FakeInstaView

__all__ = ["Ctx"]

T = TypeVar("T")


class Ctx:
    """What a handler needs: the fake, the request, the calling key and the fake time."""

    def __init__(
        self, fake: FakeInstaView, request: FakeRequest, key: ApiKey | None, now: datetime, op_id: str = ""
    ) -> None:
        self.fake = fake
        self.op_id = op_id
        self.state = fake.state
        self.request = request
        self._key = key
        self.now = now

    @property
    def key(self) -> ApiKey:
        """The calling API key (every route but POST /api-keys has one)."""
        assert self._key is not None
        return self._key

    # -- auth ---------------------------------------------------------------------------------
    def require_scope(self, *scopes: str) -> None:
        """Raise the NestJS 403 when the key lacks any of ``scopes``."""
        have = self.key.scopes
        if have is None:
            return
        for scope in scopes:
            if scope not in have:
                raise ScopeMissing(scope)

    def company_id(self) -> str:
        """The company this request acts on (ATS keys: ``?companyId=`` of a company they created)."""
        key = self.key
        if not key.ats:
            assert key.company_id is not None
            return key.company_id
        cid = self.query().get("companyId")
        if not cid:
            raise Forbidden(
                "ATS API keys must specify the companyId query parameter", details={"parameter": "companyId"}
            )
        company = self.state.companies.get(cid)
        if company is None or company.created_by != key.id:
            raise Forbidden(f"This API key cannot access company {cid}", details={"companyId": cid})
        return cid

    def accessible_companies(self) -> list[str]:
        """Every company id the key may touch (its own, or the ones an ATS key created)."""
        if self.key.ats:
            return [c.id for c in self.state.companies.values() if c.created_by == self.key.id]
        return [self.key.company_id] if self.key.company_id in self.state.companies else []

    def owned(self, table: dict[str, T], record_id: str, resource: str) -> T:
        """The record ``record_id`` of this request's company: 404 when missing, 403 when foreign."""
        record = table.get(record_id)
        if record is None:
            raise NotFound(resource, record_id)
        if getattr(record, "company_id", None) != self.company_id():
            raise Forbidden(
                f"Access denied to this {resource.lower()}",
                details={"resourceType": resource, "resourceId": record_id},
            )
        return record

    # -- input --------------------------------------------------------------------------------
    def body(self) -> dict[str, Any]:
        """The JSON object body (400 when it is not JSON or not an object), holding only the fields the
        operation's request schema declares: a field taken out of the spec is no longer read."""
        try:
            raw = self.request.json()
        except ValueError as exc:
            raise BadRequest(f"Request body is not valid JSON: {exc}") from None
        body = body_object(raw)
        op = OPERATIONS.get(self.op_id)
        return declared(body, op["body"]) if op is not None and op["body"] else body

    def query(self) -> dict[str, str]:
        """The query parameters the operation declares (others are not read)."""
        op = OPERATIONS.get(self.op_id)
        query = self.request.query
        return {k: v for k, v in query.items() if op is None or k in op["query"]}

    def filtered(self, records: Iterable[T]) -> list[T]:
        """``records`` passing every list filter of this operation's behaviour table given in the query."""
        query = self.query()
        active = [(f, query[p]) for p, f in FILTERS.get(self.op_id, {}).items() if query.get(p)]
        return [r for r in records if all(f.matches(r, v) for f, v in active)]

    def page_params(self) -> tuple[int, int]:
        """``page`` (1..10000, default 1) and ``limit`` (1..100, default 20); 400 otherwise."""
        out = []
        for name, default, hi in (("page", 1, 10000), ("limit", 20, 100)):
            raw = self.query().get(name)
            if raw is None or raw == "":
                out.append(default)
                continue
            try:
                value = int(raw)
            except ValueError:
                raise BadRequest(
                    f"{name} must be an integer (got {raw!r})", details={"field": name}
                ) from None
            if not 1 <= value <= hi:
                raise BadRequest(f"{name} must be between 1 and {hi} (got {value})", details={"field": name})
            out.append(value)
        return out[0], out[1]

    # -- output -------------------------------------------------------------------------------
    def timestamp(self) -> str:
        """The envelope timestamp."""
        return iso(self.now) or ""

    def ok(self, data: Any, status: int = 200) -> FakeResponse:
        """The standard success envelope."""
        return json_response(
            status, {"success": True, "data": data, "error": None, "timestamp": self.timestamp()}
        )

    def page(self, items: list[Any], render: Any) -> FakeResponse:
        """A paginated list in the guide's shape ``data: {items, pagination}``."""
        page, limit = self.page_params()
        chunk, meta = paginate(items, page, limit, render)
        return self.ok({"items": chunk, "pagination": meta})

    def new_id(self) -> str:
        """A fresh seeded UUID."""
        return self.fake.ids.uuid()
