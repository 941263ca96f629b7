"""Defaults and environment variable names."""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://api.instaview.sk"
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 2
ENV_API_KEY: Final = "INSTAVIEW_API_KEY"
ENV_BASE_URL: Final = "INSTAVIEW_BASE_URL"
ENV_LOG: Final = "INSTAVIEW_LOG"
MAX_PAGE_SIZE: Final = 100
LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
