"""The command table, derived from the spec: every operationId becomes ``instaview <group> <verb>``.

The group is the operation's tag; the verb is the operationId without the group's noun (``createJob`` →
``jobs create``, ``createJobFromUrl`` → ``jobs create-from-url``, ``listCandidateAnalyses`` →
``candidates analyses``). ``VERBS`` renames the few whose derived name reads badly.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .._pipeline.wire import snake

__all__ = ["VERBS", "Argument", "Command", "commands", "verb_for"]

VERBS: Mapping[str, str] = {"getInterviewAnalysisPdf": "pdf"}
"""operationId → verb where the derived one is not what people type (the PDF has its own command)."""

_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


@attrs.frozen
class Argument:
    """One argument of an operation: where it goes, its wire name, schema, whether required, help text."""

    where: str  # "path", "query" or "body"
    wire: str
    schema: Mapping[str, Any]
    required: bool
    help: str

    @property
    def name(self) -> str:
        """The SDK's keyword (snake_case)."""
        return snake(self.wire)

    @property
    def option(self) -> str:
        """The command-line option (``--first-name``)."""
        return "--" + self.name.replace("_", "-")


@attrs.frozen
class Command:
    """``instaview <group> <verb>`` for one operation."""

    group: str
    verb: str
    op_id: str
    summary: str
    description: str
    company_scoped: bool
    paged: bool
    arguments: tuple[Argument, ...]


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def verb_for(op_id: str, tag: str) -> str:
    """The derived verb: the operationId's words minus the group's noun, get/list of a part → the part."""
    if op_id in VERBS:
        return VERBS[op_id]
    words = [w.lower() for w in _WORDS.findall(op_id)]
    verb, rest = words[0], words[1:]
    noun = tag.split("-")
    for form in (noun, [*noun[:-1], _singular(noun[-1])]):
        for i in range(len(rest) - len(form) + 1):
            if rest[i : i + len(form)] == form:
                rest = rest[:i] + rest[i + len(form) :]
                break
        else:
            continue
        break
    if rest and verb in ("get", "list"):
        return "-".join(rest)
    return "-".join([verb, *rest])


@functools.cache
def commands() -> tuple[Command, ...]:
    """Every command of the spec, sorted by group and verb."""
    from instaview_spec.help import HELP
    from instaview_spec.operations import OPERATIONS

    out = []
    for op_id, spec in OPERATIONS.items():
        texts = HELP.get(op_id, {})
        helps: Mapping[str, str] = texts.get("arguments", {})
        args = [
            Argument("path", name, {"type": "string"}, True, helps.get(name, ""))
            for name in spec["path_params"]
        ]
        args += [
            Argument("query", wire, schema, wire in spec["query_required"], helps.get(wire, ""))
            for wire, schema in spec["query"].items()
            if wire != "companyId"  # the common --company-id option
        ]
        body = spec["body"] or {}
        required = set(body.get("required", []))
        args += [
            Argument("body", wire, schema, wire in required, helps.get(wire, ""))
            for wire, schema in (body.get("properties") or {}).items()
        ]
        out.append(
            Command(
                group=spec["tag"],
                verb=verb_for(op_id, spec["tag"]),
                op_id=op_id,
                summary=texts.get("summary", "") or op_id,
                description=texts.get("description", ""),
                company_scoped=spec["company_scoped"],
                paged=spec["method"] == "GET" and "page" in spec["query"],
                arguments=tuple(args),
            )
        )
    return tuple(sorted(out, key=lambda c: (c.group, c.verb)))
