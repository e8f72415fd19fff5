"""The result object: the one shape the CLI's --json and the web JSON API return."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class Hit:
    id: str
    title: str
    date: str | None
    outlet: str | None
    author: str | None
    lang: str
    snippet: str                        # HTML-escaped text, only <mark> added
    score: float | None                 # None when sorted by date
    entities: dict[str, list[str]]
    page_count: int


@dataclass(slots=True)
class Place:
    """One article a quotation appeared in, and where in its body."""
    article: str
    title: str
    date: str | None
    outlet: str | None
    cue: str | None                     # the words that attributed it there
    speaker_surface: str | None         # the speaker as that article printed it
    start: int | None                   # the quotation's offsets in the article's body
    end: int | None
    page_count: int


@dataclass(slots=True)
class QuoteHit:
    """One quotation (``fahras quotes``, /quotes, /api/quotes): a statement with every article
    it appeared in, the first first."""
    id: str
    text: str                           # as printed
    marked: str                         # HTML-escaped text, the query's words in <mark>
    kind: str                           # direct | indirect | mixed
    speaker: str | None                 # canonical; None when anonymous
    speaker_type: str                   # person | org | anonymous
    speaker_surface: str | None
    lang: str
    date: str | None                    # the first article's (the earliest dated)
    outlets: list[str]
    score: float | None
    article_count: int
    places: list[Place]
    citation: str                       # one line to paste: the words, who, where, when


@dataclass(slots=True)
class SearchResult:
    query: dict
    total: int
    page: int
    per_page: int
    took_ms: float
    hits: list[Hit] | list[QuoteHit] = field(default_factory=list)
    facets: dict[str, list[dict]] = field(default_factory=dict)
    partial: bool = False               # the time limit stopped the search: counts are a lower bound
    translation: dict[str, list[str]] = field(default_factory=dict)   # typed words -> renderings also searched

    def to_json(self) -> dict:
        return asdict(self)
