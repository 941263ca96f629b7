"""The ``instaview_plus`` logger: one line per attempt (method, path, status, attempt, duration), never the key.

``INSTAVIEW_LOG=info`` or ``INSTAVIEW_LOG=debug`` attaches a stderr handler at that level the first time a
client is built; otherwise the logger stays silent unless the application configures logging itself.
"""

from __future__ import annotations

import logging
import os

from ._constants import ENV_LOG

__all__ = ["logger", "setup_from_env"]

logger = logging.getLogger("instaview_plus")
_configured = False


def setup_from_env() -> None:
    """Honour ``INSTAVIEW_LOG`` once per process."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level in {"info", "debug"}:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
