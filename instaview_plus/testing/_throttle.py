"""Per-key fixed-window rate limiting (per minute and per hour) on the fake clock."""

from __future__ import annotations

import threading

from ._errors import RateLimited

__all__ = ["RateLimiter"]


class RateLimiter:
    """Counts requests per key in the current minute and hour windows of the fake clock.

    ``minute_seconds`` shortens the "minute" window (whole seconds) so rate-limit scenarios run quickly.
    """

    def __init__(self, minute_seconds: int = 60) -> None:
        self.minute_seconds = minute_seconds
        self._counts: dict[tuple[str, str, int], int] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        """Forget every count."""
        with self._lock:
            self._counts.clear()

    def hit(self, bucket: str, now: float, per_minute: int, per_hour: int) -> dict[str, str]:
        """Count one request; return the ``X-RateLimit-*`` headers or raise ``RateLimited``."""
        minute = int(now // self.minute_seconds)
        hour = int(now // 3600)
        reset_m, reset_h = (minute + 1) * self.minute_seconds, (hour + 1) * 3600
        with self._lock:
            used_m = self._counts.get((bucket, "m", minute), 0)
            used_h = self._counts.get((bucket, "h", hour), 0)
            if used_m >= per_minute:
                raise RateLimited(per_minute, reset_m, max(1, int(reset_m - now + 0.999)))
            if used_h >= per_hour:
                raise RateLimited(per_hour, reset_h, max(1, int(reset_h - now + 0.999)))
            self._counts[(bucket, "m", minute)] = used_m + 1
            self._counts[(bucket, "h", hour)] = used_h + 1
        return {
            "X-RateLimit-Limit-Minute": str(per_minute),
            "X-RateLimit-Limit-Hour": str(per_hour),
            "X-RateLimit-Remaining-Minute": str(per_minute - used_m - 1),
            "X-RateLimit-Remaining-Hour": str(per_hour - used_h - 1),
            "X-RateLimit-Reset-Minute": str(reset_m),
            "X-RateLimit-Reset-Hour": str(reset_h),
        }

    def window_counts(self, bucket: str) -> dict[int, int]:
        """Requests counted per "minute" window of ``bucket`` (a key id): ``{window index: count}``.

        Window ``i`` spans ``[i * minute_seconds, (i + 1) * minute_seconds)`` in Unix seconds.
        """
        with self._lock:
            return {w: n for (b, kind, w), n in sorted(self._counts.items()) if b == bucket and kind == "m"}

    def peek(self, bucket: str, now: float, per_minute: int, per_hour: int) -> dict[str, str]:
        """The headers without counting a request (used on 429 answers)."""
        minute, hour = int(now // self.minute_seconds), int(now // 3600)
        with self._lock:
            used_m = self._counts.get((bucket, "m", minute), 0)
            used_h = self._counts.get((bucket, "h", hour), 0)
        return {
            "X-RateLimit-Limit-Minute": str(per_minute),
            "X-RateLimit-Limit-Hour": str(per_hour),
            "X-RateLimit-Remaining-Minute": str(max(0, per_minute - used_m)),
            "X-RateLimit-Remaining-Hour": str(max(0, per_hour - used_h)),
            "X-RateLimit-Reset-Minute": str((minute + 1) * self.minute_seconds),
            "X-RateLimit-Reset-Hour": str((hour + 1) * 3600),
        }
