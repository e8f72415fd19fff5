"""The full rebuild: archive -> ingest -> one Whoosh document per unique article -> new version.

``rebuild`` writes a complete new version beside the live one, checks it and switches to it; it
holds the rebuild lock and leaves the live index untouched if it fails. (The incremental update
is update.py.)"""
from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

from . import store, verify, whoosh_fixes
from .catalog import BuildResult, Catalog, build_result, document, relative
from .dedup import Deduplicator
from .entities import Resolver
from .ingest import archive_files, ingest, learn
from .parallel_write import write_shards
from .processes import fewer_collections
from .quote_index import write_quotes
from .progress import Progress
from .schema import make_schema
from .templates import Learner
from .timing import stage
from .version_files import save_records


def rebuild(archive: Path, root: Path, workers: int = 1, progress: Progress | None = None) -> BuildResult:
    """Build a new version from the whole archive, check it, switch to it."""
    started = time.perf_counter()
    archive, root = Path(archive).resolve(), Path(root)
    require_archive(archive)
    with store.RebuildLock(root), fewer_collections():
        building = store.new_version(root)
        try:
            version, catalog = _build(archive, root, building, workers, progress)
        except BaseException:
            _abandon(building)
            raise
    return build_result(version, catalog, started, articles=len(catalog.best), added=len(catalog.best))


def _build(archive: Path, root: Path, building: Path, workers: int,
           progress: Progress | None) -> tuple[Path, Catalog]:
    """Read every page, write the documents and the records, check the version, publish it."""
    resolver = Resolver()
    files, catalog, learner = whole_archive(archive, workers)
    catalog, dedup = ingest_all(archive, workers, progress, files=files, catalog=catalog, resolver=resolver)
    ix = whoosh_index.create_in(str(building), make_schema())

    def write_records() -> None:
        with stage(catalog.timings, "manifest_write"):
            save_records(building, archive, catalog, dedup, resolver, learner)

    # the writers' seconds by stage, summed over processes like the page stages
    catalog.timings.update(_write_all(ix, catalog, resolver, workers, alongside=write_records))
    with stage(catalog.timings, "quotes"):
        write_quotes(building, ix, workers)
    with stage(catalog.timings, "check"):
        _check(ix, catalog)
        verify.record_files(building)
        verify.check(building)
        version = store.publish(root, building)
    return version, catalog


def _write_all(ix, catalog: Catalog, resolver: Resolver, workers: int,
               alongside: Callable[[], None]) -> Counter:
    """One document per unique article, in id order; with several workers, one segment each,
    with ``alongside`` run by this process while they write (else before writing). Returns the
    seconds spent on analysis, writing and commit."""
    ids = sorted(catalog.best)

    def make(article_id: str) -> dict:
        return document(catalog.best[article_id], catalog.occurrences[article_id], resolver)

    if workers > 1 and len(ids) > 1:
        return write_shards(ix, ids, make, workers, alongside)
    alongside()
    writer = whoosh_fixes.writer(ix, bulk=True)
    with writer:
        for article_id in ids:
            writer.add_document(**make(article_id))
    return writer.timings


def ingest_all(archive: Path, workers: int, progress: Progress | None,
                dedup: Deduplicator | None = None, files: list[str] | None = None,
                catalog: Catalog | None = None,
                resolver: Resolver | None = None) -> tuple[Catalog, Deduplicator]:
    if files is None:
        files, catalog, _ = whole_archive(archive, workers)
    catalog = catalog or Catalog()
    dedup = dedup or Deduplicator()
    progress = progress or Progress(total=len(files), quiet=True)
    progress.total = len(files)
    for page in ingest([], workers=workers, dedup=dedup, files=files, resolver=resolver,
                       templates=catalog.templates):
        catalog.add_page(page, os.path.relpath(page.report.path, archive))
        progress.advance(page)
    progress.close()
    return catalog, dedup


def whole_archive(archive: Path, workers: int) -> tuple[list[str], Catalog, Learner]:
    """The archive's page files, a catalog that knows its files that are not pages and its
    templates (learnt first, before any page is read), and what they were learnt from."""
    files, skipped = archive_files([str(archive)])
    catalog = Catalog(skipped=relative(skipped, archive))
    with stage(catalog.timings, "templates"):
        learner = learn(files, workers, root=str(archive))
        catalog.templates = learner.templates()
    return files, catalog, learner


def _check(ix, catalog: Catalog) -> None:
    """A new version must hold every unique article and answer a probe query."""
    with ix.searcher() as searcher:
        count = searcher.doc_count()
        if count != len(catalog.best):
            raise store.StoreError(f"check failed: {count} documents for {len(catalog.best)} articles")
        if not catalog.best:
            return
        probe_id = min(catalog.best)
        title = catalog.best[probe_id].title
        query = QueryParser("title", ix.schema).parse(f'"{_quote_free(title)}"')
        hits = {hit["id"] for hit in searcher.search(query, limit=None)}
        if probe_id not in hits:
            raise store.StoreError(f"check failed: probe query for {title!r} did not find {probe_id}")


def _quote_free(text: str) -> str:
    return text.replace('"', " ").replace("\\", " ")


def require_archive(archive: Path) -> None:
    if not archive.is_dir():
        raise store.StoreError(f"archive folder not found: {archive} (set --archive or FAHRAS_ARCHIVE)")


def _abandon(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)
