"""The `fahras` command line."""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

import click

from index import store
from index.analysis import analyze
from index.build import BuildResult, rebuild, update
from index.ingest import ingest
from index.progress import Progress
from index.records import REJECTED, Page
from index.entities import TYPES
from index.stats import entity_table, index_stats

from . import terminal
from .engine import run
from .errors import InvalidQuery
from .reader import LiveIndex, NoIndex
from .request import LANGUAGES, SORTS, SearchRequest, parse_day

ARCHIVE_HELP = "Archive folder (default: $FAHRAS_ARCHIVE)."
INDEX_HELP = "Index root folder (default: $FAHRAS_INDEX, else the Flask instance folder)."


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


def _index_root(index: str | None) -> Path:
    return Path(index) if index else store.default_index_root()


def _archive(archive: str | None) -> Path | None:
    chosen = archive or os.environ.get("FAHRAS_ARCHIVE")
    return Path(chosen) if chosen else None


@main.command("rebuild")
@click.option("--archive", type=click.Path(file_okay=False), help=ARCHIVE_HELP)
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
def rebuild_command(archive: str | None, index: str | None, workers: int) -> None:
    """Build a new index version from the whole archive, check it, then switch to it.

    The live version keeps serving until the switch; a failed or interrupted build leaves it as it was.
    """
    source = _archive(archive)
    if source is None:
        raise click.UsageError("no archive: pass --archive DIR or set FAHRAS_ARCHIVE")
    _run(lambda progress: rebuild(source, _index_root(index), workers, progress), "rebuild")


@main.command("update")
@click.option("--archive", type=click.Path(file_okay=False),
              help="Archive folder (default: $FAHRAS_ARCHIVE, else the one the index was built from).")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
def update_command(archive: str | None, index: str | None, workers: int) -> None:
    """Re-read only pages that are new, changed or removed since the last build, in place."""
    _run(lambda progress: update(_archive(archive), _index_root(index), workers, progress), "update")


def _run(job, label: str) -> None:
    progress = Progress(label=label)
    try:
        result = job(progress)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    except KeyboardInterrupt:
        raise click.ClickException(f"{label} interrupted; the live index is unchanged") from None
    except OSError as err:                # a full disk, a read-only or vanished folder
        where = f" ({err.filename})" if err.filename else ""
        raise click.ClickException(
            f"{label} failed: {err.strerror or err}{where}. The live index is unchanged"
            + ("; the partial build was removed." if label == "rebuild" else ".")) from None
    click.echo(_build_summary(label, result), err=True)


def _build_summary(label: str, r: BuildResult) -> str:
    total = sum(r.timings.values()) or 1.0
    shares = ", ".join(f"{stage} {100 * seconds / total:.0f}%"
                       for stage, seconds in sorted(r.timings.items(), key=lambda kv: -kv[1]))
    lines = [
        f"{label}: version {r.version.name} in {r.seconds:.1f} s",
        f"pages: {r.pages} (indexed {r.statuses['indexed']}, duplicate {r.statuses['duplicate']},"
        f" rejected {r.statuses['rejected']})",
        f"article occurrences: {r.occurrences}, unique articles: {r.articles}"
        f" (added {r.added}, updated {r.updated}, deleted {r.deleted})",
        f"time by stage: {shares}",
    ]
    lines += [f"rejected {path}: {reason}" for path, reason in r.rejected]
    return "\n".join(lines)


@main.command("stats")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--verify", is_flag=True, help="Also compare every file with its recorded digest.")
def stats_command(index: str | None, as_json: bool, verify: bool) -> None:
    """What the live index holds: version, build time, counts by language, outlet and year.
    Checks first that the version is whole, and says what is wrong if it is not."""
    try:
        stats = index_stats(_index_root(index), deep=verify)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
        return
    click.echo(f"version {stats['version']} built {stats['built_at']} from {stats['archive']}")
    click.echo(f"{stats['documents']} articles from {stats['pages']} pages"
               f" ({stats['occurrences']} occurrences), {stats['size_bytes'] / 1e6:.1f} MB on disk")
    for title, key in (("language", "by_lang"), ("outlet", "by_outlet"), ("year", "by_year")):
        click.echo(f"by {title}: " + ", ".join(f"{k} {v}" for k, v in stats[key].items()))


@main.command("entities")
@click.option("--type", "kind", type=click.Choice(TYPES), help="Only people, organizations or places.")
@click.option("--top", default=50, show_default=True, type=click.IntRange(1), help="How many.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--bidi/--no-bidi", default=None, help="Reorder Arabic for the terminal.")
def entities_command(kind: str | None, top: int, as_json: bool, index: str | None, bidi) -> None:
    """The entities in the index, with the number of articles naming each and the spellings seen."""
    try:
        rows = entity_table(_index_root(index), kind, top)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    bidi = sys.stdout.isatty() if bidi is None else bidi
    for row in rows:
        spellings = ", ".join(f"{terminal.visual(v, bidi)} {n}" for v, n in list(row["variants"].items())[:8])
        click.echo(f"{row['type']:<6} {terminal.visual(row['name'], bidi)} ({row['articles']} articles): {spellings}")


@main.command("analyze")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of terms.")
@click.option("--exact", is_flag=True, help="The exact fields' terms (folded, not stemmed).")
def analyze_command(text: str, as_json: bool, exact: bool) -> None:
    """Print the terms the body field would index for TEXT."""
    terms = analyze(text, exact=exact)
    click.echo(json.dumps(terms, ensure_ascii=False) if as_json else " ".join(terms))


@main.command("query")
@click.argument("text", required=False, default="")
@click.option("--outlet", multiple=True, help="Only this outlet (repeatable: any of them).")
@click.option("--lang", type=click.Choice(LANGUAGES), multiple=True)
@click.option("--person", multiple=True)
@click.option("--org", multiple=True)
@click.option("--place", multiple=True)
@click.option("--from", "date_from", metavar="DATE", help="From this day on: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", "date_to", metavar="DATE", help="Up to this day (inclusive).")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--page", default=1, show_default=True, type=int)
@click.option("--per-page", default=10, show_default=True, type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the result object as JSON.")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--bidi/--no-bidi", default=None,
              help="Reorder Arabic for a terminal without bidi support (default: when a terminal).")
def query_command(text, outlet, lang, person, org, place, date_from, date_to, sort, page,
                  per_page, as_json, index, bidi) -> None:
    """Search the index. TEXT uses Whoosh's syntax: words (all must match), OR, NOT, "a phrase",
    field:value (title, body, outlet, author, lang, person, org, place, exact), convoy*, Kadhimi~.
    With no TEXT, lists the articles that match the filters, newest first."""
    try:
        request = SearchRequest(q=text, outlet=list(outlet), lang=list(lang), person=list(person),
                                org=list(org), place=list(place),
                                date_from=parse_day(date_from, end=False),
                                date_to=parse_day(date_to, end=True),
                                sort=sort, page=page, per_page=per_page)
        result = run(LiveIndex(_index_root(index)).open(), request)
    except (InvalidQuery, NoIndex) as err:
        click.echo(f"fahras query: {err}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        return
    tty = sys.stdout.isatty()
    click.echo(terminal.render(result, color=tty, bidi=tty if bidi is None else bidi))


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
