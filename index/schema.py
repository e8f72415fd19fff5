"""The Whoosh schema: one document per unique article."""
from __future__ import annotations

from whoosh.analysis import RegexTokenizer
from whoosh.fields import BOOLEAN, DATETIME, ID, NUMERIC, STORED, TEXT, Schema

from .analysis import exact_analyzer, stemmed_analyzer

TITLE_BOOST = 2.0


ENTITY_SEPARATOR = "|"


def split_names(value: str | None) -> list[str]:
    """The canonical names stored in an entity field."""
    return [v for v in value.split(ENTITY_SEPARATOR) if v] if value else []


def _names() -> TEXT:
    """One term per canonical name, as written: filters and facets use the names themselves."""
    return TEXT(analyzer=RegexTokenizer(r"[^|]+"), stored=True, sortable=True, phrase=False)


def make_schema() -> Schema:
    stemmed, exact = stemmed_analyzer(), exact_analyzer()
    return Schema(
        id=ID(unique=True, stored=True),
        # searched text, stemmed; "quoted" and exact: queries check the stored text (search/exact.py)
        title=TEXT(analyzer=stemmed, stored=True, field_boost=TITLE_BOOST),
        body=TEXT(analyzer=stemmed, stored=True),
        # metadata: filters, facets, sorting
        date=DATETIME(stored=True),
        day=NUMERIC(int, bits=32, signed=False, sortable=True),   # yyyymmdd, 0 if undated: sorting
        month=ID(stored=True, sortable=True),               # "2021-07", for the date histogram
        date_inferred=BOOLEAN(stored=True),
        outlet=ID(stored=True, sortable=True),
        outlet_inferred=BOOLEAN(stored=True),
        author=TEXT(analyzer=exact, stored=True),
        lang=ID(stored=True, sortable=True),
        # named entities: canonical names joined by "|" (a name may hold a comma)
        person=_names(), org=_names(), place=_names(),
        # provenance: every page the article appeared on
        pages=STORED,
        page_count=NUMERIC(stored=True, sortable=True),
    )
