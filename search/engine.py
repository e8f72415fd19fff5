"""Run a SearchRequest against an open Whoosh index: hits, facets, totals. No Flask here."""
from __future__ import annotations

import time

from whoosh import query as wq
from whoosh import sorting

from index.schema import ENTITY_SEPARATOR

from . import snippets
from .facets import REGISTRY
from .query import make_parser, parse_text
from .request import SearchRequest
from .results import Hit, SearchResult

MISSING_DAY_LAST = 99_999_999


def run(ix, request: SearchRequest) -> SearchResult:
    """Search, count every facet under all active filters but its own, and page the hits."""
    started = time.perf_counter()
    text_query = parse_text(request.q, _parser(ix)) if request.q else wq.Every()
    with ix.searcher() as searcher:
        matching = set(searcher.docs_for_query(text_query))
        by_filter = {name: set(searcher.docs_for_query(q)) for name, q in filter_queries(request).items()}
        allowed = _intersect(matching, by_filter.values())
        reader = searcher.reader()
        facets = {}
        for facet in REGISTRY:
            others = [docs for name, docs in by_filter.items() if name != _filter_of(facet.name)]
            facets[facet.name] = facet.entries(reader, _intersect(matching, others), request)
        hits = _page(searcher, text_query, allowed, request)
    return SearchResult(query=request.to_json(), total=len(allowed), page=request.page,
                        per_page=request.per_page, hits=hits, facets=facets,
                        took_ms=round((time.perf_counter() - started) * 1000, 1))


def filter_queries(request: SearchRequest) -> dict[str, wq.Query]:
    """One query per active filter: values of one filter are ORed, filters are ANDed."""
    queries = {name: wq.Or([wq.Term(name, value) for value in values])
               for name, values in request.filters().items()}
    if request.date_from or request.date_to:
        start = _day(request.date_from) if request.date_from else 1   # undated (0) never in range
        end = _day(request.date_to) if request.date_to else None
        queries["date"] = wq.NumericRange("day", start, end)
    return queries


def _filter_of(facet_name: str) -> str:
    return facet_name                  # facet "date" is narrowed by the "date" range filter


def _intersect(base: set[int], others) -> set[int]:
    result = base
    for docs in sorted(others, key=len):
        result = result & docs
    return result


def _page(searcher, text_query, allowed: set[int], request: SearchRequest) -> list[Hit]:
    if not allowed:
        return []
    sort = "newest" if request.browse and request.sort == "relevance" else request.sort
    sortedby = None
    if sort == "newest":
        sortedby = sorting.FieldFacet("day", reverse=True)
    elif sort == "oldest":
        sortedby = sorting.TranslateFacet(lambda day: day or MISSING_DAY_LAST, sorting.FieldFacet("day"))
    offset = (request.page - 1) * request.per_page
    if offset >= len(allowed):
        return []
    results = searcher.search(text_query, limit=offset + request.per_page, filter=allowed,
                              sortedby=sortedby, terms=True)
    snippets.configure(results)
    return [_hit(hit, scored=sortedby is None) for hit in results[offset: offset + request.per_page]]


def _hit(hit, scored: bool) -> Hit:
    stored = hit.fields()
    date = stored.get("date")
    snippet = snippets.snippet(hit) if hit.results.q is not None else ""
    return Hit(
        id=stored["id"], title=stored["title"], date=date.date().isoformat() if date else None,
        outlet=stored.get("outlet"), author=stored.get("author"), lang=stored["lang"],
        snippet=snippet, score=round(hit.score, 4) if scored and hit.score is not None else None,
        entities={k: _split(stored.get(k)) for k in ("person", "org", "place")},
        page_count=stored.get("page_count", 1),
    )


def _split(value: str | None) -> list[str]:
    return [v for v in value.split(ENTITY_SEPARATOR) if v] if value else []


def _day(day) -> int:
    return day.year * 10000 + day.month * 100 + day.day


_PARSERS: dict[int, object] = {}


def _parser(ix):
    key = id(ix.schema)
    if key not in _PARSERS:
        _PARSERS[key] = make_parser(ix.schema)
    return _PARSERS[key]
