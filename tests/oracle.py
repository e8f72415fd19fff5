"""An independent oracle of what a search must answer: brute force over the indexed articles.

It shares nothing with the engine's collection path (search/engine.py, search/columns.py):
the documents are read from a plain Whoosh searcher of its own (stored fields, not the facet
columns), the text matches are Whoosh's ``docs_for_query`` on the text query alone (built as the
engine builds it, with the renderings cross-language search adds), scores are
Whoosh's unlimited scored search (with the ranking statistics of live documents that the
product defines, whoosh_fixes.LiveStatsSearcher), and filters, facets, orders and pages are
computed here from the stored fields, in plain Python.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from whoosh.index import open_dir

from index import store, whoosh_fixes
from index.quote_index import QUOTES
from index.schema import split_names
from search.engine import text_query_of
from search.query import make_parser, matches_everything
from search.request import SearchRequest
from search.spellings import Spellings

MULTI = ("person", "org", "place")
QUOTE_MULTI = ("speaker", "outlet")
MISSING_LAST = dt.date.max


@dataclass
class Doc:
    docnum: int
    id: str
    lang: str
    outlet: str | None
    date: dt.date | None
    names: dict[str, frozenset[str]]
    title: str
    body: str

    def value_set(self, name: str) -> frozenset[str]:
        if name in self.names:
            return self.names[name]
        value = getattr(self, name)
        return frozenset([value]) if value else frozenset()

    def month(self) -> str | None:
        return self.date.strftime("%Y-%m") if self.date else None


class Oracle:
    """The articles' oracle; ``quotes=True``: the quotation index's (its documents' words are the
    body, the speaker and the outlets the names, as index/quote_index.py stores them)."""

    def __init__(self, root, quotes: bool = False):
        if quotes:
            self.ix = open_dir(str(store.current_version(root)), indexname=QUOTES)
            self.parser = make_parser(self.ix.schema, boosts={"text": 1.0}, entities=False)
        else:
            self.ix = open_dir(str(store.current_version(root)))
            self.parser = make_parser(self.ix.schema)
        self.searcher = whoosh_fixes.searcher(self.ix)
        self.spellings = Spellings(store.current_version(root))
        self.docs: dict[int, Doc] = {}
        for docnum in self.searcher.reader().all_doc_ids():
            f = self.searcher.stored_fields(docnum)
            date = f.get("date")
            multi = QUOTE_MULTI if quotes else MULTI
            self.docs[docnum] = Doc(docnum, f["id"], f["lang"], None if quotes else f.get("outlet"),
                                    date.date() if date else None,
                                    {k: frozenset(split_names(f.get(k))) for k in multi},
                                    f.get("title", ""), f.get("text" if quotes else "body") or "")
        self.by_id = {d.id: d for d in self.docs.values()}

    def close(self) -> None:
        self.searcher.close()

    # -- what a request selects -----------------------------------------------------------

    def text_query(self, request: SearchRequest):
        """The text query as the engine builds it, renderings in the other language included
        (what the renderings must match is tests/test_translation.py's own oracle)."""
        return text_query_of(request, self.parser, self.searcher.reader(), self.spellings)[0]

    def text_matches(self, request: SearchRequest) -> set[int]:
        query = self.text_query(request)
        if matches_everything(query):
            return set(self.docs)
        return set(self.searcher.docs_for_query(query))

    def scores(self, request: SearchRequest) -> dict[int, float]:
        query = self.text_query(request)
        if matches_everything(query):
            return {}
        return {hit.docnum: hit.score for hit in self.searcher.search(query, limit=None)}

    def obeys(self, doc: Doc, request: SearchRequest, skip: str | None = None) -> bool:
        for name, values in request.filters().items():
            if name != skip and not doc.value_set(name) & set(values):
                return False
        if skip != "date" and (request.date_from or request.date_to):
            if doc.date is None:
                return False
            if request.date_from and doc.date < request.date_from:
                return False
            if request.date_to and doc.date > request.date_to:
                return False
        return True

    def allowed(self, request: SearchRequest, matches: set[int] | None = None) -> set[int]:
        matches = self.text_matches(request) if matches is None else matches
        return {d for d in matches if self.obeys(self.docs[d], request)}

    def order(self, request: SearchRequest) -> list[str]:
        """The ids of every allowed document, best first: (score desc, docnum) for relevance
        with text; newest or oldest first (undated last, then docnum) otherwise."""
        matches = self.text_matches(request)
        allowed = self.allowed(request, matches)
        browse = matches_everything(self.text_query(request))
        sort = "newest" if browse and request.sort == "relevance" else request.sort
        if sort == "relevance":
            scores = self.scores(request)
            ranked = sorted(allowed, key=lambda d: (-scores[d], d))
        elif sort == "oldest":
            ranked = sorted(allowed, key=lambda d: (self.docs[d].date or MISSING_LAST, d))
        else:
            ranked = sorted(allowed, key=lambda d: (-_ordinal(self.docs[d].date), d))
        return [self.docs[d].id for d in ranked]

    def facet_counts(self, request: SearchRequest, name: str) -> Counter:
        """Documents per value of a facet among the text matches under every other filter."""
        matches = self.text_matches(request)
        counts: Counter = Counter()
        skip = "date" if name == "date" else name
        for d in matches:
            doc = self.docs[d]
            if not self.obeys(doc, request, skip=skip):
                continue
            if name == "date":
                if doc.month():
                    counts[doc.month()] += 1
            else:
                for value in doc.value_set(name):
                    counts[value] += 1
        return counts

    # -- vocabulary to draw requests from -------------------------------------------------

    def values(self, name: str) -> list[str]:
        return sorted({v for d in self.docs.values() for v in d.value_set(name)})

    def dates(self) -> list[dt.date]:
        return sorted({d.date for d in self.docs.values() if d.date})

    def words(self, lang: str, limit: int = 400) -> list[str]:
        """Words as written in the articles' titles (the quotations' words), in one script."""
        seen: dict[str, None] = {}
        for doc in self.docs.values():
            if doc.lang != lang:
                continue
            for word in (doc.title or doc.body).split():
                word = word.strip(".,:;!?\"'()«»[]،؛؟")
                if len(word) > 2 and word.isalpha():
                    seen.setdefault(word)
            if len(seen) >= limit:
                break
        return list(seen)

    def phrases(self, limit: int = 120) -> list[str]:
        """Runs of two or three consecutive words from article bodies."""
        out = []
        for doc in list(self.docs.values())[::max(1, len(self.docs) // limit)]:
            words = [w for w in doc.body.split()[:40] if w.isalpha()]
            if len(words) >= 3:
                out.append(" ".join(words[1:3 + (doc.docnum % 2)]))
        return out[:limit]


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


