"""The pytest fixtures ``instaview_fake``, ``instaview`` and ``async_instaview`` (see :mod:`pytest_instaview_plus`).

They are registered automatically by the ``pytest11`` entry point, which names the top-level module
``pytest_instaview_plus`` so that registering the plugin imports neither the SDK nor the fake. This module
re-exports them for suites that name it in ``pytest_plugins``.
"""

from __future__ import annotations

from pytest_instaview_plus import FAKE_API_KEY, async_instaview, instaview, instaview_fake, pytest_configure

__all__ = ["FAKE_API_KEY", "async_instaview", "instaview", "instaview_fake", "pytest_configure"]
