"""``nox -s api-diff -- <git ref>``: what changed in the API spec and in the public Python API since a ref."""

from __future__ import annotations

from .spec_diff import Change, diff_specs

__all__ = ["Change", "diff_specs"]
