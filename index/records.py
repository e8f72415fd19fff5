"""The records that pass between ingest stages."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Page statuses.
INDEXED = "indexed"        # at least one new article
DUPLICATE = "duplicate"    # every article on it was already seen
REJECTED = "rejected"      # nothing usable, with a reason


@dataclass(slots=True)
class Source:
    path: str
    line_start: int | None = None
    line_end: int | None = None


@dataclass(slots=True)
class Article:
    """One occurrence of an article on a page."""
    title: str
    body: str
    lang: str
    source: Source
    date: str | None = None            # ISO YYYY-MM-DD
    date_inferred: bool = False        # the year (or the date) was not printed
    outlet: str | None = None
    outlet_inferred: bool = False      # from house style, staff or a photo credit, not a credit
    author: str | None = None
    id: str = ""
    key: str = ""                      # dedup.article_key(): set where the page is parsed
    duplicate: bool = False
    mentions: list = field(default_factory=list)      # entities.Mention, resolved by the ingester
    entities: dict[str, list[str]] = field(default_factory=dict)   # type -> canonical names
    variants: list[list[str]] = field(default_factory=list)        # [type, name, spelling]

    def to_json(self) -> dict:
        return {
            "id": self.id, "title": self.title, "date": self.date,
            "date_inferred": self.date_inferred, "outlet": self.outlet,
            "outlet_inferred": self.outlet_inferred, "author": self.author, "lang": self.lang,
            "body": self.body, "source": asdict(self.source), "duplicate": self.duplicate,
            "entities": self.entities,
        }


@dataclass(slots=True)
class PageReport:
    path: str
    status: str = INDEXED
    reason: str | None = None
    format: str | None = None          # txt | html-blog | html-article
    encoding: str | None = None
    sha256: str | None = None
    articles: int = 0                  # article occurrences found
    duplicates: int = 0                # of which already seen
    teasers: int = 0
    video_titles: int = 0
    dropped_lines: int = 0             # boilerplate lines removed
    orphan_lines: int = 0              # text lines that belong to no article

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Page:
    """What one page yields: its articles (in page order) and its report."""
    report: PageReport
    articles: list[Article] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per ingest stage


@dataclass(slots=True)
class Copy:
    """One copy of an article on a page, as the records keep it (records_store.py)."""
    id: str
    line_start: int | None
    line_end: int | None
    body_len: int
    variants: list[list[str]] = field(default_factory=list)   # [type, name, spelling] of its names


@dataclass(slots=True)
class PageRecord:
    """What a version keeps of one page: its report (path relative to the archive), the stat it
    was read with, and every copy of an article on it, in page order."""
    path: str
    report: PageReport
    stat: list[int] | None
    copies: list[Copy] = field(default_factory=list)
