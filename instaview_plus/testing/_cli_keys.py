"""The served fake's extra API keys from its command line: ``--api-key KEY[:SCOPES]`` and ``--ats-key KEY``.

So a client in any language can test scoped and ATS flows against ``python -m instaview_plus.testing``. The
keys are standing: ``POST /_fake/reset`` keeps them (``FakeInstaView.standing_keys``).
"""

from __future__ import annotations

import argparse
from typing import Any

from ._enums import ALL_SCOPES

__all__ = ["add_key_options", "describe", "standing_keys"]


def _key(text: str) -> str:
    if not text.startswith(("sk_test_", "sk_live_")) or len(text) <= len("sk_test_"):
        raise argparse.ArgumentTypeError(f"a key looks like sk_test_... or sk_live_... (got {text!r})")
    return text


def _scoped(text: str) -> tuple[str, frozenset[str] | None]:
    key, sep, scopes = text.partition(":")
    if not sep:
        return _key(key), None
    wanted = frozenset(s.strip() for s in scopes.split(",") if s.strip())
    unknown = sorted(wanted - ALL_SCOPES)
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(
            f"unknown scopes {', '.join(unknown) or '(none given)'}; known: {', '.join(sorted(ALL_SCOPES))}"
        )
    return _key(key), wanted


def add_key_options(parser: argparse.ArgumentParser) -> None:
    """``--api-key KEY[:SCOPES]`` and ``--ats-key KEY``, each repeatable."""
    parser.add_argument(
        "--api-key",
        dest="api_keys",
        action="append",
        default=[],
        type=_scoped,
        metavar="KEY[:SCOPES]",
        help="a company key of the default company, with only these comma-separated scopes (e.g."
        " sk_test_reader:read:jobs,read:candidates; every scope without ':'); repeatable",
    )
    parser.add_argument(
        "--ats-key",
        dest="ats_keys",
        action="append",
        default=[],
        type=_key,
        metavar="KEY",
        help="an ATS integration key: it creates and manages companies (POST /company, ?companyId=); repeatable",
    )


def standing_keys(args: argparse.Namespace) -> list[tuple[str, dict[str, Any]]]:
    """``(key, add_api_key options)`` for every key the command line asked for."""
    keys: list[tuple[str, dict[str, Any]]] = [(key, {"scopes": scopes}) for key, scopes in args.api_keys]
    keys += [(key, {"ats": True}) for key in args.ats_keys]
    return keys


def describe(key: str, options: dict[str, Any]) -> str:
    """The start-up line naming a standing key (fake keys, not secrets) and what it may do."""
    if options.get("ats"):
        return f"ATS key (a fake key, not a secret): {key}"
    scopes = options.get("scopes")
    return f"Scoped key (a fake key, not a secret): {key} ({', '.join(sorted(scopes)) if scopes else 'every scope'})"
