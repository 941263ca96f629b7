"""The API key: kept out of every repr, str, log line, exception and pickle."""

from __future__ import annotations

import re
from typing import Any, NoReturn

from .._exceptions import InvalidRequestError

__all__ = ["ApiKey"]

# "Bearer <credential>" as a server may echo an Authorization header (a placeholder such as "sk_..." is kept)
_BEARER = re.compile(r"(?i)\b(bearer)(\s+)[A-Za-z0-9._~+/=-]{12,}")


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
        """``text`` with the key and any ``Bearer <credential>`` masked: the one redaction of server words.

        Applied to every text a server or a third party wrote that the SDK keeps or prints (error messages,
        bodies, details, log lines, the CLI's output).
        """
        if self._value in text:
            text = text.replace(self._value, repr(self))
        return _BEARER.sub(r"\1\2[redacted]", text)

    def scrub(self, value: Any) -> Any:
        """``value`` with ``redact`` applied to every string in it (keys and items of dicts and lists too)."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {self.scrub(k): self.scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub(v) for v in value]
        return value

    def redact_error(self, error: BaseException) -> BaseException:
        """``error`` with ``scrub`` applied to its arguments and text attributes (in place; returned)."""
        error.args = tuple(self.scrub(a) for a in error.args)
        for name, value in vars(error).items():
            if isinstance(value, str | dict | list):
                setattr(error, name, self.scrub(value))
        return error

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
