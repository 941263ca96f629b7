"""Apply the patch operations of tests/fixtures/changelog_replay.yaml to a parsed spec (a deep copy)."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["apply_patch"]


def _walk(doc: Any, pointer: str) -> tuple[Any, str]:
    """The container holding the pointer's last token, and that token (``~1`` is ``/``, ``~0`` is ``~``)."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, parts[-1]


def apply_patch(spec: Mapping[str, Any], ops: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """RFC 6902 ``remove`` / ``add`` / ``replace`` plus ``remove-value`` (drop a value from a list)."""
    doc: dict[str, Any] = copy.deepcopy(dict(spec))
    for op in ops:
        parent, key = _walk(doc, op["path"])
        kind = op["op"]
        if kind == "remove":
            if isinstance(parent, list):
                del parent[int(key)]
            else:
                del parent[key]  # KeyError: the fixture names something the spec does not have
        elif kind == "add" and isinstance(parent, list):
            parent.insert(len(parent) if key == "-" else int(key), copy.deepcopy(op["value"]))
        elif kind == "add":
            parent[key] = copy.deepcopy(op["value"])
        elif kind == "replace":
            if key not in parent:
                raise KeyError(f"replace: {op['path']} does not exist")
            parent[key] = copy.deepcopy(op["value"])
        elif kind == "remove-value":
            values = parent[int(key)] if isinstance(parent, list) else parent[key]
            values.remove(op["value"])  # ValueError: the value is not there
        else:
            raise ValueError(f"unknown patch op {kind!r}")
    return doc
