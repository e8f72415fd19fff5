"""Run a SearchRequest against an open index version: hits, total, facets. No Flask here.

One collection path for every sort, filter, page and time budget:

1. ``collect`` (collect.py): the text query's matching documents, each with its score, read as
   arrays from the matcher trees Whoosh builds (BM25F, no top-N shortcuts: Whoosh's
   block-quality skipping dropped documents that belonged in the top N, so a page of 10 and a
   page of 100 disagreed), watching the time budget;
2. each filter is a mask over the version's facet columns (``columns.py``); the hits allowed are
   the matches under every filter; the total and each facet count masks;
3. the allowed documents are ordered by score (ties by document number) or by date, and a page is
   a slice of that one order.

So every hit obeys every filter, a partial answer (budget spent) obeys them too and its total and
facets count the same documents as its hits, and pages neither repeat nor skip.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from index.schema import day_number

from . import snippets as snippet_text
from .budget import QUERY_TIME_LIMIT_S, budget
from .collect import collect
from .columns import Columns
from .query import check_expansions, matches_everything, parse_text
from .request import SearchRequest
from .results import SearchResult
from .spellings import Spellings
from .translate import translate

MISSING_DAY_LAST = 99_999_999


@dataclass
class Evaluation:
    """What a request selects: the allowed documents in their order, and the counts."""
    searcher: object
    text_query: object | None
    order: np.ndarray            # allowed document numbers, best first
    scores: np.ndarray | None    # by document number; None when browsing or sorted by date
    facets: dict[str, list[dict]]
    partial: bool
    request: SearchRequest       # the request as evaluated: filter values canonical
    version: object              # the open index (articles or quotations): its hits
    translation: dict[str, list[str]] = field(default_factory=dict)   # typed words -> renderings searched

    @property
    def total(self) -> int:
        return len(self.order)

    def hits(self, start: int, stop: int, snippets: bool = True) -> list:
        """Hits start..stop of the order, made by the version searched (articles' or quotations')."""
        terms = None
        if snippets and self.text_query is not None:
            terms = snippet_text.query_terms(self.text_query, self.searcher.reader(),
                                             self.version.parser.text_fields)
        return [self.version.hit(self.searcher.stored_fields(int(docnum)),
                                 None if self.scores is None else float(self.scores[docnum]), terms, snippets)
                for docnum in self.order[start:stop]]


def evaluate(version, request: SearchRequest, time_limit: float = QUERY_TIME_LIMIT_S,
             facets: bool = True) -> Evaluation:
    """Match, filter, count and order; past ``time_limit`` seconds collection stops and the
    evaluation is ``partial`` (its counts are a lower bound)."""
    searcher = version.searcher()
    spellings = version.spellings(searcher)
    text_query, translation = text_query_of(request, version.parser, searcher.reader(), spellings)
    cols = version.columns(searcher)
    request = canonical_filters(request, cols, spellings)
    browse = matches_everything(text_query)
    with budget(time_limit) as spent:
        if browse:
            matching, scores = cols.live, None
        else:
            matching, scores = collect(searcher, text_query, cols.size, version.arrays)
        masks = filter_masks(cols, request)
        allowed = _and(matching, masks.values())
        counted = {}
        if facets:
            for facet in version.facets:
                others = [mask for name, mask in masks.items() if name != facet.filter]
                counted[facet.name] = facet.entries(cols, _and(matching, others), request)
    sort = "newest" if browse and request.sort == "relevance" else request.sort
    order = _order(cols, allowed, scores if sort == "relevance" else None, sort)
    return Evaluation(searcher, text_query, order, scores if sort == "relevance" else None,
                      counted, spent.partial, request, version, translation)


def text_query_of(request: SearchRequest, parser, reader, spellings: Spellings) -> tuple[object | None, dict]:
    """The text query a request searches (None when browsing), parsed and checked, with its words'
    renderings in the other language (search/translate.py), and the renderings used."""
    if request.browse:
        return None, {}
    parsed = parse_text(request.q, parser)
    check_expansions(parsed, reader)
    return translate(parsed, parser, reader, request, spellings.name_words)


def run(version, request: SearchRequest, time_limit: float = QUERY_TIME_LIMIT_S, *,
        facets: bool = True, snippets: bool = True) -> SearchResult:
    """One page of hits, the total, and every facet counted under all active filters but its own."""
    started = time.perf_counter()
    found = evaluate(version, request, time_limit, facets=facets)
    offset = (request.page - 1) * request.per_page
    hits = found.hits(offset, offset + request.per_page, snippets=snippets)
    return SearchResult(query=found.request.to_json(), total=found.total, page=request.page,
                        per_page=request.per_page, hits=hits, facets=found.facets,
                        took_ms=round((time.perf_counter() - started) * 1000, 1),
                        partial=found.partial, translation=found.translation)


def canonical_filters(request: SearchRequest, cols: Columns, spellings: Spellings) -> SearchRequest:
    """The request with each filter value as the index holds it: "Trump", "ترامب" and "donald
    trump" filter as Donald Trump (search/spellings.py)."""
    changed = {}
    for name, values in request.filters().items():
        if name in cols.single or name in cols.multi:
            known = (cols.single.get(name) or cols.multi[name]).index
            canonical = list(dict.fromkeys(spellings.canonical(name, v, known) for v in values))
            if canonical != values:
                changed[name] = canonical
    return request.replace(**changed) if changed else request


def filter_masks(cols: Columns, request: SearchRequest) -> dict[str, np.ndarray]:
    """One mask per active filter: values of one filter are ORed, filters are ANDed."""
    masks = {name: cols.values_mask(name, values) for name, values in request.filters().items()}
    if request.date_from or request.date_to:
        start = day_number(request.date_from) if request.date_from else 1   # undated (0) never in range
        masks["date"] = cols.day_mask(start, day_number(request.date_to) if request.date_to else None)
    return masks


def _and(base: np.ndarray, others) -> np.ndarray:
    result = base
    for mask in others:
        result = result & mask
    return result


def _order(cols: Columns, allowed: np.ndarray, scores: np.ndarray | None, sort: str) -> np.ndarray:
    """The allowed documents, best first: by score (then document number), or by date (undated
    last, then document number)."""
    docs = np.flatnonzero(allowed)
    if scores is not None:
        return docs[np.lexsort((docs, -scores[docs]))]
    days = cols.day[docs]
    if sort == "oldest":
        return docs[np.lexsort((docs, np.where(days == 0, MISSING_DAY_LAST, days)))]
    return docs[np.lexsort((docs, -days))]
