"""The options every request of a client is sent with, declared once with one check each.

``ClientOptions`` is what the constructors, ``with_options`` and the per-call options all change: the
constructors build one, ``with_options`` and a call's ``timeout=`` / ``extra_headers=`` derive a copy, and
``applied_to`` puts it on a ``Pipeline``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs
import httpx

from .._constants import DEFAULT_TIMEOUT
from .._exceptions import InvalidRequestError
from .._telemetry import Hooks
from .._types import NO_TIMEOUT, NOT_GIVEN, NotGiven, NoTimeout
from .pipeline import Pipeline
from .retry import RetryPolicy
from .wire import short_repr

__all__ = ["ClientOptions", "Timeout", "check_company_id", "check_timeout"]

Timeout: TypeAlias = float | httpx.Timeout | NoTimeout | None
"""A request timeout as given: seconds, an ``httpx.Timeout``, or ``None`` / ``NO_TIMEOUT`` for none."""


def check_timeout(timeout: Any) -> float | httpx.Timeout | NoTimeout:
    """A request timeout as given: seconds, an ``httpx.Timeout``, or ``None``/``NO_TIMEOUT`` for none."""
    if timeout is None:
        return NO_TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, int | float | httpx.Timeout | NoTimeout):
        raise InvalidRequestError(
            f"timeout must be seconds, an httpx.Timeout, or None for no timeout (got {short_repr(timeout)})",
            argument="timeout",
        )
    if isinstance(timeout, int | float):
        try:
            seconds = float(timeout)
        except OverflowError:  # an int beyond any float
            seconds = math.inf
        if not (math.isfinite(seconds) and seconds > 0):  # NaN fails both tests
            raise InvalidRequestError(
                "timeout must be a positive, finite number of seconds, or None for no timeout"
                f" (got {short_repr(timeout)})",
                argument="timeout",
            )
        return seconds
    return timeout


def check_max_retries(max_retries: Any) -> int:
    """A whole number >= 0."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidRequestError(
            f"max_retries must be a whole number >= 0 (got {short_repr(max_retries)})", argument="max_retries"
        )
    return max_retries


def check_company_id(company_id: Any, *, optional: bool = True) -> str | None:
    """A non-empty string (or ``None`` where no company scope is allowed)."""
    if company_id is None and optional:
        return None
    if not isinstance(company_id, str) or not company_id.strip():
        raise InvalidRequestError(
            f"company_id must be a non-empty string (got {short_repr(company_id)})", argument="company_id"
        )
    return company_id


def check_headers(headers: Any, name: str = "default_headers") -> dict[str, str]:
    """A mapping of header names to string values; a call's ``extra_headers`` must also be sendable as is."""
    if not isinstance(headers, Mapping) or not all(isinstance(key, str) for key in headers):
        raise InvalidRequestError(
            f"{name} must be a mapping with string keys (got {short_repr(headers)})", argument=name
        )
    per_call = name == "extra_headers"
    for key, value in headers.items():
        if not isinstance(value, str):
            raise InvalidRequestError(
                f"{name} values must be strings (got {short_repr(dict(headers))})",
                argument=f"{name}[{key!r}]" if per_call else name,
            )
        if per_call and not (_HEADER_NAME(key) and (not value or _HEADER_VALUE(value))):
            raise InvalidRequestError(
                f"{name}[{key!r}] cannot be sent as an HTTP header (a name of visible ASCII"
                f" without ':', a value of printable ASCII; got {short_repr(value)})",
                argument=f"{name}[{key!r}]",
            )
    return dict(headers)


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+").fullmatch  # an RFC 9110 token
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*").fullmatch  # printable ASCII and tabs: no CR, LF or NUL


def check_hooks(hooks: Any) -> Hooks | None:
    """An ``instaview_plus.Hooks(...)`` or ``None``."""
    if hooks is not None and not isinstance(hooks, Hooks):
        raise InvalidRequestError(
            f"hooks must be an instaview_plus.Hooks(...) or None (got {type(hooks).__name__})",
            argument="hooks",
        )
    return hooks


def check_tracing(tracing: Any) -> bool:
    """``True`` or ``False``."""
    if not isinstance(tracing, bool):
        raise InvalidRequestError(f"tracing must be True or False (got {tracing!r})", argument="tracing")
    return tracing


@attrs.frozen(kw_only=True)
class ClientOptions:
    """The changeable options of a client's requests (the key, the URL and the pacer stay per client)."""

    timeout: float | httpx.Timeout | NoTimeout = attrs.field(default=DEFAULT_TIMEOUT, converter=check_timeout)
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    company_id: str | None = attrs.field(default=None, converter=check_company_id)
    default_headers: Mapping[str, str] = attrs.field(factory=dict, converter=check_headers)
    hooks: Hooks | None = attrs.field(default=None, converter=check_hooks)
    tracing: bool = attrs.field(default=True, converter=check_tracing)

    @classmethod
    def of(cls, pipeline: Pipeline) -> ClientOptions:
        """The options a pipeline sends with."""
        return cls(**{field.name: getattr(pipeline, field.name) for field in attrs.fields(cls)})

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
        hooks: Any = NOT_GIVEN,
        tracing: Any = NOT_GIVEN,
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
        if not isinstance(hooks, NotGiven):
            changes["hooks"] = hooks
        if not isinstance(tracing, NotGiven):
            changes["tracing"] = tracing
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
