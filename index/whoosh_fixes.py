"""The one adapter to whoosh-reloaded 2.7.5, the module the rest of the code imports: the one
factory of index writers (``writer``) used by the rebuild, its shards and the update, the
project's codec (``codec``), and the searcher ranking by live documents (``searcher``,
``LiveStatsSearcher``).

Importing it patches Whoosh first, once, or refuses loudly: it imports index/whoosh_patches.py,
which holds the numbered fixes (1-12), their table (``PATCHES``) with the fingerprint of each
replaced function's source and the version check (``WhooshMismatch``), and applies them; fixes
2 and 3 (segment files read in place from one shared read-only mapping, ``SHARED_MAPS``) live
in index/whoosh_maps.py. The names other modules and tests use from there (``PATCHES``,
``applied``, ``Lengths``, ``WhooshMismatch``, ...) are available here too.
"""
from __future__ import annotations

import itertools
import math

from whoosh import searching, writing
from whoosh.codec import whoosh3

# first: importing whoosh_patches applies the fixes, so importing the adapter patches Whoosh
from .whoosh_patches import PATCHES, WHOOSH_VERSION, Lengths, WhooshMismatch, applied, fingerprint
from .whoosh_maps import SHARED_MAPS

__all__ = ["INLINE_LIMIT", "WRITER_MB", "LiveStatsSearcher", "live_frequency", "searcher", "codec", "writer",
           "PATCHES", "WHOOSH_VERSION", "Lengths", "WhooshMismatch", "applied", "fingerprint",
           "SHARED_MAPS"]

INLINE_LIMIT = 16


class LiveStatsSearcher(searching.Searcher):
    """A Searcher whose ranking statistics are those of its live documents, as they are stored.

    Whoosh's BM25F takes the number of documents, a term's document frequency and a field's
    total length from the segments as written: deleted documents count until a merge drops them,
    and a merge adds up the documents' one-byte (lossy) lengths where a fresh segment has the
    exact total. An ``update`` deletes and rewrites documents in place and merges segments, so
    its rankings drifted from a rebuild's of the same archive (scores up to 24% off after 30
    updates). Here the document count and a term's frequency count live documents, and a field's
    average length is the mean of the live documents' stored lengths (the lengths BM25F divides
    by it): the same numbers, so the same scores, for the same documents however they were
    written."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # (generation, field) -> average length; the owner of several searchers of one index
        # (search/version.py) hands them one dict, so each generation is read once per process
        self.average_lengths: dict[tuple, float] = {}

    def idf(self, fieldname, text):
        if self.has_parent():
            return self.get_parent().idf(fieldname, text)
        if not self.ixreader.has_deletions():
            return super().idf(fieldname, text)
        cache, term = self._idf_cache, (fieldname, text)
        if term not in cache:
            frequency = live_frequency(self.ixreader, fieldname, text)
            cache[term] = math.log(self.doc_count() / (frequency + 1)) + 1
        return cache[term]

    def avg_field_length(self, fieldname, default=None):
        if self.has_parent():
            return self.get_parent().avg_field_length(fieldname, default)
        if not self.schema[fieldname].scorable:
            return default
        key = (self.ixreader.generation(), fieldname)
        average = self.average_lengths.get(key)
        if average is None:
            length = self.ixreader.doc_field_length
            total = sum(length(d, fieldname, 0) or 0 for d in self.ixreader.all_doc_ids())
            average = self.average_lengths[key] = total / (self.doc_count() or 1)
        return average


def live_frequency(reader, fieldname: str, text: str, limit: int | None = None) -> int:
    """How many live documents hold a term in a field (counted up to ``limit``): Whoosh's
    ``doc_frequency`` counts the documents an update deleted until a merge drops them."""
    frequency = reader.doc_frequency(fieldname, text)
    if not frequency or not reader.has_deletions():
        return frequency if limit is None else min(frequency, limit)
    return sum(1 for _ in itertools.islice(reader.postings(fieldname, text).all_ids(), limit))


def searcher(ix) -> LiveStatsSearcher:
    """A searcher of ``ix`` ranking by the statistics of its live documents."""
    return LiveStatsSearcher(ix.reader(), fromindex=ix)


def codec() -> whoosh3.W3Codec:
    return whoosh3.W3Codec(inlinelimit=INLINE_LIMIT)


WRITER_MB = 256


def writer(ix, *, bulk: bool = False, lock: bool = True, **options):
    """The one way to open an index writer. ``bulk``: the rebuild's (and its shards') writer of
    a new segment from many documents (fast_write.BulkSegmentWriter); otherwise Whoosh's
    SegmentWriter, which can also update and delete (the incremental update). ``lock=False``
    for a shard written in a child process while the parent holds the index lock."""
    options.setdefault("codec", codec())
    if bulk:
        from .fast_write import BulkSegmentWriter
        return BulkSegmentWriter(ix, _lk=lock, **options)
    options.setdefault("limitmb", WRITER_MB)
    return writing.SegmentWriter(ix, _lk=lock, **options)
