"""The Whoosh schema: one document per unique article."""
from __future__ import annotations

from pickle import dumps

from whoosh.analysis import RegexTokenizer
from whoosh.fields import BOOLEAN, DATETIME, ID, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions
from whoosh.system import pack_uint

from .analysis import FusedAnalyzer, exact_analyzer, stemmed_analyzer

TITLE_BOOST = 2.0


ENTITY_SEPARATOR = "|"


def split_names(value: str | None) -> list[str]:
    """The canonical names stored in an entity field."""
    return [v for v in value.split(ENTITY_SEPARATOR) if v] if value else []


def _names() -> TEXT:
    """One term per canonical name, as written: filters and facets use the names themselves."""
    return TEXT(analyzer=RegexTokenizer(r"[^|]+"), stored=True, sortable=True, phrase=False)


class StemmedText(TEXT):
    """TEXT over the fused analyzer, indexed straight from each term's positions rather than
    through Whoosh's token objects and per-word dictionaries: the same (term, frequency, weight,
    encoded positions) Whoosh's TEXT.index gives (tests/test_fast_write.py), a third of the
    time."""

    def index(self, value, **kwargs):
        if not (isinstance(value, str) and isinstance(self.analyzer, FusedAnalyzer)
                and type(self.format) is Positions):
            return super().index(value, **kwargs)
        boost = self.format.field_boost
        return [(term.encode("utf-8"), len(positions), float(len(positions)) * boost, _encoded(positions))
                for term, positions in FusedAnalyzer.term_positions(value).items()]


def _encoded(positions: list[int]) -> bytes:
    """Positions.encode: the count, then the pickled gaps. Most terms occur once in a text: one
    shared bytes object per single position, which the postings' pickler also writes once per
    block (12% smaller postings)."""
    if len(positions) == 1 and positions[0] < len(_ONE_POSITION):
        return _ONE_POSITION[positions[0]]
    return pack_uint(len(positions)) + dumps([b - a for a, b in zip([0] + positions, positions)], 2)


_ONE_POSITION = [pack_uint(1) + dumps([p], 2) for p in range(1 << 14)]


def make_schema() -> Schema:
    stemmed, exact = stemmed_analyzer(), exact_analyzer()
    return Schema(
        id=ID(unique=True, stored=True),
        # searched text, stemmed; "quoted" and exact: queries check the stored text (search/exact.py)
        title=StemmedText(analyzer=stemmed, stored=True, field_boost=TITLE_BOOST),
        body=StemmedText(analyzer=stemmed, stored=True),
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
