"""The clients (``InstaView``, ``AsyncInstaView``) and their options."""

from .client import AsyncInstaView, InstaView, _check_timeout

__all__ = ["AsyncInstaView", "InstaView", "_check_timeout"]
