"""Run a SearchRequest against an open Whoosh index: hits, facets, totals. No Flask here.

Whoosh finds the documents matching the text and ranks them; filters, totals, facet counts and
date sorting run on per-version column arrays (``columns.py``); snippets are built from the
query's terms over the stored body (``snippets.py``).
"""
from __future__ import annotations

import os
import threading
import time
from itertools import islice

import numpy as np
from whoosh import query as wq
from whoosh.collectors import TimeLimit, TimeLimitCollector

from index.schema import split_names

from . import snippets
from .budget import QUERY_TIME_LIMIT_S, budget, expired
from .columns import Columns, columns_for
from .facets import REGISTRY
from .query import check_expansions, make_parser, parse_text
from .request import SearchRequest
from .results import Hit, SearchResult

MISSING_DAY_LAST = 99_999_999
_SEARCHERS = threading.local()
KEEP_SEARCHERS = 4


def searcher_for(ix):
    """A searcher kept open per thread and index: opening one reads every segment's files
    (over 100 ms on a large index). Refreshed when the index has changed (an update). When a
    rebuild switches versions, the thread's searcher of the old version is closed, so a worker
    does not keep two versions mapped; a few indexes per thread are kept (tests open several)."""
    cache = getattr(_SEARCHERS, "by_index", None)
    if cache is None:
        cache = _SEARCHERS.by_index = {}
    entry = cache.pop(id(ix), None)               # (ix, searcher): holding ix keeps its id unique
    if entry is None:
        searcher = ix.searcher()
        root = _root(ix)
        for key in [k for k, (other, _) in cache.items() if root is not None and _root(other) == root]:
            cache.pop(key)[1].close()             # an older version of the same index
    else:
        searcher = entry[1] if entry[1].up_to_date() else entry[1].refresh()
    cache[id(ix)] = (ix, searcher)
    while len(cache) > KEEP_SEARCHERS:
        oldest = next(iter(cache))
        cache.pop(oldest)[1].close()
    return searcher


def _root(ix):
    """The index root a version folder belongs to (ROOT/versions/NAME), if on disk."""
    folder = getattr(ix.storage, "folder", None)
    return os.path.dirname(os.path.dirname(os.path.abspath(folder))) if folder else None


def run(ix, request: SearchRequest, time_limit: float = QUERY_TIME_LIMIT_S) -> SearchResult:
    """Search, count every facet under all active filters but its own, and page the hits.
    Past ``time_limit`` seconds the search stops collecting: totals and facets count the
    documents found so far and the result says ``partial``."""
    started = time.perf_counter()
    text_query = parse_text(request.q, _parser(ix)) if request.q else None
    searcher = searcher_for(ix)
    if text_query is not None:
        check_expansions(text_query, searcher.reader())
    cols = columns_for(ix, searcher)
    with budget(time_limit) as spent:
        matching = _text_mask(searcher, cols, text_query)
        filters = filter_masks(cols, request)
        allowed = _and(matching, filters.values())
        facets = {}
        for facet in REGISTRY:
            others = [mask for name, mask in filters.items() if name != facet.filter]
            facets[facet.name] = facet.entries(cols, _and(matching, others), request)
        hits = _page(searcher, cols, text_query, allowed, request, spent)
    return SearchResult(query=request.to_json(), total=int(allowed.sum()), page=request.page,
                        per_page=request.per_page, hits=hits, facets=facets,
                        took_ms=round((time.perf_counter() - started) * 1000, 1),
                        partial=spent.partial)


def filter_masks(cols: Columns, request: SearchRequest) -> dict[str, np.ndarray]:
    """One mask per active filter: values of one filter are ORed, filters are ANDed."""
    masks = {name: cols.values_mask(name, values) for name, values in request.filters().items()}
    if request.date_from or request.date_to:
        start = _day(request.date_from) if request.date_from else 1   # undated (0) never in range
        masks["date"] = cols.day_mask(start, _day(request.date_to) if request.date_to else None)
    return masks


def _text_mask(searcher, cols: Columns, text_query) -> np.ndarray:
    if text_query is None or isinstance(text_query, wq.Every):
        return cols.live.copy()
    mask = np.zeros(cols.size, bool)
    found = searcher.docs_for_query(text_query)
    while True:                                     # in chunks, minding the time budget
        chunk = np.fromiter(islice(found, _CHUNK), dtype=np.int64)
        mask[chunk] = True
        if len(chunk) < _CHUNK or expired():
            return mask


_CHUNK = 8192
RANKING_GRACE_S = 0.5        # ranking still gets this long when the budget is spent: some hits


def _and(base: np.ndarray, others) -> np.ndarray:
    result = base
    for mask in others:
        result = result & mask
    return result


def _page(searcher, cols: Columns, text_query, allowed: np.ndarray, request: SearchRequest,
          spent) -> list[Hit]:
    offset = (request.page - 1) * request.per_page
    total = int(allowed.sum())
    if offset >= total:
        return []
    sort = "newest" if request.browse and request.sort == "relevance" else request.sort
    if sort == "relevance" and text_query is not None:
        allow = None if total == int(cols.live.sum()) and not spent.partial \
            else set(np.flatnonzero(allowed).tolist())
        ranked = _ranked(searcher, text_query, allow, offset, request.per_page, spent)
    else:
        docs = np.flatnonzero(allowed)
        days = cols.day[docs]
        if sort == "oldest":
            order = np.lexsort((docs, np.where(days == 0, MISSING_DAY_LAST, days)))
        else:
            order = np.lexsort((docs, -days))
        ranked = [(int(d), None) for d in docs[order[offset: offset + request.per_page]]]
    terms = snippets.query_terms(text_query, searcher.reader()) if text_query is not None else None
    return [_hit(searcher.stored_fields(docnum), score, terms) for docnum, score in ranked]


def _ranked(searcher, text_query, allow, offset: int, per_page: int, spent) -> list[tuple[int, float]]:
    """The page of hits by relevance, within what is left of the time budget."""
    collector = TimeLimitCollector(searcher.collector(limit=offset + per_page, filter=allow),
                                   timelimit=max(spent.remaining(), RANKING_GRACE_S), use_alarm=False)
    try:
        searcher.search_with_collector(text_query, collector)
    except TimeLimit:
        spent.partial = True
    results = collector.results()
    return [(hit.docnum, hit.score) for hit in results[offset: offset + per_page]]


def _hit(stored: dict, score: float | None, terms) -> Hit:
    date = stored.get("date")
    return Hit(
        id=stored["id"], title=stored["title"], date=date.date().isoformat() if date else None,
        outlet=stored.get("outlet"), author=stored.get("author"), lang=stored["lang"],
        snippet=snippets.snippet(stored.get("body") or "", terms),
        score=round(score, 4) if score is not None else None,
        entities={k: split_names(stored.get(k)) for k in ("person", "org", "place")},
        page_count=stored.get("page_count", 1),
    )


def _day(day) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _parser(ix):
    """The query parser of an open index, made once. (``ix.schema`` unpickles the schema anew on
    every access: keyed by its id, a cache grew by one parser per query, 270 MB in 3,000 queries.)"""
    parser = getattr(ix, "_fahras_parser", None)
    if parser is None:
        parser = ix._fahras_parser = make_parser(ix.schema)
    return parser
