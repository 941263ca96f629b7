"""The fake's test API key (a fake key, not a secret; any ``sk_test_*`` / ``sk_live_*`` key works)."""

from __future__ import annotations

__all__ = ["FAKE_API_KEY"]

FAKE_API_KEY = "sk_test_fake"
