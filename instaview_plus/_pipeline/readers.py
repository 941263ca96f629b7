"""Fast readers for the generated models: the same result as ``Model.from_dict``, without its per-call cost.

The generated ``from_dict`` re-imports its nested models, defines a closure per field and goes through
``Enum.__call__`` on every call: about 12 µs for a job, seven times the cost of decoding its JSON. A reader
does the same steps from a plan compiled once per class (from the attrs fields and their type hints):
pop each wire key, convert it as the generated code would, keep unknown keys in ``additional_properties``.

What the plan does per field type is exactly what the generated code does for it (the parity tests in
``tests/pipeline/test_readers.py`` compare both on every documented example and on synthesised payloads):

- a plain type (``str``, ``int``, ``list[str]``, ``None | str`` ...) is kept as sent, unchecked;
- a lone datetime, date, UUID, enum, model or list of them is converted strictly (a bad value raises);
- a union with a plain member (``JobStatus | str``, ``Salary | None``, ``list[CallAttempt] | None``) converts
  with the branch the value's type selects and keeps the raw value when it does not fit (an unknown enum
  value stays a ``str``).

A class with a field the planner cannot reproduce exactly (a union without a plain member, or with two
branches for one JSON type, whose outcome depends on an order the annotations do not keep) keeps its
generated ``from_dict``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["owned_reader", "reader", "type_hints"]

Convert = Callable[[Any], Any]
_LENIENT_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


class _Unplannable(Exception):
    """A field type the planner does not handle; the class keeps its generated ``from_dict``."""


def _camel(name: str) -> str:
    """The wire key of a generated attribute (``company_id`` → ``companyId``, ``min_`` → ``min``)."""
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _identity(value: Any) -> Any:
    return value


def _members(hint: Any, unset: type) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(hint) if m is not unset]
    return [hint]


def _members_with_unset(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _is_plain(hint: Any) -> bool:
    if hint in (str, int, float, bool, Any, type(None)):
        return True
    return typing.get_origin(hint) is list and all(_is_plain(a) for a in typing.get_args(hint))


def _strict(hint: Any, unset: type, owned: bool) -> Convert:
    """How the generated code converts a value of a non-union type (errors propagate)."""
    if _is_plain(hint):
        return _identity
    if hint is dt.datetime:
        return dt.datetime.fromisoformat
    if hint is dt.date:
        return dt.date.fromisoformat
    if hint is uuid.UUID:
        return uuid.UUID
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    if isinstance(hint, type) and attrs.has(hint):
        return _lazy_reader(hint, owned)
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        convert_item = _convert(item, unset, owned)
        return lambda value: [convert_item(v) for v in value]
    raise _Unplannable(repr(hint))


def _branch(hint: Any, unset: type, owned: bool) -> tuple[type, Convert] | None:
    """One non-primitive branch of a union: the type its value must have, and its conversion."""
    if _is_plain(hint) and typing.get_origin(hint) is not list:
        return None
    if hint in (dt.datetime, dt.date, uuid.UUID):
        return str, _strict(hint, unset, owned)
    if isinstance(hint, type) and issubclass(hint, enum.StrEnum):
        members = hint._value2member_map_

        def to_enum(value: Any) -> Any:
            return members[value]  # KeyError when unknown: the raw string is kept

        to_enum.enum_members = members  # type: ignore[attr-defined]  # lets _union look members up itself
        return str, to_enum
    if isinstance(hint, type) and attrs.has(hint):
        return dict, _lazy_reader(hint, owned)
    if typing.get_origin(hint) is list:
        return list, _strict(hint, unset, owned)
    raise _Unplannable(repr(hint))


def _convert(hint: Any, unset: type, owned: bool) -> Convert:
    members = _members(hint, unset)
    if len(members) == 1:
        return _strict(members[0], unset, owned)
    branches = [b for b in (_branch(m, unset, owned) for m in members) if b is not None]
    if not branches:
        return _identity
    # The annotation lists the members sorted, not in the order the generated code tries them; the order
    # cannot matter when each value type selects at most one branch and a plain member (None, str, ...)
    # keeps whatever does not convert. Any other union is left to the generated code.
    if len(branches) == len(members) or len({kind for kind, _ in branches}) < len(branches):
        raise _Unplannable(repr(hint))
    return _union(branches)


class _Single:
    """A union with one converting branch (``JobStatus | str``, ``JobLocation | None``), which the compiled
    reader writes out inline: a value of ``kind`` goes through ``branch``, anything else is kept as sent."""

    def __init__(self, kind: type, branch: Convert) -> None:
        self.kind = kind
        self.branch = branch
        # a str enum: the member, or the raw string when unknown (``members.get(value, value)``)
        members = getattr(branch, "enum_members", None)
        self.lookup: Callable[[Any, Any], Any] | None = None if members is None else members.get

    def __call__(self, value: Any) -> Any:
        if isinstance(value, self.kind):  # None is never one of the kinds (str, dict, list)
            if self.lookup is not None:
                return self.lookup(value, value)
            try:
                return self.branch(value)
            except _LENIENT_ERRORS:
                return value
        return value


def _union(branches: list[tuple[type, Convert]]) -> Convert:
    """Convert with the branch the value's type selects; keep the value when that fails or none does."""
    if len(branches) == 1:
        return _Single(*branches[0])

    def convert(value: Any) -> Any:
        if value is None:
            return value
        for kind, branch in branches:
            if isinstance(value, kind):
                try:
                    return branch(value)
                except _LENIENT_ERRORS:
                    return value
        return value

    return convert


_PLANNING: set[tuple[type, bool]] = set()  # the classes being planned right now (models nest in cycles)


def _lazy_reader(cls: type, owned: bool) -> Convert:
    """``reader(cls)``: compiled now, or resolved on first call when ``cls`` is being planned (a cycle)."""
    if (cls, owned) not in _PLANNING:
        try:
            return owned_reader(cls) if owned else reader(cls)
        except Exception:  # whatever it is, it surfaces where the lazy reader would raise it
            pass
    resolved: list[Convert] = []

    def read_nested(value: Any) -> Any:
        if not resolved:
            resolved.append(owned_reader(cls) if owned else reader(cls))
        return resolved[0](value)

    return read_nested


_REQUIRED = object()


def type_hints(cls: type) -> dict[str, Any]:
    """``typing.get_type_hints(cls)``, evaluated in the globals of the module that defined the class.

    A generated model's own method names that module, even after its ``__module__`` is renamed for the public
    API or its module entry left ``sys.modules`` (pytester's in-process runs restore ``sys.modules``).
    """
    method = getattr(cls, "to_dict", None)
    return typing.get_type_hints(cls, globalns=getattr(method, "__globals__", None))


def _plan(cls: type, owned: bool) -> Callable[[Any], Any]:
    _PLANNING.add((cls, owned))
    try:
        return _plan_fields(cls, owned)
    finally:
        _PLANNING.discard((cls, owned))


def _plan_fields(cls: type, owned: bool) -> Callable[[Any], Any]:
    from instaview_plus._generated.client.types import UNSET, Unset

    hints = type_hints(cls)
    unset: type = Unset
    plan: list[tuple[str, Convert | None, Any]] = []  # wire key, conversion, value when absent; field order
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        if not field.init:
            raise _Unplannable(field.name)
        convert = _convert(hints[field.name], unset, owned)
        if field.kw_only:
            raise _Unplannable(field.name)
        # as the generated from_dict: a required key must be there; an absent optional key is UNSET, or None
        # for an optional field that may be null (declared ``X | None = None``, without Unset)
        if field.default is attrs.NOTHING:
            absent: Any = _REQUIRED
        else:
            absent = UNSET if unset in _members_with_unset(hints[field.name]) else None
        plan.append((_camel(field.name), None if convert is _identity else convert, absent))

    return _compile(cls, plan, owned)


def _plain_init(cls: type) -> bool:
    """Whether ``cls.__init__`` only stores its arguments (no validator, converter, hook or custom setattr):
    then storing each field on ``cls.__new__(cls)`` gives the same object without the call."""
    return (
        cls.__setattr__ is object.__setattr__  # type: ignore[comparison-overlap]
        and not hasattr(cls, "__attrs_pre_init__")
        and not hasattr(cls, "__attrs_post_init__")
        and all(f.validator is None and f.converter is None for f in attrs.fields(cls))
    )


def _compile(cls: type, plan: list[tuple[str, Convert | None, Any]], owned: bool) -> Callable[[Any], Any]:
    """The plan as one straight-line function (as attrs builds ``__init__``): no loop, no per-field tuple.

    For each field: pop its wire key (a required key must be there), convert a value that was sent, store it
    in field order; the keys left over are the model's ``additional_properties``. A model whose ``__init__``
    only stores its arguments is filled in directly (``cls.__new__`` and one store per field), else built
    with ``cls(...)`` positionally.
    """
    namespace: dict[str, Any] = {"cls": cls, "new": object.__new__, "lenient": _LENIENT_ERRORS}
    lines = ["def read(src):", "    d = src" if owned else "    d = dict(src)", "    pop = d.pop"]
    for i, (key, convert, absent) in enumerate(plan):
        namespace[f"c{i}"], namespace[f"a{i}"] = convert, absent
        if isinstance(convert, _Single):  # inline: neither UNSET nor None is of its kind, no absent check
            namespace[f"k{i}"], namespace[f"c{i}"] = convert.kind, convert.lookup or convert.branch
            lines.append(
                f"    v{i} = pop({key!r})" if absent is _REQUIRED else f"    v{i} = pop({key!r}, a{i})"
            )
            lines.append(f"    if isinstance(v{i}, k{i}):")
            if convert.lookup is not None:
                lines.append(f"        v{i} = c{i}(v{i}, v{i})")
            else:
                lines += [
                    "        try:",
                    f"            v{i} = c{i}(v{i})",
                    "        except lenient:",
                    "            pass",
                ]
        elif absent is _REQUIRED:
            lines.append(f"    v{i} = pop({key!r})" if convert is None else f"    v{i} = c{i}(pop({key!r}))")
        else:
            lines.append(f"    v{i} = pop({key!r}, a{i})")
            if convert is not None:
                lines.append(f"    if v{i} is not a{i}:")
                lines.append(f"        v{i} = c{i}(v{i})")
    if _plain_init(cls):
        lines.append("    obj = new(cls)")
        names = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
        lines += [f"    obj.{name} = v{i}" for i, name in enumerate(names)]
    else:
        lines.append(f"    obj = cls({', '.join(f'v{i}' for i in range(len(plan)))})")
    # in place, the popped dict keeps its full size: a model keeps it only when unknown keys are left in it
    lines += ["    obj.additional_properties = d or {}" if owned else "    obj.additional_properties = d"]
    lines += ["    return obj"]
    exec(compile("\n".join(lines), f"<instaview_plus reader for {cls.__qualname__}>", "exec"), namespace)
    read: Callable[[Any], Any] = namespace["read"]
    return read


@functools.cache
def reader(cls: type) -> Callable[[Any], Any]:
    """A function equal to ``cls.from_dict`` for a generated model, compiled once per class."""
    try:
        return _plan(cls, owned=False)
    except _Unplannable:
        return cls.from_dict  # type: ignore[attr-defined, no-any-return]


@functools.cache
def owned_reader(cls: type) -> Callable[[Any], Any]:
    """``reader(cls)`` for a freshly decoded JSON object the caller hands over: its keys are popped in place
    (no copy; what is left becomes ``additional_properties``), and so are those of its nested objects."""
    try:
        return _plan(cls, owned=True)
    except _Unplannable:
        return cls.from_dict  # type: ignore[attr-defined, no-any-return]
