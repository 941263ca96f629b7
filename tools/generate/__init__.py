"""Generation of the client and spec tables from openapi/instaview.yaml (``nox -s generate``, ``check-generated``)."""

from __future__ import annotations

from .generator import GENERATED, TARGETS, generate_into, stale_files
from .spec_tables import write_tables

__all__ = ["GENERATED", "TARGETS", "generate_into", "stale_files", "write_tables"]
