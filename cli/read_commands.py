"""``fahras query``, ``stats``, ``entities`` and ``analyze``: the read side's commands."""
from __future__ import annotations

import sys

import click

from index import store
from index.analysis import analyze
from index.entities import TYPES
from index.stats import entity_table, index_stats
from search.engine import run
from search.errors import InvalidQuery
from search.fields import FILTERS, QUOTE_FILTERS
from search.reader import LiveIndex, NoIndex
from search.request import DEFAULT_PER_PAGE, MAX_PER_PAGE, SORTS, QuoteRequest, SearchRequest, parse_day
from search.version import NoQuotes

from . import terminal
from .options import INDEX_HELP, PRETTY_HELP, as_json, index_root, settings
from .report import pages_line, skipped_lines


@click.command("stats")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--json", "json_out", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--verify", is_flag=True, help="Also compare every file with its recorded digest.")
def stats_command(index: str | None, json_out: bool, pretty: bool, verify: bool) -> None:
    """What the live index holds: version, build time, pages by status, counts by language,
    outlet and year. Checks first that the version is whole, and says what is wrong if it is not."""
    try:
        stats = index_stats(index_root(index), deep=verify)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    if json_out or pretty:
        click.echo(as_json(stats, pretty))
        return
    click.echo(f"version {stats['version']} built {stats['built_at']} from {stats['archive']}")
    click.echo(f"{terminal.count(stats['documents'], 'article')} from"
               f" {terminal.count(stats['pages'], 'page')}"
               f" ({terminal.count(stats['occurrences'], 'occurrence')}),"
               f" {stats['size_bytes'] / 1e6:,.1f} MB on disk")
    click.echo(pages_line(stats["pages"], stats["page_statuses"]))
    if stats["quotations"] is not None:
        click.echo(f"{terminal.count(stats['quotations'], 'quotation')} (fahras quotes)")
    for line in skipped_lines(stats["skipped"]):
        click.echo(line)
    for title, key in (("language", "by_lang"), ("outlet", "by_outlet"), ("year", "by_year")):
        click.echo(f"by {title}: " + ", ".join(f"{k} {v:,}" for k, v in stats[key].items()))


@click.command("entities")
@click.option("--type", "kind", type=click.Choice(TYPES), help="Only people, organizations or places.")
@click.option("--top", default=50, show_default=True, type=click.IntRange(1), help="How many.")
@click.option("--json", "json_out", is_flag=True, help="Print a JSON list.")
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--bidi/--no-bidi", default=None, help="Reorder Arabic for the terminal.")
def entities_command(kind: str | None, top: int, json_out: bool, pretty: bool, index: str | None,
                     bidi) -> None:
    """The entities in the index, with the number of articles naming each and the spellings seen."""
    try:
        rows = entity_table(index_root(index), kind, top)
    except store.StoreError as err:
        raise click.ClickException(str(err)) from None
    if json_out or pretty:
        click.echo(as_json(rows, pretty))
        return
    bidi, width = _terminal(bidi)
    for row in rows:
        for line in terminal.entity_row(row, bidi, width):
            click.echo(line)


@click.command("analyze")
@click.argument("text")
@click.option("--json", "json_out", is_flag=True, help="Print a JSON list of terms.")
@click.option("--pretty", is_flag=True, help=PRETTY_HELP)
@click.option("--exact", is_flag=True, help="The exact fields' terms (folded, not stemmed).")
def analyze_command(text: str, json_out: bool, pretty: bool, exact: bool) -> None:
    """Print the terms the body field would index for TEXT."""
    terms = analyze(text, exact=exact)
    click.echo(as_json(terms, pretty) if json_out or pretty else " ".join(terms))


def _search_options(table):
    """The options of a search command: its TEXT, one repeatable ``--NAME`` per row of its
    filter table (search/fields.py), the dates, sort, page and output."""
    def decorate(command):
        for option in reversed((
                *(click.option(f"--{f.name}", multiple=True, help=f.help,
                               type=click.Choice(f.choices) if f.choices else None) for f in table),
                click.option("--from", "date_from", metavar="DATE",
                             help="From this day on: YYYY, YYYY-MM or YYYY-MM-DD."),
                click.option("--to", "date_to", metavar="DATE", help="Up to this day (inclusive)."),
                click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True),
                click.option("--page", default=1, show_default=True, type=click.IntRange(min=1)),
                click.option("--per-page", default=DEFAULT_PER_PAGE, show_default=True,
                             type=click.IntRange(1, MAX_PER_PAGE), help=f"Hits a page: 1 to {MAX_PER_PAGE}."),
                click.option("--json", "json_out", is_flag=True, help="Print the result object as JSON."),
                click.option("--pretty", is_flag=True, help=PRETTY_HELP),
                click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP),
                click.option("--bidi/--no-bidi", default=None, help="Reorder Arabic for a terminal "
                             "without bidi support (default: when a terminal)."),
                click.option("--translate/--no-translate", default=None,
                             help="Also search each word's renderings in the other language (English "
                                  "<-> Arabic), which the output lists (default: on, where the "
                                  "language filter lets the other language in)."))):
            command = option(command)
        return click.argument("text", required=False, default="")(command)
    return decorate


@click.command("query")
@_search_options(FILTERS)
def query_command(text, date_from, date_to, sort, page, per_page, json_out, pretty, index, bidi, translate,
                  **filters) -> None:
    """Search the index. TEXT uses Whoosh's syntax: words (all must match), OR, NOT, "a phrase",
    field:value (title, body, outlet, author, lang, person, org, place, exact), convoy*, Kadhimi~.
    With no TEXT, lists the articles that match the filters, newest first."""
    _search("query", SearchRequest, lambda version: version, terminal.render, text, date_from, date_to,
            sort, page, per_page, json_out, pretty, index, bidi, translate, filters)


@click.command("quotes")
@_search_options(QUOTE_FILTERS)
def quotes_command(text, date_from, date_to, sort, page, per_page, json_out, pretty, index, bidi, translate,
                   **filters) -> None:
    """Search what was said: the quotations read from the articles, each with its speaker, date,
    outlets and the articles it appeared in. TEXT searches the quoted words (same syntax as
    `fahras query`); --speaker takes any spelling of a person or organization ("Nasrallah",
    "نصر الله"). With no TEXT, lists the quotations that match the filters, newest first."""
    _search("quotes", QuoteRequest, lambda version: version.quotes(), terminal.render_quotes, text,
            date_from, date_to, sort, page, per_page, json_out, pretty, index, bidi, translate, filters)


def _search(command, request_type, index_of, render, text, date_from, date_to, sort, page, per_page,
            json_out, pretty, index, bidi, translate, filters) -> None:
    """Run one search command: its request (``request_type``) over ``index_of`` the live
    version, printed as JSON or by ``render``."""
    try:
        request = request_type(q=text, **{name: list(values) for name, values in filters.items()},
                               date_from=parse_day(date_from, end=False),
                               date_to=parse_day(date_to, end=True),
                               sort=sort, page=page, per_page=per_page, translate=translate)
        result = run(index_of(LiveIndex(index_root(index)).open()), request, settings().query_time_limit)
    except (InvalidQuery, NoIndex, NoQuotes) as err:
        click.echo(f"fahras {command}: {err}", err=True)
        sys.exit(2)
    if json_out or pretty:
        click.echo(as_json(result.to_json(), pretty))
        return
    bidi, width = _terminal(bidi)
    click.echo(render(result, color=sys.stdout.isatty(), bidi=bidi, width=width))


def _terminal(bidi: bool | None) -> tuple[bool, int | None]:
    """Whether to reorder Arabic (by default: on a terminal), and the width to wrap to (a
    terminal's, before the reordering, line by line; piped: lines whole)."""
    tty = sys.stdout.isatty()
    bidi = tty if bidi is None else bidi
    return bidi, terminal.width() if tty or bidi else None


COMMANDS = (query_command, quotes_command, stats_command, entities_command, analyze_command)
