"""The hits an export takes (the CSV's, in the pages' order; the feed's, newest dated first) and
the CSV itself (spreadsheet-safe). The Atom feed is written by feed.py. No Flask here.

The CSV starts with a UTF-8 byte order mark, which is how Excel knows the file is UTF-8 (without
it, Arabic opens as mojibake); csv readers take it off with the encoding ``utf-8-sig``.
"""
from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass

import numpy as np

from .display import visible_controls
from .engine import evaluate
from .request import SearchRequest
from .results import Hit, QuoteHit
from .settings import default

ATOM_ENTRIES = default("atom_entries")
CSV_COLUMNS = ("id", "title", "date", "outlet", "author", "lang", "page_count", "person", "org",
               "place", "snippet", "url")
QUOTE_CSV_COLUMNS = ("id", "text", "kind", "speaker", "speaker_type", "speaker_as_printed", "lang",
                     "date", "outlets", "article_count", "first_article", "first_title", "citation", "url")
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARK = re.compile(r"</?mark>")


def all_hits(version, request: SearchRequest, limit: int) -> tuple[int, list[Hit]]:
    """Up to ``limit`` hits of a search, in its sort order (the order of its pages), and the
    total: one evaluation, no facets; snippets (the CSV's plain-text column)."""
    found = evaluate(version, request, facets=False)
    return found.total, found.hits(0, limit)


@dataclass(slots=True)
class FeedHits:
    hits: list[Hit]          # the newest dated matches, newest first
    total: int               # every match
    undated: int             # matches with no date: not in the feed


def newest_hits(version, request: SearchRequest, count: int = ATOM_ENTRIES) -> FeedHits:
    """The ``count`` newest matches of a search that have a date, with snippets: a feed's
    entries (undated ones sort last in the newest-first order, and are counted, not listed)."""
    found = evaluate(version, request.replace(sort="newest", page=1), facets=False)
    days = version.columns(found.searcher).day[found.order]
    dated = int(np.count_nonzero(days))
    return FeedHits(found.hits(0, min(count, dated)), found.total, found.total - dated)


def to_csv(hits: list[Hit], article_url) -> str:
    """One row per hit, after a byte order mark; cells that a spreadsheet would run as a formula
    are neutralized. ``snippet`` is plain text (the highlighting taken off, entities unescaped);
    ``url`` is the article's page here (the index keeps no URL of the original source)."""
    return _table(CSV_COLUMNS, ((
        h.id, h.title, h.date or "", h.outlet or "", h.author or "", h.lang, h.page_count,
        "; ".join(h.entities["person"]), "; ".join(h.entities["org"]),
        "; ".join(h.entities["place"]), " ".join(plain_snippet(h.snippet).split()), article_url(h.id))
        for h in hits))


def to_quotes_csv(hits: list[QuoteHit], quote_url) -> str:
    """One row per quotation, as ``to_csv`` writes them: the words, who said them, where they
    first appeared (and how many articles printed them), the citation line, and ``url``: the
    first article's page here with the quotation marked (``quote_url(place)``)."""
    return _table(QUOTE_CSV_COLUMNS, ((
        h.id, " ".join(h.text.split()), h.kind, h.speaker or "", h.speaker_type, h.speaker_surface or "",
        h.lang, h.date or "", "; ".join(h.outlets), h.article_count, h.places[0].article,
        h.places[0].title, h.citation, quote_url(h.places[0])) for h in hits))


def _table(columns: tuple[str, ...], rows) -> str:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _cell(value) -> str:
    """A cell a spreadsheet shows as text: never a formula, direction controls visible."""
    text = visible_controls(str(value))
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def plain_snippet(snippet: str) -> str:
    """A snippet as plain text: the highlighting taken off, entities unescaped."""
    return html.unescape(_MARK.sub("", snippet))
