"""The `fahras` command line."""
from __future__ import annotations

import json
import sys
from collections import Counter

import click

from index.ingest import ingest
from index.records import REJECTED, Page


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Fahras: full-text search over a bilingual (English/Arabic) news archive."""


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--jsonl", is_flag=True,
              help="Print one JSON object per article occurrence (stdout) and a summary (stderr).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes that parse pages in parallel.")
def ingest_command(paths: tuple[str, ...], jsonl: bool, workers: int) -> None:
    """Read archive pages (files or folders, recursively) and report what each yields.

    Touches no index. Every page is reported as indexed, duplicate or rejected with a reason.
    """
    totals = Totals()
    for page in ingest(paths, workers=workers):
        totals.add(page)
        if jsonl:
            for article in page.articles:
                click.echo(json.dumps(article.to_json(), ensure_ascii=False))
        else:
            click.echo(_page_line(page))
    click.echo(totals.summary(), err=jsonl)


class Totals:
    def __init__(self) -> None:
        self.status = Counter()
        self.occurrences = self.duplicates = self.teasers = 0
        self.rejected: list[tuple[str, str]] = []

    def add(self, page: Page) -> None:
        report = page.report
        self.status[report.status] += 1
        self.occurrences += report.articles
        self.duplicates += report.duplicates
        self.teasers += report.teasers
        if report.status == REJECTED:
            self.rejected.append((report.path, report.reason or ""))

    def summary(self) -> str:
        pages = sum(self.status.values())
        lines = [
            f"pages: {pages} (indexed {self.status['indexed']}, duplicate {self.status['duplicate']},"
            f" rejected {self.status['rejected']})",
            f"article occurrences: {self.occurrences}, unique articles: "
            f"{self.occurrences - self.duplicates}, duplicates: {self.duplicates},"
            f" teasers: {self.teasers}",
        ]
        lines += [f"rejected {path}: {reason}" for path, reason in self.rejected]
        return "\n".join(lines)


def _page_line(page: Page) -> str:
    r = page.report
    if r.status == REJECTED:
        return f"rejected   {r.path}: {r.reason}"
    return (f"{r.status:<10} {r.path}: {r.articles} articles ({r.duplicates} duplicates),"
            f" {r.teasers} teasers, {r.video_titles} video titles, {r.dropped_lines} boilerplate"
            f" lines dropped, {r.orphan_lines} unattached lines [{r.format}, {r.encoding}]")


if __name__ == "__main__":
    sys.exit(main())
