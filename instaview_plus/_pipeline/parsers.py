"""Parsers of answers: JSON → a generated model (read with ``readers.owned_reader``), or a bare boolean."""

from __future__ import annotations

import base64
import functools
import importlib
from collections.abc import Callable
from typing import Any, TypeVar, overload

from .readers import owned_reader

__all__ = ["boolean", "model", "pdf"]

M = TypeVar("M")


@overload
def model(cls: str) -> Callable[[Any], Any]: ...
@overload
def model(cls: type[M]) -> Callable[[Any], M]: ...
def model(cls: str | type[M]) -> Callable[[Any], Any]:
    """A parser for a generated model (a class, or its name to import on first use): JSON object → model.

    It reads with ``readers.owned_reader`` (the same result as the model's ``from_dict``, compiled once per
    class).
    """
    name = cls if isinstance(cls, str) else cls.__name__
    resolved: list[Callable[[Any], Any]] = []  # the reader, looked up on the first call (a page reads 100)

    def read() -> Callable[[Any], Any]:
        if not resolved:
            # the payload was decoded for this call and nobody else holds it: read it in place
            resolved.append(owned_reader(_model_class(cls) if isinstance(cls, str) else cls))
        return resolved[0]

    def parse(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {name}, got {type(data).__name__}")
        return read()(data)

    def many(items: list[Any]) -> list[Any]:
        """``[parse(item) for item in items]``, with the reader looked up once."""
        if items and set(map(type, items)) == {dict}:  # the usual page: one loop in C, no check per item
            each = read()
            return [each(data) for data in items]
        out = []
        reader = None
        for data in items:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object for {name}, got {type(data).__name__}")
            if reader is None:
                reader = read()
            out.append(reader(data))
        return out

    parse.many = many  # type: ignore[attr-defined]  # a page's items in one call (see pagination.page_op)
    return parse


@functools.cache
def _model_class(name: str) -> type:
    cls: type = getattr(importlib.import_module("instaview_plus._generated.client.models"), name)
    return cls


def boolean(data: Any) -> bool:
    """A bare JSON boolean (``DELETE /jobs/{id}`` answers ``true``)."""
    if not isinstance(data, bool):
        raise TypeError(f"expected true or false, got {type(data).__name__}")
    return data


def pdf(data: Any) -> bytes:
    """The PDF: raw ``application/pdf`` bytes as they came, or the documented ``{analysisPdfBase64}`` decoded."""
    if isinstance(data, bytes):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected an object with analysisPdfBase64, got {type(data).__name__}")
    encoded = data.get("analysisPdfBase64")
    if not isinstance(encoded, str):
        raise TypeError(f"expected analysisPdfBase64 to be a Base64 string, got {type(encoded).__name__}")
    return base64.b64decode(encoded, validate=True)  # binascii.Error is a ValueError
