"""A client's constructor arguments → its ``Pipeline``: environment fallbacks, the key, the URL, the pacer."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from .._constants import DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL, LOOPBACK_HOSTS
from .._exceptions import InstaViewError, InvalidRequestError
from .._pipeline.auth import ApiKey
from .._pipeline.logs import setup_from_env
from .._pipeline.options import ClientOptions, check_max_retries
from .._pipeline.pacing import Pacer
from .._pipeline.pipeline import Pipeline
from .._pipeline.retry import RetryPolicy
from .._pipeline.wire import short_repr
from .._telemetry import Hooks
from .._types import NOT_GIVEN, RateLimitMode

__all__ = ["make_pipeline"]


def make_pipeline(
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
    clock: Callable[[], float],
    hooks: Hooks | None = None,
    tracing: bool = True,
) -> Pipeline:
    """The pipeline of a new client (every argument checked; ``retry`` given wins over ``max_retries``)."""
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if not key:
        raise InstaViewError(
            f"No API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
            " (keys look like sk_live_... or sk_test_...)"
        )
    if not isinstance(key, str):
        raise InvalidRequestError("api_key must be a string", argument="api_key")
    pacer = _make_pacer(rate_limit, key, clock)
    max_retries = check_max_retries(max_retries)  # checked even when ``retry`` wins over it
    options = ClientOptions(
        timeout=timeout,
        retry=retry or RetryPolicy(),
        company_id=company_id,
        default_headers=default_headers or {},
        hooks=hooks,
        tracing=tracing,
    ).changed(
        max_retries=max_retries if retry is None else NOT_GIVEN,
        retry_non_idempotent=True if retry_non_idempotent else NOT_GIVEN,
    )
    setup_from_env()
    return Pipeline(
        base_url=_check_base_url(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL),
        api_key=ApiKey(key),
        pacer=pacer,
        sleep=sleep,
        clock=clock,
        **attrs.asdict(options, recurse=False),
    )


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


def _make_pacer(rate_limit: RateLimitMode, key: str, clock: Callable[[], float]) -> Pacer:
    """``"auto"``/``"off"``: this process's pacer; a ``redis://`` URL: one shared through Redis."""
    if isinstance(rate_limit, str) and rate_limit.startswith(("redis://", "rediss://", "unix://")):
        from .._pipeline.pacing_redis import RedisPacer  # imports redis-py: only when asked for

        return RedisPacer(rate_limit, key, clock=clock)
    if rate_limit not in ("auto", "off"):
        raise InvalidRequestError(
            f"rate_limit must be 'auto', 'off' or a redis:// URL (got {short_repr(rate_limit)})",
            argument="rate_limit",
        )
    return Pacer(enabled=rate_limit == "auto", clock=clock)
