"""The API key: kept out of every repr, str, log line, exception and pickle."""

from __future__ import annotations

from typing import Any, NoReturn

from .._exceptions import InvalidRequestError

__all__ = ["ApiKey"]


class ApiKey:
    """A secret API key. ``repr``/``str`` show only a masked form; it refuses to be pickled.

    Surrounding whitespace (a trailing newline read from a file, a CRLF ``.env``) is stripped; any other
    character that cannot go in an HTTP header (control characters, non-ASCII) is refused with an error
    that never shows the key.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        value = value.strip()
        if not value:
            raise InvalidRequestError("api_key is empty (only whitespace)", argument="api_key")
        bad = next((i for i, c in enumerate(value) if not (" " <= c <= "~")), None)
        if bad is not None:
            raise InvalidRequestError(
                f"api_key holds a character that cannot be sent in a header (a control or non-ASCII"
                f" character at position {bad}); copy the key again, without line breaks",
                argument="api_key",
            )
        self._value = value

    def redact(self, text: str) -> str:
        """``text`` with every occurrence of the key masked (for messages built from third-party errors)."""
        return text.replace(self._value, repr(self)) if self._value in text else text

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
