"""The ``instaview_plus`` logger; it never shows the key.

``info``: one line per attempt (method, path, status, attempt, duration). ``debug`` adds each attempt's
request headers (``Authorization`` masked), the backoff before each retry, every rate-limit pacer wait and
the pauses between a ``wait``'s polls.

``INSTAVIEW_LOG=info`` or ``INSTAVIEW_LOG=debug`` attaches a stderr handler at that level the first time a
client is built; any other non-empty value warns, naming the allowed ones. Unset, the logger stays silent
unless the application configures logging itself.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping

from .._constants import ENV_LOG

__all__ = ["LEVELS", "logger", "redact_headers", "setup_from_env"]

logger = logging.getLogger("instaview_plus")
LEVELS: dict[str, int] = {"info": logging.INFO, "debug": logging.DEBUG}
"""The values ``INSTAVIEW_LOG`` accepts."""
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
_configured = False


def setup_from_env() -> None:
    """Honour ``INSTAVIEW_LOG`` once per process."""
    global _configured
    if _configured:
        return
    _configured = True
    value = os.environ.get(ENV_LOG, "").strip()
    if not value:
        return
    level = LEVELS.get(value.lower())
    if level is None:
        warnings.warn(
            f"{ENV_LOG}={value!r} is not a known level; use one of: {', '.join(LEVELS)}"
            " (or leave it unset for no logging)",
            stacklevel=5,  # the line that built the client
        )
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def _mask(name: str, value: str) -> str:
    if name.lower() not in _SECRET_HEADERS:
        return value
    scheme, _, token = value.partition(" ")
    if token and scheme.lower() == "bearer":
        return f"{scheme} {token[:8] if len(token) > 16 else token[:3]}…"  # the key's kind, never the secret
    return "…"


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers for a log line: ``Authorization`` and other credentials masked."""
    return {name: _mask(name, value) for name, value in headers.items()}
