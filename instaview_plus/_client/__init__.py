"""The clients (``InstaView``, ``AsyncInstaView``), their options and their resource attributes."""

from .client import AsyncInstaView, InstaView

__all__ = ["AsyncInstaView", "InstaView"]
