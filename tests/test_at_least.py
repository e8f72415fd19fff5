"""AtLeast (search/at_least.py) against brute force on a real Whoosh index: the documents holding
at least ``count`` of the terms, each scored as the sum of what each term alone scores it (times
the share of the terms it holds, when coordinated); inside an AND and a NOT it keeps its meaning."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from index import whoosh_fixes  # noqa: F401  (Whoosh patched as the product runs it)
from search.at_least import AtLeast

from .conftest import examples

WORDS = ["alpha", "beta", "gamma", "delta", "omega"]


def _index(docs: list[list[str]]):
    ix = RamStorage().create_index(Schema(id=ID(stored=True), body=TEXT(stored=True)))
    with ix.writer() as writer:
        for i, words in enumerate(docs):
            writer.add_document(id=str(i), body=" ".join(words))
    return ix


def _scores(searcher, query) -> dict[int, float]:
    matcher = query.matcher(searcher, searcher.context())
    found = {}
    while matcher.is_active():
        found[matcher.id()] = matcher.score()
        matcher.next()
    return found


@settings(max_examples=examples(80), deadline=None)
@given(docs=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=25),
       terms=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4, unique=True),
       count=st.integers(1, 4), coordinated=st.booleans(), skip=st.integers(0, 30))
def test_at_least_is_brute_force(docs, terms, count, coordinated, skip):
    with _index(docs).searcher() as searcher:
        single = {t: _scores(searcher, wq.Term("body", t)) for t in terms}
        query = AtLeast([wq.Term("body", t) for t in terms], count, coordinated=coordinated)
        found = _scores(searcher, query)
        expected = {}
        for docnum in range(len(docs)):
            held = [t for t in terms if docnum in single[t]]
            if len(held) >= count:
                total = sum(single[t][docnum] for t in held)
                expected[docnum] = total * len(held) / len(terms) if coordinated else total
        assert found.keys() == expected.keys()
        assert all(abs(found[d] - expected[d]) < 1e-9 for d in found)
        matcher = query.matcher(searcher, searcher.context())      # skip_to lands on the next match
        if matcher.is_active():
            matcher.skip_to(skip)
            after = [d for d in sorted(expected) if d >= skip]
            assert (matcher.id() if matcher.is_active() else None) == (after[0] if after else None)
        both = wq.And([query, wq.Not(wq.Term("body", "omega"))])
        assert set(_scores(searcher, both)) == {d for d in expected if "omega" not in docs[d]}


@settings(max_examples=examples(60), deadline=None)
@given(docs=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=25),
       terms=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4, unique=True))
def test_a_disjunction_max_scores_each_document_by_its_own_best_term(docs, terms):
    """Whoosh's DisjunctionMaxMatcher took the other sub-matcher's score from another document
    (index/whoosh_patches.py, fix 9)."""
    with _index(docs).searcher() as searcher:
        single = {t: _scores(searcher, wq.Term("body", t)) for t in terms}
        found = _scores(searcher, wq.DisjunctionMax([wq.Term("body", t) for t in terms]))
        expected = {d: max(single[t][d] for t in terms if d in single[t])
                    for d in range(len(docs)) if any(d in single[t] for t in terms)}
        assert found.keys() == expected.keys()
        assert all(abs(found[d] - expected[d]) < 1e-9 for d in found)
