"""The Whoosh schema: one document per unique article."""
from __future__ import annotations

import re
import sys
from array import array
from collections import Counter

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


def names_field() -> TEXT:
    """One term per canonical name, as written: filters and facets use the names themselves."""
    return NamesText(analyzer=RegexTokenizer(NAME_PATTERN), stored=True, sortable=True, phrase=False)


NAME_PATTERN = r"[^|]+"
_NAME = re.compile(NAME_PATTERN)


class NamesText(TEXT):
    """TEXT over names joined by "|", indexed by one regular expression rather than through
    Whoosh's token objects: the same (term, frequency, weight, encoded frequency) Whoosh's
    TEXT.index gives (tests/test_fast_write.py)."""

    def index(self, value, **kwargs):
        if not isinstance(value, str):
            return super().index(value, **kwargs)
        boost = self.format.field_boost
        return [(name.encode("utf-8"), count, float(count) * boost, pack_uint(count))
                for name, count in Counter(m.group() for m in _NAME.finditer(value)).items()]


class PackedPositions(Positions):
    """Whoosh's Positions format with the positions packed as an array of unsigned shorts (or
    ints past 65,535) behind a one-letter type code, instead of a count and a pickled list of
    gaps. One position takes 3 bytes instead of 13; decoding is one C call. Most postings of a
    news archive hold a single position, so this is most of a term's inlined postings."""

    def encode(self, poslist) -> bytes:
        if len(poslist) == 1 and poslist[0] < len(_ONE_POSITION):
            return _ONE_POSITION[poslist[0]]   # made once: most postings hold one position
        return _pack(poslist)

    def decode_positions(self, valuestring) -> list[int]:
        packed = array(chr(valuestring[0]), bytes(valuestring[1:]))
        if _SWAP:
            packed.byteswap()
        return packed.tolist()

    def decode_frequency(self, valuestring) -> int:
        return (len(valuestring) - 1) // (2 if valuestring[0] == 72 else 4)     # 72: "H"

    def decode_weight(self, valuestring) -> float:
        return self.decode_frequency(valuestring) * self.field_boost


_SWAP = sys.byteorder == "big"             # stored little-endian, whatever the machine


def _pack(positions) -> bytes:
    code = "H" if max(positions) < 1 << 16 else "I"
    packed = array(code, positions)
    if _SWAP:
        packed.byteswap()
    return code.encode() + packed.tobytes()


_ONE_POSITION = [_pack([p]) for p in range(1 << 14)]


class StemmedText(TEXT):
    """TEXT over the fused analyzer with packed positions, indexed straight from each term's
    positions rather than through Whoosh's token objects and per-word dictionaries: the same
    (term, frequency, weight, encoded positions) Whoosh's TEXT.index gives
    (tests/test_fast_write.py), a third of the time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.format = PackedPositions(field_boost=self.format.field_boost)

    def index(self, value, **kwargs):
        if not (isinstance(value, str) and isinstance(self.analyzer, FusedAnalyzer)):
            return super().index(value, **kwargs)
        boost, encode = self.format.field_boost, self.format.encode
        return [(term.encode("utf-8"), len(positions), float(len(positions)) * boost, encode(positions))
                for term, positions in FusedAnalyzer.term_positions(value).items()]


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
        person=names_field(), org=names_field(), place=names_field(),
        # who said what: the quotations read from the body (quote_index.article_quotes)
        quotes=STORED,
        # provenance: every page the article appeared on
        pages=STORED,
        page_count=NUMERIC(stored=True, sortable=True),
    )


def day_number(day) -> int:
    """A date as the yyyymmdd number of the ``day`` field (0: undated)."""
    return day.year * 10000 + day.month * 100 + day.day
