"""The public Python API of ``instaview_plus`` in two source trees, compared with griffe (static: no code runs).

Breaking changes are griffe's own (``griffe.find_breaking_changes``: removed objects, removed or reordered
parameters, new required parameters, changed defaults, removed base classes, ...). On top, this module
lists what griffe does not report: new public names (non-breaking) and changed signatures griffe does not
count as breaking, such as a return annotation (listed for review, non-breaking). Public constants of the
layer (module or class attributes with a value, e.g. ``interviews.FINAL_STATUSES``) are compared by their
source value: a literal collection that lost members is breaking, one that only gained members is not, any
other changed value is listed for review.
"""

from __future__ import annotations

import ast
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

from .spec_diff import Change

__all__ = [
    "diff_python_api",
    "diff_python_objects",
    "dump_snapshot",
    "load_api",
    "load_snapshot",
    "public_api",
]

PACKAGE = "instaview_plus"
GENERATED = "_generated"
# Where the generated packages lived before they moved inside instaview_plus (0.1.x): an alias to the same
# generated object at its old place is not a change of the API.
MOVED = {
    "instaview_client.": "instaview_plus._generated.client.",
    "instaview_spec.": "instaview_plus._generated.spec.",
}


def _current(target: str) -> str:
    """``target`` at the generated packages' current place."""
    for old, new in MOVED.items():
        if target.startswith(old):
            return new + target[len(old) :]
    return target


def load_api(root: Path) -> Any:
    """The ``instaview_plus`` package of the source tree ``root`` (older trees: their generated/ on the path)."""
    # A path, not a name: a name would be found first on sys.path (an editable install of another tree).
    return griffe.load(
        root / PACKAGE,
        search_paths=[root, root / "generated"],
        allow_inspection=False,
        modules_collection=griffe.ModulesCollection(),
        lines_collection=griffe.LinesCollection(),
    )


def _strip(node: Any, root: str) -> Any:
    """The snapshot without docstrings (prose is not compared; it would only make the file larger), its
    file paths relative to the tree (``instaview_plus/...``, not this machine's checkout)."""
    if isinstance(node, dict):
        return {
            k: _relative(v, root) if k == "filepath" else _strip(v, root)
            for k, v in node.items()
            if k != "docstring"
        }
    if isinstance(node, list):
        return [_strip(v, root) for v in node]
    return node


def _relative(path: Any, root: str) -> Any:
    if isinstance(path, list):  # a package split over several folders
        return [_relative(p, root) for p in path]
    return path[len(root) :] if isinstance(path, str) and path.startswith(root) else path


def dump_snapshot(api: Any) -> str:
    """The public-API snapshot of a loaded package, as JSON text (griffe's serialisation, sorted keys).

    Without the generated code (``_generated``: private, and the spec the record holds says the same), as
    when the generated packages lived outside the package: aliases into it are left unresolved on both sides.
    """
    root = str(Path(api.filepath).parent.parent) + os.sep  # the tree holding instaview_plus/
    data = _strip(json.loads(api.as_json(full=False)), root)
    data["members"].pop(GENERATED, None)
    return json.dumps(data, indent=0, sort_keys=True) + "\n"


def load_snapshot(text: str) -> Any:
    """A package loaded back from :func:`dump_snapshot`'s JSON, comparable with :func:`load_api`'s."""
    api = json.loads(text, object_hook=griffe.json_decoder)
    griffe.ModulesCollection().set_member(
        api.path, api
    )  # aliases resolve within the snapshot, as when loaded
    return api


def _public(name: str) -> bool:
    return not name.startswith("_") or name in ("__version__", "__init__")


def _signature(obj: Any) -> str:
    if obj.is_function:
        stars = {"variadic positional": "*", "variadic keyword": "**"}
        params = ", ".join(
            stars.get(p.kind.value, "") + str(p.name) + (f": {p.annotation}" if p.annotation else "")
            for p in obj.parameters
        )
        return f"({params}) -> {obj.returns}"
    if obj.is_attribute:
        return f": {obj.annotation}" if obj.annotation else ""
    return str(obj.kind.value)


def public_api(obj: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    """(path, signature) of every public object: a module's ``__all__`` (else its public names), classes'
    public members, public submodules. Aliases (re-exports) are listed, not followed."""
    if depth > 8:
        return
    exports = getattr(obj, "exports", None) if obj.is_module else None
    for name, member in obj.members.items():
        if member.is_alias:
            if (exports is not None and name in exports) or (exports is None and _public(name)):
                yield f"{obj.path}.{name}", f"alias of {_current(member.target_path)}"
            continue
        if member.is_module:
            if _public(name):
                yield from public_api(member, depth + 1)
            continue
        if not _public(name) or (exports is not None and name not in exports and obj.is_module):
            continue
        yield member.path, _signature(member)
        if member.is_class:
            yield from public_api(member, depth + 1)


def constants(obj: Any) -> dict[str, str]:
    """path -> source value of every public attribute that has one."""
    return {path: value for path, value in _constants(obj) if value not in ("", "None")}


def _constants(obj: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    if depth > 8:
        return
    exports = getattr(obj, "exports", None) if obj.is_module else None
    for name, member in obj.members.items():
        if member.is_alias or not _public(name):
            continue
        if member.is_module or (
            member.is_class and (exports is None or name in exports or not obj.is_module)
        ):
            yield from _constants(member, depth + 1)
        elif member.is_attribute and (exports is None or name in exports or not obj.is_module):
            yield member.path, str(member.value) if member.value is not None else ""


def _members(source: str) -> set[Any] | None:
    """The members of a literal collection (``frozenset({...})``, a set, list, tuple or dict's keys)."""
    text = source.strip()
    for wrapper in ("frozenset(", "set(", "tuple(", "MappingProxyType("):
        if text.startswith(wrapper) and text.endswith(")"):
            text = text[len(wrapper) : -1]
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, dict):
        return {(k, repr(v)) for k, v in value.items()}
    if isinstance(value, set | frozenset | list | tuple):
        return set(value)
    return None


def diff_constants(old: Any, new: Any) -> list[Change]:
    """Changed values of public constants (removed constants are griffe's)."""
    before, after = constants(old), constants(new)
    changes = []
    for path in sorted(set(before) & set(after)):
        a, b = before[path], after[path]
        if a == b:
            continue
        old_members, new_members = _members(a), _members(b)
        if old_members is not None and new_members is not None:
            lost, gained = old_members - new_members, new_members - old_members
            message = f"members removed: {sorted(map(str, lost))}" if lost else ""
            message += ("; " if lost and gained else "") + (
                f"added: {sorted(map(str, gained))}" if gained else ""
            )
            changes.append(Change("python-constant-changed", path, bool(lost), message))
        else:
            changes.append(Change("python-constant-changed", path, False, f"{a}  ->  {b} (review)"))
    return changes


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _plain(explanation: str, *trees: Any) -> str:
    """griffe's one-line explanation as plain text: no terminal colours, file paths relative to their tree."""
    text = _ANSI.sub("", explanation)
    for tree in trees:
        if Path(tree.filepath).is_absolute():  # a loaded tree; a snapshot's paths are relative already
            text = text.replace(str(Path(tree.filepath).parent.parent) + os.sep, "")
    return text


def diff_python_api(old_root: Path, new_root: Path) -> list[Change]:
    """Breaking changes (griffe) and additions / other signature changes of ``instaview_plus``."""
    return diff_python_objects(load_api(old_root), load_api(new_root))


def diff_python_objects(old: Any, new: Any) -> list[Change]:
    """:func:`diff_python_api` on two loaded packages (a tree's or a snapshot's)."""
    changes = [
        Change(
            "python-breaking",
            str(b.obj.path),
            True,
            _plain(b.explain(style=griffe.ExplanationStyle.ONE_LINE), old, new),
        )
        for b in griffe.find_breaking_changes(old, new)
    ]
    changes += [c for c in diff_constants(old, new) if c.location not in {x.location for x in changes}]
    flagged = {c.location for c in changes}
    before, after = dict(public_api(old)), dict(public_api(new))
    for path in sorted(set(after) - set(before)):
        changes.append(Change("python-added", path, False, f"new public name {after[path]}".strip()))
    for path in sorted(set(before) & set(after)):
        if before[path] != after[path] and path not in flagged:
            changes.append(
                Change("python-changed", path, False, f"{before[path]}  ->  {after[path]} (review)")
            )
    return changes
