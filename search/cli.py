"""The `fahras` command line."""
from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
from collections import Counter
from importlib import metadata
from pathlib import Path

import click

from index import store
from index.analysis import analyze
from index.build import BuildResult, rebuild, update
from index.ingest import archive_files, ingest
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
PRETTY_HELP = "Indent the JSON (implies --json)."
SHOWN_SKIPPED = 10           # files named in a report's "skipped … not pages" line


def version() -> str:
    """The installed package's version (pyproject.toml's, as pip installed it)."""
    try:
        return metadata.version("fahras")
    except metadata.PackageNotFoundError:
        return "unknown (not installed: pip install -e .)"


def _print_version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"fahras {version()}")
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
def main() -> None:
    """Fahras: full-text search over a bilingual (English/Arabic) news archive."""


def _json(value, pretty: bool) -> str:
    """One line by default (for scripts); indented with --pretty (for people)."""
    return json.dumps(value, ensure_ascii=False, indent=2 if pretty else None)


def _skipped_line(skipped: list[str]) -> list[str]:
    """The report's line for the files that are not pages (not counted among the pages)."""
    if not skipped:
        return []
    names = ", ".join(skipped[:SHOWN_SKIPPED])
    more = f" and {len(skipped) - SHOWN_SKIPPED:,} more" if len(skipped) > SHOWN_SKIPPED else ""
    what = "is not a page" if len(skipped) == 1 else "are not pages"
    return [f"skipped {terminal.count(len(skipped), 'file')} that {what}: {names}{more}"]


def _pages_line(pages: int, statuses) -> str:
    return (f"pages: {pages:,} (indexed {statuses.get('indexed', 0):,},"
            f" duplicate {statuses.get('duplicate', 0):,}, rejected {statuses.get('rejected', 0):,})")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--jsonl", is_flag=True,
              help="Print one JSON object per article occurrence (stdout) and a summary (stderr).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes that parse pages in parallel.")
def ingest_command(paths: tuple[str, ...], jsonl: bool, workers: int) -> None:
    """Read archive pages (files or folders, recursively) and report what each yields.

    Touches no index. Every page is reported as indexed, duplicate or rejected with a reason;
    files that are not pages (not .txt or .html: manifest.json, images) are skipped and named.
    """
    pages, skipped = archive_files(paths)
    totals = Totals(skipped)
    for page in ingest([], workers=workers, files=pages):
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
    except (OSError, sqlite3.Error) as err:   # a full disk, a read-only or vanished folder
        raise click.ClickException(
            f"{label} failed: {_why(err)}. The live index is unchanged"
            + ("; the partial build was removed." if label == "rebuild" else ".")) from None
    click.echo(_build_summary(label, result), err=True)


def _why(err: OSError | sqlite3.Error) -> str:
    """What went wrong, in the system's words: SQLite's own "database or disk is full" (the
    update records, records.sqlite) is the same full disk as Whoosh's ENOSPC."""
    if isinstance(err, sqlite3.Error):
        full = getattr(err, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(err)
        return os.strerror(errno.ENOSPC) if full else f"the update records could not be written ({err})"
    return (err.strerror or str(err)) + (f" ({err.filename})" if err.filename else "")


def _build_summary(label: str, r: BuildResult) -> str:
    total = sum(r.timings.values()) or 1.0
    shares = ", ".join(f"{stage} {100 * seconds / total:.0f}%"
                       for stage, seconds in sorted(r.timings.items(), key=lambda kv: -kv[1]))
    lines = [
        f"{label}: version {r.version.name} in {r.seconds:.1f} s",
        _pages_line(r.pages, r.statuses),
        *_skipped_line(r.skipped),
        f"article occurrences: {r.occurrences:,}, unique articles: {r.articles:,}"
        f" (added {r.added:,}, updated {r.updated:,}, deleted {r.deleted:,})",
        f"time by stage: {shares}",
    ]
    lines += [f"rejected {path}: {reason}" for path, reason in r.rejected]
    return "\n".join(lines)


@main.command("stats")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--verify", is_flag=True, help="Also compare every file with its recorded digest.")
def stats_command(index: str | None, as_json: bool, pretty: bool, verify: bool) -> None:
    """What the live index holds: version, build time, pages by status, counts by language,
    outlet and year. Checks first that the version is whole, and says what is wrong if it is not."""
    try:
        stats = index_stats(_index_root(index), deep=verify)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    if as_json or pretty:
        click.echo(_json(stats, pretty))
        return
    click.echo(f"version {stats['version']} built {stats['built_at']} from {stats['archive']}")
    click.echo(f"{terminal.count(stats['documents'], 'article')} from"
               f" {terminal.count(stats['pages'], 'page')}"
               f" ({terminal.count(stats['occurrences'], 'occurrence')}),"
               f" {stats['size_bytes'] / 1e6:,.1f} MB on disk")
    click.echo(_pages_line(stats["pages"], stats["page_statuses"]))
    for line in _skipped_line(stats["skipped"]):
        click.echo(line)
    for title, key in (("language", "by_lang"), ("outlet", "by_outlet"), ("year", "by_year")):
        click.echo(f"by {title}: " + ", ".join(f"{k} {v:,}" for k, v in stats[key].items()))


@main.command("entities")
@click.option("--type", "kind", type=click.Choice(TYPES), help="Only people, organizations or places.")
@click.option("--top", default=50, show_default=True, type=click.IntRange(1), help="How many.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--bidi/--no-bidi", default=None, help="Reorder Arabic for the terminal.")
def entities_command(kind: str | None, top: int, as_json: bool, pretty: bool, index: str | None,
                     bidi) -> None:
    """The entities in the index, with the number of articles naming each and the spellings seen."""
    try:
        rows = entity_table(_index_root(index), kind, top)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    if as_json or pretty:
        click.echo(_json(rows, pretty))
        return
    tty = sys.stdout.isatty()
    bidi = tty if bidi is None else bidi
    width = terminal.width() if tty or bidi else None
    for row in rows:
        for line in terminal.entity_row(row, bidi, width):
            click.echo(line)


@main.command("analyze")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of terms.")
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--exact", is_flag=True, help="The exact fields' terms (folded, not stemmed).")
def analyze_command(text: str, as_json: bool, pretty: bool, exact: bool) -> None:
    """Print the terms the body field would index for TEXT."""
    terms = analyze(text, exact=exact)
    click.echo(_json(terms, pretty) if as_json or pretty else " ".join(terms))


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
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--bidi/--no-bidi", default=None,
              help="Reorder Arabic for a terminal without bidi support (default: when a terminal).")
def query_command(text, outlet, lang, person, org, place, date_from, date_to, sort, page,
                  per_page, as_json, pretty, index, bidi) -> None:
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
    if as_json or pretty:
        click.echo(_json(result.to_json(), pretty))
        return
    tty = sys.stdout.isatty()
    bidi = tty if bidi is None else bidi
    # wrapped to the terminal (before the bidi reordering, line by line); piped: lines whole
    width = terminal.width() if tty or bidi else None
    click.echo(terminal.render(result, color=tty, bidi=bidi, width=width))


class Totals:
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
        lines = [
            _pages_line(sum(self.status.values()), self.status),
            *_skipped_line(self.skipped),
            f"article occurrences: {self.occurrences:,}, unique articles: "
            f"{self.occurrences - self.duplicates:,}, duplicates: {self.duplicates:,},"
            f" teasers: {self.teasers:,}",
        ]
        lines += [f"rejected {path}: {reason}" for path, reason in self.rejected]
        return "\n".join(lines)


def _page_line(page: Page) -> str:
    r = page.report
    if r.status == REJECTED:
        return f"rejected   {r.path}: {r.reason}"
    n = terminal.count
    return (f"{r.status:<10} {r.path}: {n(r.articles, 'article')} ({n(r.duplicates, 'duplicate')}),"
            f" {n(r.teasers, 'teaser')}, {n(r.video_titles, 'video title')},"
            f" {n(r.dropped_lines, 'boilerplate line')} dropped,"
            f" {n(r.orphan_lines, 'unattached line')} [{r.format}, {r.encoding}]")


if __name__ == "__main__":
    sys.exit(main())
