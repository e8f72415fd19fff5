"""The one stage timer: ``with stage(timings, "dedup"):`` adds the block's seconds to
``timings["dedup"]`` (a Counter or dict of seconds by stage, as the build reports them)."""
from __future__ import annotations

import time
from contextlib import contextmanager


@contextmanager
def stage(timings: dict, name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
