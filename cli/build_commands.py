"""``fahras ingest``, ``rebuild`` and ``update``: the write side's commands."""
from __future__ import annotations

import errno
import json
import os
import sqlite3

import click

from index import store
from index.rebuild import rebuild
from index.update import update
from index.ingest import archive_files, ingest
from index.progress import Progress
from index.quotes import quotations

from .options import ARCHIVE_HELP, INDEX_HELP, WORKERS_HELP, archive_folder, index_root, settings
from .report import Totals, build_summary, page_line


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--jsonl", is_flag=True,
              help="Print one JSON object per article occurrence (stdout) and a summary (stderr).")
@click.option("--workers", type=click.IntRange(1, 64), help=WORKERS_HELP)
def ingest_command(paths: tuple[str, ...], jsonl: bool, workers: int | None) -> None:
    """Read archive pages (files or folders, recursively) and report what each yields.

    Touches no index. Every page is reported as indexed, duplicate or rejected with a reason;
    files that are not pages (not .txt or .html: manifest.json, images) are skipped and named.
    """
    pages, skipped = archive_files(paths)
    totals = Totals(skipped)
    for page in ingest([], workers=settings(workers=workers).workers, files=pages):
        totals.add(page)
        if jsonl:
            for article in page.articles:
                quotes = [q.as_json() for q in quotations(article.body, article.lang, mentions=article.mentions)]
                click.echo(json.dumps({**article.to_json(), "quotes": quotes}, ensure_ascii=False))
        else:
            click.echo(page_line(page))
    click.echo(totals.summary(), err=jsonl)


@click.command("rebuild")
@click.option("--archive", type=click.Path(file_okay=False), help=ARCHIVE_HELP)
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--workers", type=click.IntRange(1, 64), help=WORKERS_HELP)
def rebuild_command(archive: str | None, index: str | None, workers: int | None) -> None:
    """Build a new index version from the whole archive, check it, then switch to it.

    The live version keeps serving until the switch; a failed or interrupted build leaves it as it was.
    """
    source = archive_folder(archive)
    if source is None:
        raise click.UsageError("no archive: pass --archive DIR or set FAHRAS_ARCHIVE")
    count = settings(workers=workers).workers
    _run(lambda progress: rebuild(source, index_root(index), count, progress), "rebuild")


@click.command("update")
@click.option("--archive", type=click.Path(file_okay=False),
              help="Archive folder (default: $FAHRAS_ARCHIVE, else the one the index was built from).")
@click.option("--index", type=click.Path(file_okay=False), help=INDEX_HELP)
@click.option("--workers", type=click.IntRange(1, 64), help=WORKERS_HELP)
def update_command(archive: str | None, index: str | None, workers: int | None) -> None:
    """Re-read only pages that are new, changed or removed since the last build, in place."""
    count = settings(workers=workers).workers
    _run(lambda progress: update(archive_folder(archive), index_root(index), count, progress), "update")


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
    click.echo(build_summary(label, result), err=True)


def _why(err: OSError | sqlite3.Error) -> str:
    """What went wrong, in the system's words: SQLite's own "database or disk is full" (the
    update records, records.sqlite) is the same full disk as Whoosh's ENOSPC."""
    if isinstance(err, sqlite3.Error):
        full = getattr(err, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(err)
        return os.strerror(errno.ENOSPC) if full else f"the update records could not be written ({err})"
    return (err.strerror or str(err)) + (f" ({err.filename})" if err.filename else "")


COMMANDS = (ingest_command, rebuild_command, update_command)
