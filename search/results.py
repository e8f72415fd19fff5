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
class SearchResult:
    query: dict
    total: int
    page: int
    per_page: int
    took_ms: float
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[dict]] = field(default_factory=dict)
    partial: bool = False               # the time limit stopped the search: counts are a lower bound

    def to_json(self) -> dict:
        return asdict(self)
