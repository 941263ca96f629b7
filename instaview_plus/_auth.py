"""The API key: kept out of every repr, str, log line, exception and pickle."""

from __future__ import annotations

from typing import Any, NoReturn

__all__ = ["ApiKey"]


class ApiKey:
    """A secret API key. ``repr``/``str`` show only a masked form; it refuses to be pickled."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The key itself, for the ``Authorization`` header only."""
        return self._value

    def authorization(self) -> str:
        """The ``Authorization`` header value."""
        return f"Bearer {self._value}"

    def __repr__(self) -> str:
        prefix = self._value[:8] if len(self._value) > 16 else self._value[:3]
        return f"ApiKey('{prefix}…')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("an InstaView API key is a secret and is never pickled")

    def __getstate__(self) -> Any:
        raise TypeError("an InstaView API key is a secret and is never pickled")
