"""Seeded identifiers, so a fake created with the same seed hands out the same ids."""

from __future__ import annotations

import random
import string
import threading
import uuid

__all__ = ["IdGenerator"]

_BASE62 = string.digits + string.ascii_letters


class IdGenerator:
    """UUID v4-looking ids and random tokens drawn from ``random.Random(seed)``."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._rng = random.Random(seed)
        self._requests = random.Random(f"requests-{seed}")  # its own stream: resource ids stay as they were
        self._lock = threading.Lock()

    def reset(self) -> None:
        """Start the sequence again from the seed."""
        with self._lock:
            self._rng = random.Random(self._seed)
            self._requests = random.Random(f"requests-{self._seed}")

    def uuid(self) -> str:
        """A new UUID v4 string."""
        with self._lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def request_id(self) -> str:
        """A new ``X-Request-Id`` value (``req_`` and 24 hex digits), from a stream of its own."""
        with self._lock:
            return f"req_{self._requests.getrandbits(96):024x}"

    def hex(self, n: int) -> str:
        """``n`` random lowercase hex characters."""
        with self._lock:
            return "".join(self._rng.choice("0123456789abcdef") for _ in range(n))

    def base62(self, n: int) -> str:
        """``n`` random Base62 characters (the API-key alphabet)."""
        with self._lock:
            return "".join(self._rng.choice(_BASE62) for _ in range(n))

    def randint(self, lo: int, hi: int) -> int:
        """A seeded integer in ``[lo, hi]``."""
        with self._lock:
            return self._rng.randint(lo, hi)

    def choice(self, items: list[str]) -> str:
        """A seeded choice from ``items``."""
        with self._lock:
            return self._rng.choice(items)
