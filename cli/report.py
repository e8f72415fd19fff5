"""The one way the command line writes page counts, an ingest's totals and a build's result."""
from __future__ import annotations

from collections import Counter

from index.catalog import BuildResult
from index.records import REJECTED, Page

from . import terminal

SHOWN_SKIPPED = 10           # files named in a report's "skipped … not pages" line


def pages_line(pages: int, statuses) -> str:
    return (f"pages: {pages:,} (indexed {statuses.get('indexed', 0):,},"
            f" duplicate {statuses.get('duplicate', 0):,}, rejected {statuses.get('rejected', 0):,})")


def skipped_lines(skipped: list[str]) -> list[str]:
    """The report's line for the files that are not pages (not counted among the pages)."""
    if not skipped:
        return []
    names = ", ".join(skipped[:SHOWN_SKIPPED])
    more = f" and {len(skipped) - SHOWN_SKIPPED:,} more" if len(skipped) > SHOWN_SKIPPED else ""
    what = "is not a page" if len(skipped) == 1 else "are not pages"
    return [f"skipped {terminal.count(len(skipped), 'file')} that {what}: {names}{more}"]


def rejected_lines(rejected: list[tuple[str, str]]) -> list[str]:
    return [f"rejected {path}: {reason}" for path, reason in rejected]


def build_summary(label: str, r: BuildResult) -> str:
    total = sum(r.timings.values()) or 1.0
    shares = ", ".join(f"{stage} {100 * seconds / total:.0f}%"
                       for stage, seconds in sorted(r.timings.items(), key=lambda kv: -kv[1]))
    return "\n".join([
        f"{label}: version {r.version.name} in {r.seconds:.1f} s",
        pages_line(r.pages, r.statuses),
        *skipped_lines(r.skipped),
        f"article occurrences: {r.occurrences:,}, unique articles: {r.articles:,}"
        f" (added {r.added:,}, updated {r.updated:,}, deleted {r.deleted:,})",
        f"time by stage: {shares}",
        *rejected_lines(r.rejected),
    ])


class Totals:
    """What ``fahras ingest`` read, page by page."""

    def __init__(self, skipped: list[str] | None = None) -> None:
        self.status = Counter()
        self.occurrences = self.duplicates = self.teasers = 0
        self.rejected: list[tuple[str, str]] = []
        self.skipped = list(skipped or [])          # files that are not pages: not counted

    def add(self, page: Page) -> None:
        report = page.report
        self.status[report.status] += 1
        self.occurrences += report.articles
        self.duplicates += report.duplicates
        self.teasers += report.teasers
        if report.status == REJECTED:
            self.rejected.append((report.path, report.reason or ""))

    def summary(self) -> str:
        return "\n".join([
            pages_line(sum(self.status.values()), self.status),
            *skipped_lines(self.skipped),
            f"article occurrences: {self.occurrences:,}, unique articles: "
            f"{self.occurrences - self.duplicates:,}, duplicates: {self.duplicates:,},"
            f" teasers: {self.teasers:,}",
            *rejected_lines(self.rejected),
        ])


def page_line(page: Page) -> str:
    r = page.report
    if r.status == REJECTED:
        return f"rejected   {r.path}: {r.reason}"
    n = terminal.count
    return (f"{r.status:<10} {r.path}: {n(r.articles, 'article')} ({n(r.duplicates, 'duplicate')}),"
            f" {n(r.teasers, 'teaser')}, {n(r.video_titles, 'video title')},"
            f" {n(r.dropped_lines, 'boilerplate line')} dropped,"
            f" {n(r.orphan_lines, 'unattached line')} [{r.format}, {r.encoding}]")
