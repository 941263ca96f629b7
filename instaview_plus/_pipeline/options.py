"""The options every request of a client is sent with, declared once with one check each.

``ClientOptions`` is what the constructors, ``with_options`` and the per-call options all change: the
constructors build one, ``with_options`` and a call's ``timeout=`` / ``extra_headers=`` derive a copy, and
``applied_to`` puts it on a ``Pipeline``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
import httpx

from .._constants import DEFAULT_TIMEOUT
from .._exceptions import InvalidRequestError
from .._types import NOT_GIVEN, NotGiven, NoTimeout
from .pipeline import Pipeline
from .retry import RetryPolicy

__all__ = ["ClientOptions", "Timeout", "check_company_id", "check_timeout"]

Timeout: TypeAlias = float | httpx.Timeout | NoTimeout


def check_timeout(timeout: Any) -> Timeout:
    """Seconds (> 0), an ``httpx.Timeout`` or ``NO_TIMEOUT``; ``None`` is refused (it would wait forever)."""
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


def check_max_retries(max_retries: Any) -> int:
    """A whole number >= 0."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidRequestError(
            f"max_retries must be a whole number >= 0 (got {max_retries!r})", argument="max_retries"
        )
    return max_retries


def check_company_id(company_id: Any, *, optional: bool = True) -> str | None:
    """A non-empty string (or ``None`` where no company scope is allowed)."""
    if company_id is None and optional:
        return None
    if not isinstance(company_id, str) or not company_id.strip():
        raise InvalidRequestError(
            f"company_id must be a non-empty string (got {company_id!r})", argument="company_id"
        )
    return company_id


def check_headers(headers: Any, name: str = "default_headers") -> dict[str, str]:
    """A mapping of header names to string values."""
    if not isinstance(headers, Mapping) or not all(isinstance(key, str) for key in headers):
        raise InvalidRequestError(
            f"{name} must be a mapping with string keys (got {headers!r})", argument=name
        )
    if not all(isinstance(value, str) for value in headers.values()):
        raise InvalidRequestError(f"{name} values must be strings (got {dict(headers)!r})", argument=name)
    return dict(headers)


@attrs.frozen(kw_only=True)
class ClientOptions:
    """The changeable options of a client's requests (the key, the URL and the pacer stay per client)."""

    timeout: Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=check_timeout)
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    company_id: str | None = attrs.field(default=None, converter=check_company_id)
    default_headers: Mapping[str, str] = attrs.field(factory=dict, converter=check_headers)

    @classmethod
    def of(cls, pipeline: Pipeline) -> ClientOptions:
        """The options a pipeline sends with."""
        return cls(
            timeout=pipeline.timeout,
            retry=pipeline.retry,
            company_id=pipeline.company_id,
            default_headers=pipeline.default_headers,
        )

    def changed(
        self,
        *,
        timeout: Any = NOT_GIVEN,
        max_retries: Any = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
        company_id: Any = NOT_GIVEN,
        headers: Any = NOT_GIVEN,
        headers_name: str = "default_headers",
    ) -> ClientOptions:
        """A copy with the given options changed (``headers`` are added to the current ones)."""
        policy = self.retry if isinstance(retry, NotGiven) else retry
        if not isinstance(max_retries, NotGiven):
            policy = attrs.evolve(policy, max_retries=check_max_retries(max_retries))
        if not isinstance(retry_non_idempotent, NotGiven):
            policy = attrs.evolve(policy, retry_non_idempotent=retry_non_idempotent)
        changes: dict[str, Any] = {"retry": policy}
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout
        if not isinstance(company_id, NotGiven):
            changes["company_id"] = company_id
        if not isinstance(headers, NotGiven):
            changes["default_headers"] = {**self.default_headers, **check_headers(headers, headers_name)}
        return attrs.evolve(self, **changes)

    def for_call(self, options: Mapping[str, Any]) -> ClientOptions:
        """The options of one call: its ``RequestOptions`` ``timeout`` and ``extra_headers`` applied."""
        headers = options.get("extra_headers")
        return self.changed(
            timeout=options.get("timeout", NOT_GIVEN),
            headers=NOT_GIVEN if headers is None else headers,
            headers_name="extra_headers",
        )

    def applied_to(self, pipeline: Pipeline) -> Pipeline:
        """The pipeline sending with these options (the same one when nothing differs)."""
        changes = {
            name: value
            for name, value in attrs.asdict(self, recurse=False).items()
            if getattr(pipeline, name) is not value
        }
        return attrs.evolve(pipeline, **changes) if changes else pipeline
