"""What a build knows: every page's record and occurrences, and each article's best copy
(``Catalog``); the Whoosh document of an article (``document``); a build's result (``BuildResult``).
Shared by the full rebuild (rebuild.py) and the incremental update (update.py)."""
from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from .entities import Resolver
from .quote_index import article_quotes
from .records import REJECTED, Article, Copy, Page, PageRecord
from .records_store import RecordStore
from .schema import ENTITY_SEPARATOR, day_number
from .templates import NO_TEMPLATES, Templates


@dataclass(slots=True)
class Occurrence:
    """Where one copy of an article stands, and how long its body is."""
    path: str                 # relative to the archive
    line_start: int | None
    line_end: int | None
    body_len: int


@dataclass
class Catalog:
    """What a build knows: every page's report and occurrences, and each article's best copy."""
    pages: dict[str, PageRecord] = field(default_factory=dict)    # rel path -> page record
    occurrences: dict[str, list[Occurrence]] = field(default_factory=lambda: defaultdict(list))
    best: dict[str, Article] = field(default_factory=dict)       # id -> longest copy seen
    timings: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)             # rel paths of files not pages
    templates: Templates = NO_TEMPLATES                          # the archive's, pages read with them

    def add_page(self, page: Page, rel: str) -> None:
        record = PageRecord(rel, replace(page.report, path=rel), _stat(page.report.path))
        for article in page.articles:
            occ = Occurrence(rel, article.source.line_start, article.source.line_end, len(article.body))
            self.occurrences[article.id].append(occ)
            record.copies.append(Copy(article.id, occ.line_start, occ.line_end, occ.body_len, article.variants))
            best = self.best.get(article.id)
            if best is None or len(article.body) > len(best.body):
                article.source.path = rel
                self.best[article.id] = article
        self.pages[rel] = record
        self.timings.update(page.timings)


@dataclass
class BuildResult:
    version: Path
    pages: int
    statuses: Counter
    occurrences: int
    articles: int
    added: int = 0
    updated: int = 0
    deleted: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # the archive's files that are not pages


def document(article: Article, occurrences: list[Occurrence], resolver: Resolver) -> dict:
    """The Whoosh document of an article: its best copy's text and metadata, its quotations
    (speakers named by ``resolver``), all its pages."""
    doc = {
        "id": article.id, "title": article.title, "body": article.body, "lang": article.lang,
        "date_inferred": article.date_inferred, "outlet_inferred": article.outlet_inferred,
        **pages_fields(occurrences), "day": 0,
    }
    if article.date:
        day = dt.date.fromisoformat(article.date)
        doc["date"] = dt.datetime(day.year, day.month, day.day)
        doc["day"] = day_number(day)
        doc["month"] = article.date[:7]
    if article.outlet:
        doc["outlet"] = article.outlet
    if article.author:
        doc["author"] = article.author
    for kind, names in article.entities.items():
        if names:
            doc[kind] = ENTITY_SEPARATOR.join(names)
    quotes = article_quotes(article, resolver)
    if quotes:
        doc["quotes"] = quotes
    return doc


def pages_fields(occurrences: list[Occurrence]) -> dict:
    pages = sorted({(o.path, o.line_start, o.line_end) for o in occurrences}, key=lambda p: (p[0], p[1] or 0))
    return {"pages": [list(p) for p in pages], "page_count": len({p[0] for p in pages})}


def best_of(occurrences: list[Occurrence]) -> Occurrence:
    """The copy a document is made from: the longest, the first in path and page order on ties
    (the rebuild's Catalog.add_page keeps the first it meets)."""
    longest = max(o.body_len for o in occurrences)
    return next(o for o in occurrences if o.body_len == longest)


def _stat(path: str) -> list[int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def build_result(version: Path, catalog: Catalog, started: float, articles: int, **changes) -> BuildResult:
    statuses = Counter(p.report.status for p in catalog.pages.values())
    rejected = [(p.path, p.report.reason) for p in catalog.pages.values() if p.report.status == REJECTED]
    return BuildResult(
        version=version, pages=len(catalog.pages), statuses=statuses,
        occurrences=sum(len(p.copies) for p in catalog.pages.values()),
        articles=articles, seconds=time.perf_counter() - started,
        timings=dict(catalog.timings), rejected=sorted(rejected), skipped=list(catalog.skipped),
        **changes)


def records_result(records: RecordStore, version: Path, catalog: Catalog, started: float,
                 **changes) -> BuildResult:
    """An update's result: counts over the whole version, from its records."""
    summary = records.summary()
    return BuildResult(
        version=version, pages=summary["pages"], statuses=Counter(summary["statuses"]),
        occurrences=summary["occurrences"], articles=summary["articles"],
        seconds=time.perf_counter() - started, timings=dict(catalog.timings),
        rejected=records.rejected(), skipped=records.skipped(), **changes)


def relative(paths: list[str], archive: Path) -> list[str]:
    return sorted(os.path.relpath(p, archive) for p in paths)
