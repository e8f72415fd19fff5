"""The facet fast path (column arrays, bincount) counts exactly what Whoosh's own groupedby counts."""
from __future__ import annotations

import random

import pytest
from whoosh import query as wq
from whoosh import sorting

from index.rebuild import rebuild
from search.engine import run, text_query_of
from search.reader import LiveIndex
from search.request import SearchRequest

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def ix(seeds_dir, tmp_path_factory):
    import shutil
    archive = tmp_path_factory.mktemp("fastpath-archive")
    shutil.copytree(seeds_dir, archive / "seeds")
    shutil.copytree(EXAMPLES, archive / "examples")
    root = tmp_path_factory.mktemp("fastpath-index")
    rebuild(archive, root)
    return LiveIndex(root).open()


def whoosh_counts(ix, text: str, filters: dict[str, list[str]], field: str) -> dict[str, int]:
    """Counts by Whoosh's groupedby, under every filter but the facet's own."""
    request = SearchRequest(q=text, **filters)
    searcher = ix.searcher()
    q = text_query_of(request, ix.parser, searcher.reader(), ix.spellings(searcher))[0] if text else wq.Every()
    others = [wq.Or([wq.Term(name, v) for v in values]) for name, values in filters.items() if name != field]
    with ix.ix.searcher() as searcher:
        facet = sorting.FieldFacet(field, allow_overlap=field in ("person", "org", "place"),
                                   maptype=sorting.Count)
        results = searcher.search(q, limit=None, groupedby={field: facet},
                                  filter=wq.And(others) if others else None)
        return {k: v for k, v in results.groups(field).items() if k}


def test_fast_path_counts_equal_groupedby_on_random_queries(ix):
    rng = random.Random(7)
    with ix.ix.searcher() as searcher:
        titles = [fields["title"] for fields in searcher.all_stored_fields()]
        outlets = sorted({f.get("outlet") for f in searcher.all_stored_fields()} - {None})
        people = sorted({p for f in searcher.all_stored_fields() for p in (f.get("person") or "").split("|") if p})
    words = [w for t in titles for w in t.split() if len(w) > 3 and w.isalpha()]
    checked = 0
    for _ in range(40):
        text = " OR ".join(rng.sample(words, rng.randint(1, 3))) if rng.random() < 0.8 else ""
        filters = {}
        if rng.random() < 0.5:
            filters["outlet"] = rng.sample(outlets, rng.randint(1, 2))
        if rng.random() < 0.3:
            filters["lang"] = [rng.choice(["ar", "en"])]
        if rng.random() < 0.3 and people:
            filters["person"] = [rng.choice(people)]
        result = run(ix, SearchRequest(q=text, **filters))
        for field in ("outlet", "lang", "person", "org", "place", "month"):
            facet = "date" if field == "month" else field
            ours = {e["value"]: e["count"] for e in result.facets[facet] if e["count"]}
            theirs = whoosh_counts(ix, text, filters, field)
            if facet == "date" and ours and len(next(iter(ours))) == 4:    # yearly buckets
                yearly = {}
                for month, n in theirs.items():
                    yearly[month[:4]] = yearly.get(month[:4], 0) + n
                theirs = yearly
            limit = {"outlet": 25, "lang": 99, "person": 15, "org": 15, "place": 15, "month": 999}[field]
            if len(theirs) <= limit:
                assert ours == theirs, (text, filters, field)
            else:
                assert all(theirs[k] == n for k, n in ours.items()), (text, filters, field)
            checked += 1
    assert checked == 240


def test_a_facets_top_values_are_those_of_sorting_every_count():
    """``Columns.top`` sorts only the values that can make the top; it must list what sorting all
    of them lists (most documents first, ties by value), with the chosen values' counts."""
    import numpy as np
    from hypothesis import given, settings, strategies as st

    from search.columns import Columns, Single

    @settings(max_examples=200, deadline=None)
    @given(codes=st.lists(st.integers(0, 12), min_size=1, max_size=80), limit=st.integers(1, 6),
           keep=st.lists(st.booleans(), min_size=80, max_size=80),
           chosen=st.lists(st.sampled_from(["v3", "v7", "v12", "nowhere"]), max_size=2, unique=True))
    def check(codes, limit, keep, chosen):
        vocab = [""] + [f"v{i}" for i in range(1, 13)]
        size = len(codes)
        column = Single(np.array(codes, dtype=np.int32), vocab, {v: i for i, v in enumerate(vocab)})
        cols = Columns(size, np.ones(size, bool), np.zeros(size, np.int64), {"outlet": column}, {})
        mask = np.array(keep[:size])
        counts = {}
        for code, kept in zip(codes, mask):
            if kept and code:
                counts[vocab[code]] = counts.get(vocab[code], 0) + 1
        expected = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        top, chosen_counts = cols.top("outlet", mask, limit, chosen)
        assert top == expected
        assert chosen_counts == {v: counts.get(v, 0) for v in chosen}
    check()
