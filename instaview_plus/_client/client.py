"""``InstaView`` and ``AsyncInstaView``: options, resources, copies and lifetime. No request logic here.

>>> import instaview_plus as iv
>>> with iv.InstaView() as client:  # api_key from INSTAVIEW_API_KEY, or api_key="sk_live_..."
...     job = client.jobs.create(title="Backend engineer", description="Python and APIs.", status="OPEN")
>>> str(job.status)
'OPEN'
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._exceptions import InvalidRequestError
from .._pipeline.clock import wait_functions
from .._pipeline.options import ClientOptions, Timeout, check_company_id
from .._pipeline.pacing import RateLimitInfo
from .._pipeline.pipeline import Pipeline
from .._pipeline.retry import RetryPolicy
from .._telemetry import Hooks
from .._types import NOT_GIVEN, NotGiven, RateLimitMode
from .accessors import Accessor, accessor_names
from .options import make_pipeline

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


class _ClientBase(Generic[H]):
    _pipeline: Pipeline
    _http: H
    _owns_http: bool

    def _init(self, http_client: H | None, http_cls: type[H], **options: Any) -> None:
        # an http client carrying a clock (the fake's) makes every wait happen on that clock
        options["sleep"], clock = wait_functions(
            http_client, options["sleep"], is_async=http_cls is httpx.AsyncClient
        )
        self._pipeline = make_pipeline(clock=clock, **options)
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

    def _derive(self, options: ClientOptions) -> Self:
        clone = object.__new__(type(self))
        resources = accessor_names(type(self))  # each copy makes its own resources
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k not in resources})
        clone._pipeline = options.applied_to(self._pipeline)
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
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
        tracing: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some options changed, sharing the connection pool and the rate-limit pacer.

        >>> client.with_options(timeout=5, max_retries=0).jobs.get(job.id).title
        'Backend engineer'
        """
        options = ClientOptions.of(self._pipeline).changed(
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            retry_non_idempotent=retry_non_idempotent,
            company_id=company_id,
            headers=default_headers,
            hooks=hooks,
            tracing=tracing,
        )
        return self._derive(options)

    def for_company(self, company_id: str) -> Self:
        """A copy whose company-scoped requests all carry ``?companyId=company_id`` (ATS keys).

        >>> company = client.companies.list().items[0]  # an ATS key: the companies it created
        >>> acme = client.for_company(company.id)
        >>> acme.company_id == company.id
        True
        """
        check_company_id(company_id, optional=False)
        return self._derive(ClientOptions.of(self._pipeline).changed(company_id=company_id))

    def __repr__(self) -> str:
        scope = f" company_id={self.company_id!r}" if self.company_id else ""
        return f"<{type(self).__name__} base_url={self.base_url!r}{scope}>"

    def __getstate__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds a secret and a connection pool; it cannot be pickled")


class InstaView(_ClientBase[httpx.Client]):
    """The synchronous InstaView client.

    ``api_key`` defaults to ``$INSTAVIEW_API_KEY`` and ``base_url`` to ``$INSTAVIEW_BASE_URL`` or
    ``https://api.instaview.sk``. ``company_id`` scopes every request (ATS keys). ``http_client`` may be any
    ``httpx.Client`` (proxies, custom transports, ``FakeInstaView().http_client()``: a client on the fake
    waits in the fake's time). ``sleep`` replaces ``time.sleep`` between retries and polls. ``rate_limit`` is
    ``"auto"`` (pace by the ``X-RateLimit-*`` headers), ``"off"``, or ``"redis://host:port/db"`` to share one
    key's budget with every process using it (``pip install 'instaview-plus[redis]'``; see ``_pipeline/pacing_redis.py``).
    ``timeout`` is seconds per request (30 by default), an ``httpx.Timeout``, or ``None`` for no timeout
    (``NO_TIMEOUT`` is the same). ``hooks=iv.Hooks(...)`` calls back on every request, answer, retry, pause and
    workflow step. ``tracing`` (on by default) makes OpenTelemetry spans whenever the application has set a
    tracer provider (``pip install 'instaview-plus[otel]'``); ``tracing=False`` makes none.
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
        hooks: Hooks | None = None,
        tracing: bool = True,
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
            hooks=hooks,
            tracing=tracing,
        )

    jobs: Accessor[Jobs] = Accessor("jobs.Jobs")
    """Jobs: create (also from a posting URL), get, list, update, delete."""
    candidates: Accessor[Candidates] = Accessor("candidates.Candidates")
    """Candidates, with their analyses and interviews."""
    agents: Accessor[Agents] = Accessor("agents.Agents")
    """AI interview agents."""
    interviews: Accessor[Interviews] = Accessor("interviews.Interviews")
    """Interviews, their analysis PDF, and ``.call_attempts``."""
    companies: Accessor[Companies] = Accessor("companies.Companies")
    """Companies (ATS partner keys)."""
    billing: Accessor[Billing] = Accessor("billing.Billing")
    """Billing usage in minutes or credits."""
    webhooks: Accessor[Webhooks] = Accessor("webhooks.Webhooks")
    """Webhook subscriptions: CRUD, test ping, circuit reset."""
    sourcing: Accessor[Sourcing] = Accessor("sourcing.Sourcing")
    """Sourcing, enrichment, preview and HTML cards (asynchronous runs)."""
    api_keys: Accessor[ApiKeys] = Accessor("api_keys.ApiKeys")
    """API key creation (needs an admin token, not an API key)."""
    workflows: Accessor[Workflows] = Accessor("workflows.Workflows")
    """Multi-step helpers: ``schedule_interview`` and ``resume`` (nothing lost, nothing created twice)."""
    bulk: Accessor[Bulk] = Accessor("bulk.Bulk")
    """Bulk imports: ``create_candidates`` (paced, resumable, nothing created twice)."""

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# twin: InstaView
class AsyncInstaView(_ClientBase[httpx.AsyncClient]):
    """The asynchronous InstaView client: the same surface as ``InstaView``, every method awaitable.

    ``sleep`` replaces ``asyncio.sleep`` between retries. One rate-limit pacer is shared by every task.
    ``hooks`` are plain callables here too, called on the event loop: keep them quick.
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
        hooks: Hooks | None = None,
        tracing: bool = True,
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
            hooks=hooks,
            tracing=tracing,
        )

    jobs: Accessor[AsyncJobs] = Accessor("jobs.AsyncJobs")
    """Jobs: create (also from a posting URL), get, list, update, delete."""
    candidates: Accessor[AsyncCandidates] = Accessor("candidates.AsyncCandidates")
    """Candidates, with their analyses and interviews."""
    agents: Accessor[AsyncAgents] = Accessor("agents.AsyncAgents")
    """AI interview agents."""
    interviews: Accessor[AsyncInterviews] = Accessor("interviews.AsyncInterviews")
    """Interviews, their analysis PDF, and ``.call_attempts``."""
    companies: Accessor[AsyncCompanies] = Accessor("companies.AsyncCompanies")
    """Companies (ATS partner keys)."""
    billing: Accessor[AsyncBilling] = Accessor("billing.AsyncBilling")
    """Billing usage in minutes or credits."""
    webhooks: Accessor[AsyncWebhooks] = Accessor("webhooks.AsyncWebhooks")
    """Webhook subscriptions: CRUD, test ping, circuit reset."""
    sourcing: Accessor[AsyncSourcing] = Accessor("sourcing.AsyncSourcing")
    """Sourcing, enrichment, preview and HTML cards (asynchronous runs)."""
    api_keys: Accessor[AsyncApiKeys] = Accessor("api_keys.AsyncApiKeys")
    """API key creation (needs an admin token, not an API key)."""
    workflows: Accessor[AsyncWorkflows] = Accessor("workflows.AsyncWorkflows")
    """Multi-step helpers: ``schedule_interview`` and ``resume`` (nothing lost, nothing created twice)."""
    bulk: Accessor[AsyncBulk] = Accessor("bulk.AsyncBulk")
    """Bulk imports: ``create_candidates`` (paced, resumable, nothing created twice)."""

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
