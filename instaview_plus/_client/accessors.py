"""The clients' resource attributes (``client.jobs`` ...): declared once each, the list of them derived."""

from __future__ import annotations

import importlib
from typing import Generic, TypeVar, overload

__all__ = ["Accessor", "accessor_names"]

R = TypeVar("R")


class Accessor(Generic[R]):
    """A resource of a client, made on first access from ``instaview_plus.resources.<module>.<class>``.

    The resource is kept in the client's ``__dict__`` (so later reads are plain attribute reads); a copy
    of the client (``with_options``) drops it and makes its own.
    """

    def __init__(self, where: str) -> None:
        self._module, _, self._class = where.rpartition(".")
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Accessor[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object | None, owner: type) -> Accessor[R] | R:
        if client is None:
            return self
        module = importlib.import_module(f"instaview_plus.resources.{self._module}")
        resource: R = getattr(module, self._class)(client)
        client.__dict__[self._name] = resource
        return resource


def accessor_names(cls: type) -> frozenset[str]:
    """The names of a client class's resource attributes."""
    return frozenset(
        name for klass in cls.__mro__ for name, v in vars(klass).items() if isinstance(v, Accessor)
    )
