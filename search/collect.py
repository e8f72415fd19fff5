"""Collect a text query's matching documents and their scores, as arrays, a segment at a time.

Whoosh answers a query by walking its tree of matchers document by document in Python: every
posting of every term passes through several method calls, so a query whose words are common
(or whose renderings in the other language are, search/translate.py) spends most of a second
there. Here the matcher tree Whoosh builds for a segment is read instead of walked: a term's
postings are read a block at a time into NumPy arrays and scored with BM25F there, and each
node of the tree combines its children's arrays (a mask of the documents it matches and a score
per document) the way that node's ``score()`` would, in the same order of additions, so the
scores are Whoosh's to the last bit (tests/test_collect.py holds them equal to a walk of the
same tree).

A node this module does not know (a phrase, a span, anything new) is walked as before, from
where it stands, and its documents and scores join the arrays. It stands where its parents'
constructors left it: an intersection, an "at least" or a filter moves its children only past
documents it does not match itself, so the arrays lose nothing there; but the excluded side of
an AND NOT, the child of a NOT and the children of Whoosh's preloaded union are moved past
documents that matter, and a node Whoosh cannot restart (its spans' ``reset`` keeps the old
spans) cannot be walked again from the start. When such a node is unknown, the segment's tree is
built again and walked whole, as Whoosh walks it. The time budget (budget.py) is watched during
a walk and between segments; a walk stopped by the budget at document d leaves the segment's
answer exact below d and empty from d: every document collected matches the query.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
from whoosh import scoring
from whoosh.codec import whoosh3
from whoosh.matching import binary, combo, mcore, wrappers
from whoosh.util.numeric import byte_to_length

from .at_least import AtLeastMatcher
from .budget import expired

BUDGET_EVERY = 1024          # documents walked between looks at the time budget
_LENGTH_OF_BYTE = np.array([byte_to_length(b) if b else np.nan for b in range(256)], dtype=np.float64)


class SegmentArrays:
    """What the arrays read from a segment once and keep: its documents' lengths in each field, as
    BM25F reads them (one byte per document, decoded), and the most recently read posting lists
    (documents and weights), up to ``budget`` bytes (``POSTINGS_MB`` by default). A segment never changes once written (an
    update deletes through a filter above the postings), so both are kept by the segment's id;
    the owner (search/version.py) keeps one of these per index, shared by its threads."""

    POSTINGS_MB = 16            # the scale mix reads 16.8 MB of posting lists; a worker stays under 500 MB

    def __init__(self, budget: int | None = None):
        self.budget = self.POSTINGS_MB << 20 if budget is None else budget
        self._lengths: dict[tuple[str, str], np.ndarray] = {}
        self._postings: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._postings_bytes = 0
        self._lock = threading.Lock()

    def lengths(self, reader, fieldname: str) -> np.ndarray:
        key = (reader.segment().segment_id(), fieldname)
        with self._lock:
            found = self._lengths.get(key)
        if found is None:
            found = _read_lengths(reader, fieldname)
            with self._lock:
                self._lengths[key] = found
        return found

    def postings(self, reader, term: tuple, read) -> tuple[np.ndarray, np.ndarray]:
        """A term's documents and weights in the segment; ``read()`` reads them when not kept."""
        key = (reader.segment().segment_id(), *term)
        with self._lock:
            found = self._postings.get(key)
            if found is not None:
                self._postings.move_to_end(key)
                return found
        found = read()
        for array in found:
            array.flags.writeable = False                 # shared by every query and thread
        size = found[0].nbytes + found[1].nbytes
        with self._lock:
            if key not in self._postings and size <= self.budget:
                self._postings[key] = found
                self._postings_bytes += size
                while self._postings_bytes > self.budget:
                    _, (ids, weights) = self._postings.popitem(last=False)
                    self._postings_bytes -= ids.nbytes + weights.nbytes
        return found

    @property
    def postings_bytes(self) -> int:
        return self._postings_bytes

    def keep_only(self, segment_ids: set[str]) -> None:
        """Forget segments no longer in the index (merged away by an update)."""
        with self._lock:
            for key in [k for k in self._lengths if k[0] not in segment_ids]:
                del self._lengths[key]
            for key in [k for k in self._postings if k[0] not in segment_ids]:
                ids, weights = self._postings.pop(key)
                self._postings_bytes -= ids.nbytes + weights.nbytes


def _read_blocks(m) -> tuple[np.ndarray, np.ndarray]:
    """A W3LeafMatcher's postings from its first block to its last (moving it to its end)."""
    m.reset()
    ids, weights = [], []
    while True:
        if m._data is None:
            m._read_data()
        ids.append(np.cumsum(np.asarray(m._data[0], dtype=np.int64)))     # delta_decode
        m._read_weights()
        weights.append(np.asarray(m._weights, dtype=np.float64))
        if m._lastblock:
            break
        m._goto(m._nextoffset)
    m._atend = True
    return np.concatenate(ids), np.concatenate(weights)


def _read_lengths(reader, fieldname: str) -> np.ndarray:
    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if column is None:                                    # doc_field_length's default, as BM25F asks
        return np.ones(count, dtype=np.float64)
    raw = np.frombuffer(column._dbfile.get(column._basepos, column._count), dtype=np.uint8)
    codes = np.zeros(count, dtype=np.uint8)
    codes[:len(raw)] = raw[:count]
    return _LENGTH_OF_BYTE[codes]


def collect(searcher, text_query, size: int, arrays: SegmentArrays) -> tuple[np.ndarray, np.ndarray]:
    """Every document matching the text, as a mask over the index, and its score; segments are
    collected until the search's time budget is spent."""
    mask = np.zeros(size, bool)
    scores = np.zeros(size, np.float64)
    context = searcher.context()
    for sub, offset in searcher.leaf_searchers():
        found, values = SegmentMatches(sub.reader(), arrays).collect(lambda: text_query.matcher(sub, context))
        count = len(found)
        mask[offset:offset + count] = found
        scores[offset:offset + count] = values
        if expired():
            break
    return mask, scores


class _Unsupported(Exception):
    """A node that can be neither read as arrays nor walked from where it stands."""


class SegmentMatches:
    """The arrays of one segment's matcher tree: for each node, a mask over the segment's
    documents and a score per document (0 where it does not match)."""

    def __init__(self, reader, arrays: SegmentArrays):
        self.reader, self.arrays = reader, arrays
        self.size = reader.doc_count_all()
        self.upto = self.size           # a walk stopped by the budget: exact below this document

    def collect(self, make_matcher) -> tuple[np.ndarray, np.ndarray]:
        """The segment's matches and scores; ``make_matcher`` builds the segment's matcher tree
        (built again, and walked whole, when a node can be neither read nor walked alone)."""
        try:
            mask, score = self.node(make_matcher())
        except _Unsupported:
            self.upto = self.size
            ids, values = self._walk(make_matcher())
            mask, score = self._dense(ids, values)
        mask[self.upto:] = False
        return mask, np.where(mask, score, 0.0)

    def node(self, m, moved: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """A node's mask and scores; ``moved``: a parent's constructor may have moved it past
        documents it matches (so only a node read from its postings can be trusted)."""
        read = _READERS.get(type(m))
        return read(self, m, moved) if read is not None else self.walk(m, moved)

    # -- leaves ------------------------------------------------------------------------------

    def leaf(self, ids: np.ndarray, weights: np.ndarray, scorer, term) -> tuple[np.ndarray, np.ndarray]:
        mask = np.zeros(self.size, bool)
        mask[ids] = True
        score = np.zeros(self.size, np.float64)
        if scorer is None or type(scorer) is scoring.WeightScorer:     # scored by the weight
            score[ids] = weights                 # (ListMatcher.score without a scorer: Every)
            score[ids] = weights
        elif type(scorer) is scoring.BM25FScorer and term is not None:
            tf, fl = weights, self.arrays.lengths(self.reader, term[0])[ids]
            idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
            score[ids] = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))   # scoring.bm25
        else:
            raise _Unsupported(type(scorer).__name__)
        return mask, score

    def w3_leaf(self, m, moved: bool) -> tuple[np.ndarray, np.ndarray]:
        """A term's postings on disk, block by block (W3LeafMatcher's own reading, without the
        per-posting calls)."""
        if m._byteids or not self._scorable(m.scorer) or m._term is None:
            return self.walk(m, moved)
        ids, weights = self.arrays.postings(self.reader, m._term, lambda: _read_blocks(m))
        return self.leaf(ids, weights, m.scorer, m._term)

    def list_leaf(self, m, moved: bool) -> tuple[np.ndarray, np.ndarray]:
        """Postings inlined in the term's entry (ListMatcher)."""
        if not self._scorable(m._scorer):
            return self.walk(m, moved)
        ids = np.asarray(m._ids, dtype=np.int64)
        if m._all_weights:
            weights = np.full(len(ids), m._all_weights, dtype=np.float64)
        elif m._weights:
            weights = np.asarray(m._weights, dtype=np.float64)
        else:
            weights = np.ones(len(ids), dtype=np.float64)
        return self.leaf(ids, weights, m._scorer, m._term)

    @staticmethod
    def _scorable(scorer) -> bool:
        return scorer is None or type(scorer) in (scoring.WeightScorer, scoring.BM25FScorer)

    # -- inner nodes: each as its score() adds -----------------------------------------------

    def union(self, m, moved: bool):
        (ma, sa), (mb, sb) = self.node(m.a, moved), self.node(m.b, moved)
        return ma | mb, sa + sb

    def intersection(self, m, moved: bool):
        (ma, sa), (mb, sb) = self.node(m.a, moved), self.node(m.b, moved)
        mask = ma & mb
        return mask, np.where(mask, sa + sb, 0.0)

    def disjunction_max(self, m, moved: bool):
        """As index/whoosh_patches.py's fix 9 scores it: the better of the two where both match."""
        (ma, sa), (mb, sb) = self.node(m.a, moved), self.node(m.b, moved)
        return ma | mb, np.where(ma & mb, np.maximum(sa, sb), np.where(ma, sa, sb))

    def and_not(self, m, moved: bool):
        (ma, sa), (mb, _) = self.node(m.a, moved), self.node(m.b, True)
        mask = ma & ~mb
        return mask, np.where(mask, sa, 0.0)

    def and_maybe(self, m, moved: bool):
        (ma, sa), (mb, sb) = self.node(m.a, moved), self.node(m.b, moved)
        return ma, np.where(ma, np.where(mb, sa + sb, sa), 0.0)

    def require(self, m, moved: bool):
        (ma, sa), (mb, _) = self.node(m.a, moved), self.node(m.b, moved)
        mask = ma & mb
        return mask, np.where(mask, sa, 0.0)

    def wrapping(self, m, moved: bool):
        mask, score = self.node(m.child, moved)
        return mask, score * m.boost

    def filtered(self, m, moved: bool):
        mask, score = self.node(m.child, moved)
        listed = np.zeros(self.size, bool)
        listed[np.fromiter(m._ids, dtype=np.int64, count=len(m._ids))] = True
        mask = mask & ~listed if m._exclude else mask & listed
        return mask, np.where(mask, score * m.boost, 0.0)

    def inverse(self, m, moved: bool):
        inner, _ = self.node(m.child, True)
        limit = min(m.limit, self.size)
        missing = np.fromiter((bool(m.missing(d)) for d in range(limit)), dtype=bool, count=limit)
        mask = np.zeros(self.size, bool)
        mask[:limit] = ~inner[:limit] & ~missing
        return mask, np.where(mask, float(m._weight), 0.0)

    def array_union(self, m, moved: bool):
        """ArrayUnionMatcher: each sub-matcher's score times the boost, added in their order; a
        document counts when its sum is above zero (or, unscored, when any matches)."""
        total, anywhere = np.zeros(self.size, np.float64), np.zeros(self.size, bool)
        for sub in m._submatchers:
            mask, score = self.node(sub, True)
            total = total + np.where(mask, score * m._boost, 0.0)
            anywhere |= mask
        mask = total > 0 if m._scored else anywhere
        return mask, np.where(mask, total, 0.0) if m._scored else np.where(mask, 1.0, 0.0)

    def at_least(self, m, moved: bool):
        """search/at_least.py's AtLeastMatcher: the sum over the sub-matchers on the document,
        in their order, times their share when coordinated."""
        total, count = np.zeros(self.size, np.float64), np.zeros(self.size, np.int64)
        for sub in m._matchers:
            mask, score = self.node(sub, moved)
            total = total + np.where(mask, score, 0.0)
            count += mask
        mask = count >= m._count
        score = total * count / len(m._matchers) if m._coordinated else total
        return mask, np.where(mask, score, 0.0)

    # -- anything else: walked ---------------------------------------------------------------

    def walk(self, m, moved: bool) -> tuple[np.ndarray, np.ndarray]:
        """A node read by walking it from where it stands, until the time budget is spent."""
        if moved:
            raise _Unsupported(type(m).__name__)
        return self._dense(*self._walk(m))

    def _dense(self, ids: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        mask = np.zeros(self.size, bool)
        mask[ids] = True
        score = np.zeros(self.size, np.float64)
        score[ids] = values
        return mask, score

    def _walk(self, m) -> tuple[np.ndarray, np.ndarray]:
        docnums, values = [], []
        is_active, next_, docnum, score = m.is_active, m.next, m.id, m.score
        while is_active():
            if len(docnums) % BUDGET_EVERY == BUDGET_EVERY - 1 and expired():
                self.upto = min(self.upto, docnum())
                break
            docnums.append(docnum())
            values.append(score())
            next_()
        return np.asarray(docnums, dtype=np.int64), np.asarray(values, dtype=np.float64)


def _empty(self, m, moved: bool):
    return np.zeros(self.size, bool), np.zeros(self.size, np.float64)


# exact classes: a subclass may score otherwise (DisjunctionMaxMatcher is a UnionMatcher)
_READERS = {
    type(mcore.NullMatcher): _empty,
    whoosh3.W3LeafMatcher: SegmentMatches.w3_leaf,
    mcore.ListMatcher: SegmentMatches.list_leaf,
    binary.UnionMatcher: SegmentMatches.union,
    binary.DisjunctionMaxMatcher: SegmentMatches.disjunction_max,
    binary.IntersectionMatcher: SegmentMatches.intersection,
    binary.AndNotMatcher: SegmentMatches.and_not,
    binary.AndMaybeMatcher: SegmentMatches.and_maybe,
    wrappers.RequireMatcher: SegmentMatches.require,
    wrappers.WrappingMatcher: SegmentMatches.wrapping,
    wrappers.FilterMatcher: SegmentMatches.filtered,
    wrappers.InverseMatcher: SegmentMatches.inverse,
    combo.ArrayUnionMatcher: SegmentMatches.array_union,
    AtLeastMatcher: SegmentMatches.at_least,
}
