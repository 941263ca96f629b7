"""``python -m instaview_plus.testing`` as a subprocess (the way the README offers it), for the docs tests."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["served_fake"]


@contextmanager
def served_fake() -> Iterator[tuple[str, str]]:
    """Start the standalone fake on a free port; yield ``(base_url, api_key)``; stop it with SIGTERM."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "instaview_plus.testing"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout

    def pump() -> None:
        for line in stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    try:
        first = lines.get(timeout=30)
        assert first.startswith("InstaView fake listening on "), first
        url = first.rsplit(" ", 1)[1].strip()
        key = lines.get(timeout=5).rsplit(" ", 1)[1].strip()
        yield url, key
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0  # SIGTERM stops it cleanly
