"""The rebuild's worker processes: they die with their parent, and collect garbage seldom.

Python's cyclic garbage collector runs a young collection every 700 new objects and, as the heap
grows, full ones over everything alive. A rebuild builds a catalog of millions of small objects
(and each page process a cache of every text it has read), none of them in a reference cycle, so
most of those collections find nothing: measured on 3,000 pages with two processes, 26.6 s with
Python's thresholds, 25.4 s with these, 25.6 s with the collector off. The writers, short-lived
processes whose new objects are all acyclic, turn it off.
"""
from __future__ import annotations

import ctypes
import gc
import signal
from contextlib import contextmanager

GC_THRESHOLDS = (100_000, 50, 100)      # Python's: (700, 10, 10)


def die_with_parent() -> None:
    """A worker dies with its parent (Linux): a rebuild killed with -9 leaves no process behind
    writing into a folder that is about to be removed."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_worker() -> None:
    """Initializer of a page-reading process: no cyclic collection at all (its objects hold no
    cycles; with the recognizer's feature lists, full collections over a heap of cached texts grew
    to a third of its time at full size)."""
    die_with_parent()
    gc.disable()


@contextmanager
def fewer_collections():
    """Python's collector at the rebuild's thresholds for the duration (the ingesting parent)."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
