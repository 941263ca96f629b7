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
def served_fake(*options: str, printed: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """Start the standalone fake on a free port (with command-line ``options``); yield ``(base_url, api_key)``;
    stop it with SIGTERM. ``printed`` receives the start-up lines up to the control-routes line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "instaview_plus.testing", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    try:
        first = lines.get(timeout=30)
        assert first.startswith("InstaView fake listening on "), first
        url = first.rsplit(" ", 1)[1].strip()
        second = lines.get(timeout=5)
        key = second.rsplit(" ", 1)[1].strip()
        if printed is not None:
            printed += [first, second]
            while not printed[-1].startswith("Control: "):
                printed.append(lines.get(timeout=5))
        yield url, key
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0  # SIGTERM stops it cleanly
