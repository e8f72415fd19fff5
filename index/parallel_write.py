"""Write a new index with several processes: one segment per process, in document order.

Whoosh's own MpWriter has the parent pickle every document into job files that sub-writers take
in whatever order they free up, and it lists their segments in the order they finish: measured
here, it wrote no faster than one process, and the document numbers (which break ties between
equal scores) changed from run to run and with the number of workers. Here the sorted article
ids are cut into contiguous shards; each forked worker builds its shard's documents from the
catalog it inherited and writes one segment (fast_write.BulkSegmentWriter); the parent lists the
segments in shard order and commits. Document order is the same as a one-process build, so the
same archive gives the same rankings whatever --workers is.
"""
from __future__ import annotations

import gc
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from . import whoosh_fixes
from .processes import die_with_parent

_JOB: tuple | None = None          # (ix, ids, make_document, writer options), inherited by fork


def write_shards(ix, ids: Sequence[str], make_document: Callable[[str], dict], workers: int,
                 alongside: Callable[[], None] | None = None) -> Counter:
    """Add the document of each id, in order, as ``workers`` segments; commit them in order.
    ``alongside`` runs in this process while the writers write (they have forked by then).
    Returns the writers' seconds by stage (BulkSegmentWriter.timings), summed."""
    global _JOB
    bounds = [len(ids) * k // workers for k in range(workers + 1)]
    parent = whoosh_fixes.writer(ix)                         # holds the index lock
    _JOB = (ix, ids, make_document)
    gc.freeze()       # the inherited catalog is never garbage: the writers' collections skip it
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=die_with_parent) as pool:
            futures = [pool.submit(_write_shard, bounds[k], bounds[k + 1]) for k in range(workers)]
            if alongside is not None:
                alongside()
            results = [f.result() for f in futures]
    except BaseException:
        parent.cancel()
        raise
    finally:
        _JOB = None
        gc.unfreeze()
    timings: Counter = sum((Counter(spent) for _, spent in results), Counter())
    committed = time.perf_counter()
    parent._close_segment()
    parent._commit_toc([segment for segment, _ in results if segment is not None])
    parent._finish()
    timings["commit"] += time.perf_counter() - committed
    return timings


def _write_shard(start: int, end: int):
    ix, ids, make_document = _JOB
    if start == end:
        return None, {}
    gc.disable()      # a short-lived process whose millions of new objects hold no cycles
    writer = whoosh_fixes.writer(ix, bulk=True, lock=False)
    try:
        for article_id in ids[start:end]:
            writer.add_document(**make_document(article_id))
        segment = writer._finalize_segment()
        return segment, dict(writer.timings)
    except BaseException:
        writer.cancel()
        raise
