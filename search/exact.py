"""Exact matching without a second index of the text.

A quoted phrase or an ``exact:`` word must match the words as written (folded for letter forms,
diacritics, accents and case, but not stemmed): "convoy" does not find "convoys", exact:لبنان does
not find لبن. Indexing every body a second time, unstemmed, halved the writer's speed and doubled
the index (measured: 185 against 336 documents/s, 8.7x against 4.5x the text). Instead the query
runs on the stemmed fields, which find a superset, and each candidate's stored text is checked for
the exact word sequence. Checked sets are cached per segment, so repeated queries cost nothing
more. The checked sets belong to
the open version (``ExactChecks``, made by search/version.py) and go with it.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from whoosh import query as wq
from whoosh.matching import FilterMatcher, NullMatcher

from index.analysis import exact_tokens

from . import budget
from .errors import InvalidQuery
from .tree import walk

MAX_CANDIDATES = 30_000        # stored texts read to check one exact clause in one segment
CACHE_ENTRIES = 512
CHECK_BUDGET_EVERY = 256       # candidates between looks at the query's time budget


class ExactChecks:
    """The documents of each segment found to hold an exact clause, most recent first."""

    def __init__(self, entries: int = CACHE_ENTRIES):
        self.entries = entries
        self._sets: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key) -> frozenset[int] | None:
        with self._lock:
            found = self._sets.get(key)
            if found is not None:
                self._sets.move_to_end(key)
            return found

    def put(self, key, verified: frozenset[int]) -> None:
        with self._lock:
            self._sets[key] = verified
            while len(self._sets) > self.entries:
                self._sets.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._sets.clear()

    def __len__(self) -> int:
        return len(self._sets)


class ExactQuery(wq.WrappingQuery):
    """Documents matched by ``child`` (stemmed, on ``fieldname``) whose stored ``fieldname``
    text holds ``words`` (exact tokens) in sequence."""

    def __init__(self, child: wq.Query, fieldname: str, words: tuple[str, ...],
                 checks: ExactChecks | None = None):
        super().__init__(child)
        self.fieldname, self.words = fieldname, tuple(words)
        self.checks = checks if checks is not None else ExactChecks(0)

    def __repr__(self) -> str:
        return f"ExactQuery({self.child!r}, {self.fieldname!r}, {self.words!r})"

    def __str__(self) -> str:
        return f'{self.fieldname}:"{" ".join(self.words)}"'

    def __eq__(self, other) -> bool:
        return (type(other) is type(self) and self.child == other.child
                and self.fieldname == other.fieldname and self.words == other.words)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.child, self.fieldname, self.words))

    def _rewrap(self, child):
        return type(self)(child, self.fieldname, self.words, self.checks)

    def matcher(self, searcher, context=None):
        child = self.child.matcher(searcher, context)
        if not child.is_active():
            return NullMatcher()
        verified = self._verified(searcher, child)
        if not verified:
            return NullMatcher()
        return FilterMatcher(self.child.matcher(searcher, context), verified)

    def _verified(self, searcher, child) -> frozenset[int]:
        reader = searcher.reader()
        segment = getattr(reader, "segment", lambda: None)()
        key = (segment.segment_id(), self.fieldname, self.words) if segment is not None else None
        known = self.checks.get(key) if key is not None else None
        if known is not None:
            return known
        candidates = list(child.all_ids())
        if len(candidates) > MAX_CANDIDATES:
            raise InvalidQuery(
                f"“{' '.join(self.words)}” is too common to match exactly ({len(candidates):,} "
                f"candidate articles): add words to the phrase, or drop the quotes.")
        needle = f" {' '.join(self.words)} "
        verified = set()
        for n, docnum in enumerate(candidates):
            if n % CHECK_BUDGET_EVERY == CHECK_BUDGET_EVERY - 1 and budget.expired():
                return frozenset(verified)              # partial: the search says so; not cached
            text = reader.stored_fields(docnum).get(self.fieldname) or ""
            if needle in f" {' '.join(exact_tokens(text))} ":
                verified.add(docnum)
        verified = frozenset(verified)
        if key is not None:
            self.checks.put(key, verified)
        return verified


def exact_clauses(query: wq.Query):
    """The ExactQuery nodes of a query tree (not looked inside)."""
    return (node for node in walk(query, stop=ExactQuery) if isinstance(node, ExactQuery))
