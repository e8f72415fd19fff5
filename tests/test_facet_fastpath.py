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
