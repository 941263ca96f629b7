"""``InstaView`` and ``AsyncInstaView``: options, resources, copies and lifetime. No request logic here.

>>> import instaview_plus as iv
>>> with iv.InstaView() as client:  # api_key from INSTAVIEW_API_KEY, or api_key="sk_live_..."
...     job = client.jobs.create(title="Backend engineer", description="Python and APIs.", status="OPEN")
>>> str(job.status)
'OPEN'
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from .._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    LOOPBACK_HOSTS,
)
from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.auth import ApiKey
from .._pipeline.clock import wait_functions
from .._pipeline.logs import setup_from_env
from .._pipeline.pacing import Pacer, RateLimitInfo
from .._pipeline.pipeline import Pipeline
from .._pipeline.retry import RetryPolicy
from .._types import NOT_GIVEN, NotGiven, NoTimeout, RateLimitMode

if TYPE_CHECKING:
    from ..resources.agents import Agents, AsyncAgents
    from ..resources.api_keys import ApiKeys, AsyncApiKeys
    from ..resources.billing import AsyncBilling, Billing
    from ..resources.bulk import AsyncBulk, Bulk
    from ..resources.candidates import AsyncCandidates, Candidates
    from ..resources.companies import AsyncCompanies, Companies
    from ..resources.interviews import AsyncInterviews, Interviews
    from ..resources.jobs import AsyncJobs, Jobs
    from ..resources.sourcing import AsyncSourcing, Sourcing
    from ..resources.webhooks import AsyncWebhooks, Webhooks
    from ..resources.workflows import AsyncWorkflows, Workflows

__all__ = ["AsyncInstaView", "InstaView"]

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
Timeout = float | httpx.Timeout | NoTimeout


def _check_timeout(timeout: Any) -> Timeout:
    if timeout is None:
        raise InvalidRequestError(
            "timeout=None would wait forever; pass seconds (e.g. timeout=30.0), an httpx.Timeout, or"
            " instaview_plus.NO_TIMEOUT to disable timeouts on purpose",
            argument="timeout",
        )
    if isinstance(timeout, bool) or not isinstance(timeout, int | float | httpx.Timeout | NoTimeout):
        raise InvalidRequestError(
            f"timeout must be seconds or an httpx.Timeout (got {timeout!r})", argument="timeout"
        )
    if isinstance(timeout, int | float) and timeout <= 0:
        raise InvalidRequestError(f"timeout must be positive (got {timeout!r})", argument="timeout")
    return float(timeout) if isinstance(timeout, int) else timeout


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InstaViewError(
            f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r} (got {base_url!r})"
        )
    if (
        parts.scheme == "http"
        and parts.hostname not in LOOPBACK_HOSTS
        and not parts.hostname.startswith("127.")
    ):
        raise InstaViewError(
            f"refusing to send the API key over plain http:// to {parts.hostname}; use https:// (plain http is"
            " allowed only for a loopback host such as 127.0.0.1)"
        )
    return base_url.rstrip("/")


def _make_pipeline(
    *,
    api_key: str | None,
    base_url: str | None,
    company_id: str | None,
    timeout: Any,
    max_retries: int,
    retry: RetryPolicy | None,
    retry_non_idempotent: bool,
    rate_limit: RateLimitMode,
    default_headers: Mapping[str, str] | None,
    sleep: Callable[[float], Any] | None,
    clock: Callable[[], float] = time.time,
) -> Pipeline:
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if not key:
        raise InstaViewError(
            f"No API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
            " (keys look like sk_live_... or sk_test_...)"
        )
    if not isinstance(key, str):
        raise InvalidRequestError("api_key must be a string", argument="api_key")
    pacer = _make_pacer(rate_limit, key, clock)
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidRequestError(
            f"max_retries must be a whole number >= 0 (got {max_retries!r})", argument="max_retries"
        )
    policy = attrs.evolve(retry or RetryPolicy(), max_retries=max_retries) if retry is None else retry
    if retry_non_idempotent:
        policy = attrs.evolve(policy, retry_non_idempotent=True)
    if company_id is not None and (not isinstance(company_id, str) or not company_id.strip()):
        raise InvalidRequestError(
            f"company_id must be a non-empty string (got {company_id!r})", argument="company_id"
        )
    setup_from_env()
    return Pipeline(
        base_url=_check_base_url(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL),
        api_key=ApiKey(key),
        timeout=_check_timeout(timeout),
        retry=policy,
        pacer=pacer,
        company_id=company_id,
        default_headers=dict(default_headers or {}),
        sleep=sleep,
    )


def _make_pacer(rate_limit: RateLimitMode, key: str, clock: Callable[[], float]) -> Pacer:
    """``"auto"``/``"off"``: this process's pacer; a ``redis://`` URL: one shared through Redis."""
    if isinstance(rate_limit, str) and rate_limit.startswith(("redis://", "rediss://", "unix://")):
        from .._pipeline.pacing_redis import RedisPacer  # imports redis-py: only when asked for

        return RedisPacer(rate_limit, key, clock=clock)
    if rate_limit not in ("auto", "off"):
        raise InvalidRequestError(
            f"rate_limit must be 'auto', 'off' or a redis:// URL (got {rate_limit!r})", argument="rate_limit"
        )
    return Pacer(enabled=rate_limit == "auto", clock=clock)


class _ClientBase(Generic[H]):
    _pipeline: Pipeline
    _http: H
    _owns_http: bool

    def _init(self, http_client: H | None, http_cls: type[H], **options: Any) -> None:
        # an http client carrying a clock (the fake's) makes every wait happen on that clock
        options["sleep"], clock = wait_functions(
            http_client, options["sleep"], is_async=http_cls is httpx.AsyncClient
        )
        self._pipeline = _make_pipeline(clock=clock, **options)
        if http_client is not None and not isinstance(http_client, http_cls):
            raise InvalidRequestError(
                f"http_client must be an {http_cls.__module__}.{http_cls.__name__} (got {type(http_client).__name__})",
                argument="http_client",
            )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else http_cls(follow_redirects=False)

    @property
    def base_url(self) -> str:
        """The API's base URL."""
        return self._pipeline.base_url

    @property
    def company_id(self) -> str | None:
        """The company every company-scoped request acts on (ATS keys), or ``None``."""
        return self._pipeline.company_id

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The last ``X-RateLimit-*`` headers seen (limit, remaining, reset per minute and hour)."""
        return self._pipeline.pacer.info

    def _derive(self, **changes: Any) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if not k.startswith("_res_")})
        for name in [k for k in clone.__dict__ if k in _RESOURCE_NAMES]:
            del clone.__dict__[name]
        clone._pipeline = attrs.evolve(self._pipeline, **changes)
        clone._owns_http = False
        return clone

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
        company_id: str | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some options changed, sharing the connection pool and the rate-limit pacer.

        >>> client.with_options(timeout=5, max_retries=0).jobs.get(job.id).title
        'Backend engineer'
        """
        changes: dict[str, Any] = {}
        policy = self._pipeline.retry
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = _check_timeout(timeout)
        if not isinstance(retry, NotGiven):
            policy = retry
        if not isinstance(max_retries, NotGiven):
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise InvalidRequestError(
                    f"max_retries must be >= 0 (got {max_retries!r})", argument="max_retries"
                )
            policy = attrs.evolve(policy, max_retries=max_retries)
        if not isinstance(retry_non_idempotent, NotGiven):
            policy = attrs.evolve(policy, retry_non_idempotent=retry_non_idempotent)
        changes["retry"] = policy
        if not isinstance(company_id, NotGiven):
            changes["company_id"] = company_id
        if not isinstance(default_headers, NotGiven):
            changes["default_headers"] = {**self._pipeline.default_headers, **default_headers}
        return self._derive(**changes)

    def for_company(self, company_id: str) -> Self:
        """A copy whose company-scoped requests all carry ``?companyId=company_id`` (ATS keys).

        >>> company = client.companies.list().items[0]  # an ATS key: the companies it created
        >>> acme = client.for_company(company.id)
        >>> acme.company_id == company.id
        True
        """
        if not isinstance(company_id, str) or not company_id.strip():
            raise InvalidRequestError(
                f"company_id must be a non-empty string (got {company_id!r})", argument="company_id"
            )
        return self._derive(company_id=company_id)

    def __repr__(self) -> str:
        scope = f" company_id={self.company_id!r}" if self.company_id else ""
        return f"<{type(self).__name__} base_url={self.base_url!r}{scope}>"

    def __getstate__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds a secret and a connection pool; it cannot be pickled")


_RESOURCE_NAMES = frozenset(
    {
        "jobs",
        "candidates",
        "agents",
        "interviews",
        "companies",
        "billing",
        "webhooks",
        "sourcing",
        "api_keys",
        "workflows",
        "bulk",
    }
)


class InstaView(_ClientBase[httpx.Client]):
    """The synchronous InstaView client.

    ``api_key`` defaults to ``$INSTAVIEW_API_KEY`` and ``base_url`` to ``$INSTAVIEW_BASE_URL`` or
    ``https://api.instaview.sk``. ``company_id`` scopes every request (ATS keys). ``http_client`` may be any
    ``httpx.Client`` (proxies, custom transports, ``FakeInstaView().http_client()``: a client on the fake
    waits in the fake's time). ``sleep`` replaces ``time.sleep`` between retries and polls. ``rate_limit`` is
    ``"auto"`` (pace by the ``X-RateLimit-*`` headers), ``"off"``, or ``"redis://host:port/db"`` to share one
    key's budget with every process using it (``pip install 'instaview-plus[redis]'``; see ``_ratelimit_redis``).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        company_id: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        retry_non_idempotent: bool = False,
        rate_limit: RateLimitMode = "auto",
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._init(
            http_client,
            httpx.Client,
            api_key=api_key,
            base_url=base_url,
            company_id=company_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            retry_non_idempotent=retry_non_idempotent,
            rate_limit=rate_limit,
            default_headers=default_headers,
            sleep=sleep,
        )

    @cached_property
    def jobs(self) -> Jobs:
        """Jobs: create (also from a posting URL), get, list, update, delete."""
        from ..resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def candidates(self) -> Candidates:
        """Candidates, with their analyses and interviews."""
        from ..resources.candidates import Candidates

        return Candidates(self)

    @cached_property
    def agents(self) -> Agents:
        """AI interview agents."""
        from ..resources.agents import Agents

        return Agents(self)

    @cached_property
    def interviews(self) -> Interviews:
        """Interviews, their analysis PDF, and ``.call_attempts``."""
        from ..resources.interviews import Interviews

        return Interviews(self)

    @cached_property
    def companies(self) -> Companies:
        """Companies (ATS partner keys)."""
        from ..resources.companies import Companies

        return Companies(self)

    @cached_property
    def billing(self) -> Billing:
        """Billing usage in minutes or credits."""
        from ..resources.billing import Billing

        return Billing(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhook subscriptions: CRUD, test ping, circuit reset."""
        from ..resources.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def sourcing(self) -> Sourcing:
        """Sourcing, enrichment, preview and HTML cards (asynchronous runs)."""
        from ..resources.sourcing import Sourcing

        return Sourcing(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        """API key creation (needs an admin token, not an API key)."""
        from ..resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def workflows(self) -> Workflows:
        """Multi-step helpers: ``schedule_interview`` and ``resume`` (nothing lost, nothing created twice)."""
        from ..resources.workflows import Workflows

        return Workflows(self)

    @cached_property
    def bulk(self) -> Bulk:
        """Bulk imports: ``create_candidates`` (paced, resumable, nothing created twice)."""
        from ..resources.bulk import Bulk

        return Bulk(self)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncInstaView(_ClientBase[httpx.AsyncClient]):
    """The asynchronous InstaView client: the same surface as ``InstaView``, every method awaitable.

    ``sleep`` replaces ``asyncio.sleep`` between retries. One rate-limit pacer is shared by every task.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        company_id: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        retry_non_idempotent: bool = False,
        rate_limit: RateLimitMode = "auto",
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._init(
            http_client,
            httpx.AsyncClient,
            api_key=api_key,
            base_url=base_url,
            company_id=company_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            retry_non_idempotent=retry_non_idempotent,
            rate_limit=rate_limit,
            default_headers=default_headers,
            sleep=sleep,
        )

    @cached_property
    def jobs(self) -> AsyncJobs:
        """Jobs: create (also from a posting URL), get, list, update, delete."""
        from ..resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def candidates(self) -> AsyncCandidates:
        """Candidates, with their analyses and interviews."""
        from ..resources.candidates import AsyncCandidates

        return AsyncCandidates(self)

    @cached_property
    def agents(self) -> AsyncAgents:
        """AI interview agents."""
        from ..resources.agents import AsyncAgents

        return AsyncAgents(self)

    @cached_property
    def interviews(self) -> AsyncInterviews:
        """Interviews, their analysis PDF, and ``.call_attempts``."""
        from ..resources.interviews import AsyncInterviews

        return AsyncInterviews(self)

    @cached_property
    def companies(self) -> AsyncCompanies:
        """Companies (ATS partner keys)."""
        from ..resources.companies import AsyncCompanies

        return AsyncCompanies(self)

    @cached_property
    def billing(self) -> AsyncBilling:
        """Billing usage in minutes or credits."""
        from ..resources.billing import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhook subscriptions: CRUD, test ping, circuit reset."""
        from ..resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def sourcing(self) -> AsyncSourcing:
        """Sourcing, enrichment, preview and HTML cards (asynchronous runs)."""
        from ..resources.sourcing import AsyncSourcing

        return AsyncSourcing(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        """API key creation (needs an admin token, not an API key)."""
        from ..resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def workflows(self) -> AsyncWorkflows:
        """Multi-step helpers: ``schedule_interview`` and ``resume`` (nothing lost, nothing created twice)."""
        from ..resources.workflows import AsyncWorkflows

        return AsyncWorkflows(self)

    @cached_property
    def bulk(self) -> AsyncBulk:
        """Bulk imports: ``create_candidates`` (paced, resumable, nothing created twice)."""
        from ..resources.bulk import AsyncBulk

        return AsyncBulk(self)

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
