"""The array collection (search/collect.py) against Whoosh walking the same matcher trees.

A real index written by the product's one writer (several segments, deletions, inlined and
multi-block postings), and queries drawn from the shapes the product builds (terms with boosts,
phrases, NOT, AND NOT, AND MAYBE, OR, disjunction-max, "at least", prefixes): every segment's
matching documents and their scores must be exactly those of a plain walk of the segment's
matcher tree, as Whoosh's own search walks it (the oracle of tests/test_oracle.py ranks by those
scores, so near ties must not move). Both of Whoosh's union matchers are drawn: the preloaded
array union it picks for small segments, and the tree of unions it picks for large ones.
"""
from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from index import whoosh_fixes
from search import budget, collect
from search.at_least import AtLeast

from .conftest import examples

WORDS = ["wa", "wb", "wc", "wd", "we", "wf", "wg", "wh", "wi", "wj", "wk", "wl"]
WEIGHTS = [60, 30, 20, 12, 8, 5, 3, 2, 1, 1, 0.5, 0.2]       # common words fill several blocks
SEGMENTS = (420, 150, 30)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(WORDS, WEIGHTS, k=rng.randint(low, high)))


@pytest.fixture(scope="module")
def ix():
    rng = random.Random(20261206)
    ix = RamStorage().create_index(Schema(id=ID(stored=True, unique=True), lang=ID,
                                          title=TEXT, body=TEXT))
    n = 0
    for count in SEGMENTS:
        writer = whoosh_fixes.writer(ix)
        for _ in range(count):
            writer.add_document(id=str(n), lang=rng.choice(["en", "ar"]), title=_words(rng, 1, 5),
                                body=_words(rng, 3, 40))
            n += 1
        writer.commit(merge=False)
    writer = whoosh_fixes.writer(ix)
    for docid in rng.sample(range(n), 40):
        writer.delete_by_term("id", str(docid))
    writer.commit(merge=False)
    return ix


LEAVES = ("term", "phrase", "prefix", "lang", "every", "constant")
NODES = ("and", "or", "dismax", "and not", "and maybe", "require", "not", "at least")


@st.composite
def queries(draw, depth: int = 0):
    """A query of the shapes the product builds, at most three levels deep."""
    if depth >= 3 or draw(st.integers(0, 2)) == 0:
        kind = draw(st.sampled_from(LEAVES))
        field = draw(st.sampled_from(["title", "body"]))
        boost = draw(st.sampled_from([1.0, 2.0, 0.5]))
        if kind == "term":
            return wq.Term(field, draw(st.sampled_from(WORDS)), boost=boost)
        if kind == "phrase":
            words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3))
            return wq.Phrase(field, words, slop=draw(st.sampled_from([1, 2])), boost=boost)
        if kind == "every":                                  # "*", "title:*": a ListMatcher without scorer
            return wq.Every(draw(st.sampled_from([None, field])), boost=boost)
        if kind == "constant":
            return wq.ConstantScoreQuery(wq.Term(field, draw(st.sampled_from(WORDS))), score=boost)
        return wq.Prefix(field, "w") if kind == "prefix" else wq.Term("lang", "ar")
    kind = draw(st.sampled_from(NODES))
    children = draw(st.lists(queries(depth + 1), min_size=1 if kind != "and not" else 2, max_size=4))
    a, b = children[0], children[-1]
    boost = draw(st.sampled_from([1.0, 1.5]))
    if kind == "and":
        return wq.And(children, boost=boost)
    if kind == "or":
        return wq.Or(children, boost=boost)
    if kind == "dismax":
        return wq.DisjunctionMax(children)
    if kind == "and not":
        return wq.AndNot(a, b)
    if kind == "and maybe":
        return wq.AndMaybe(a, b)
    if kind == "require":
        return wq.Require(a, b)
    if kind == "not":
        return wq.Not(a)
    return AtLeast(children, draw(st.integers(1, len(children))), coordinated=draw(st.booleans()))


def _walked(sub, query) -> tuple[np.ndarray, np.ndarray]:
    """Whoosh's walk of the segment's matcher tree, document by document."""
    size = sub.reader().doc_count_all()
    mask, scores = np.zeros(size, bool), np.zeros(size, np.float64)
    matcher = query.matcher(sub, sub.context())
    while matcher.is_active():
        mask[matcher.id()], scores[matcher.id()] = True, matcher.score()
        matcher.next()
    return mask, scores


@pytest.mark.parametrize("union", ["array union (small segments)", "tree of unions (large)"])
def test_arrays_equal_the_walk_of_every_segment(ix, union):
    matcher_type = wq.Or.AUTO_MATCHER if union.startswith("array") else wq.Or.DEFAULT_MATCHER
    arrays = collect.SegmentArrays()          # shared: later examples read kept postings

    @settings(max_examples=examples(300), deadline=None)
    @given(query=queries())
    def check(query):
        with whoosh_fixes.searcher(ix) as searcher:
            for sub, _ in searcher.leaf_searchers():
                mask, scores = collect.SegmentMatches(sub.reader(), arrays).collect(
                    lambda: query.matcher(sub, sub.context()))
                expected_mask, expected = _walked(sub, query)
                assert np.array_equal(mask, expected_mask), query
                assert np.array_equal(scores, expected), query          # to the last bit

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(wq.Or, "matcher_type", matcher_type)
        check()


def test_the_index_is_read_whole(ix):
    """The fixture holds what the arrays must get right: postings inlined in the term entry and
    postings over several blocks, segments with deleted documents, small and large segments."""
    with whoosh_fixes.searcher(ix) as searcher:
        subs = [sub for sub, _ in searcher.leaf_searchers()]
        assert len(subs) == len(SEGMENTS) and any(sub.reader().has_deletions() for sub in subs)
        frequencies = [sub.reader().doc_frequency("body", word) for sub in subs for word in WORDS]
        assert any(0 < f <= whoosh_fixes.INLINE_LIMIT for f in frequencies)   # inlined: ListMatcher
        assert max(frequencies) > 3 * 128                                      # several blocks


def test_kept_postings_stay_within_their_budget_and_change_nothing(ix):
    """Posting lists are kept between queries up to a budget of bytes: the oldest go first, a
    merged-away segment's go with it, and a query answers the same from kept or read postings."""
    kept = collect.SegmentArrays(budget=6_000)
    with whoosh_fixes.searcher(ix) as searcher:
        subs = [sub for sub, _ in searcher.leaf_searchers()]
        for _ in range(2):                                      # read, then (partly) kept
            for sub in subs:
                for word in WORDS:
                    query = wq.Or([wq.Term("body", word), wq.Term("title", word, boost=2.0)])
                    mask, scores = collect.SegmentMatches(sub.reader(), kept).collect(
                        lambda: query.matcher(sub, sub.context()))
                    assert (mask, scores) == _same(_walked(sub, query))
                    assert 0 < kept.postings_bytes <= kept.budget
        kept.keep_only({subs[0].reader().segment().segment_id()})
        assert kept.postings_bytes <= sum(a.nbytes + b.nbytes for a, b in kept._postings.values())
        assert {key[0] for key in kept._postings} <= {subs[0].reader().segment().segment_id()}


class _same(tuple):
    """Arrays compared whole: (mask, scores) == _same(expected)."""

    def __eq__(self, other):
        return all(np.array_equal(a, b) for a, b in zip(self, other))


def test_and_not_is_brute_force(ix):
    """Whoosh's AND NOT matched its wanted side's first document when the excluded side started
    earlier and held it too (index/whoosh_patches.py, fix 10); arrays and walk both obey it."""
    with whoosh_fixes.searcher(ix) as searcher:
        for sub, _ in searcher.leaf_searchers():
            for want in ("wb", "wc", "wd"):
                for drop in WORDS:
                    query = wq.AndNot(wq.Term("body", want), wq.Term("title", drop))
                    expected = {d for d in sub.reader().postings("body", want).all_ids()} - \
                        {d for d in sub.reader().postings("title", drop).all_ids()} \
                        if ("title", drop) in sub.reader() else None
                    if expected is None:
                        continue
                    mask, _ = _walked(sub, query)
                    arrays, _ = collect.SegmentMatches(sub.reader(), collect.SegmentArrays()).collect(
                        lambda: query.matcher(sub, sub.context()))
                    assert set(np.flatnonzero(mask)) == expected == set(np.flatnonzero(arrays))


def test_a_collection_stopped_by_the_budget_holds_only_true_matches(ix, monkeypatch):
    """Past the time budget a walked node stops; what was collected is exact below where it
    stopped: every document collected matches, with its full score."""
    monkeypatch.setattr(collect, "BUDGET_EVERY", 1)
    query = wq.Or([wq.Phrase("body", ["wa", "wb"]), wq.Term("title", "wc")])
    with whoosh_fixes.searcher(ix) as searcher:
        size = searcher.doc_count_all()
        full_mask, full = collect.collect(searcher, query, size, collect.SegmentArrays())
        with budget.budget(0) as spent:
            cut_mask, cut = collect.collect(searcher, query, size, collect.SegmentArrays())
        assert spent.partial and cut_mask.sum() < full_mask.sum()
        assert not (cut_mask & ~full_mask).any()
        assert np.array_equal(cut[cut_mask], full[cut_mask])
