"""The incremental update: re-read only the pages that are new, changed (content hash) or
removed since the last build and apply the difference to the live version in place (Whoosh
readers keep the snapshot they opened), so that it equals a rebuild of the archive as it is now:
the same documents, ids, entity names, page records and rankings.

The steps: find the touched pages; read them as the rebuild reads them, giving ids again where a
content bucket is contested (update_ids.py); rename discovered entities whose first spelling moved
(discovered.py); rewrite the affected documents (update_docs.py); save the records and manifest.
"""
from __future__ import annotations

import copy
import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index

from . import discovered, store, verify, version_files
from .catalog import BuildResult, Catalog, Occurrence, best_of, records_result, relative
from .dedup import text_key
from .ingest import archive_files
from .progress import Progress
from .quote_index import update_quotes
from .rebuild import require_archive
from .records import DUPLICATE, INDEXED, REJECTED, PageRecord
from .records_store import RecordStore
from .store import read_manifest
from .timing import stage
from .templates import Templates
from .update_docs import apply_changes, occurrences_of
from .update_ids import affected_ids, bucket_pages, contested_buckets, read_changes
from .update_templates import Relearnt, relearn
from .version_files import key_rows, longest, open_records, save_manifest, save_skipped


def update(archive: Path | None, root: Path, workers: int = 1,
           progress: Progress | None = None) -> BuildResult:
    """Apply new, changed and removed pages to the live version."""
    started = time.perf_counter()
    root = Path(root)
    with store.RebuildLock(root):
        version = store.current_version(root)
        if version is None:
            raise store.StoreError(store.no_index_message(root))
        verify.check(version)              # never apply changes on top of a broken version
        manifest = read_manifest(version)
        if manifest.get("rules") != version_files.rules_digest():     # (one lookup: tests replace it)
            raise store.StoreError(f"{version.name} was built with other analysis or entity rules "
                                   "(index/data changed since): run `fahras rebuild` once")
        archive = Path(archive or manifest["archive"]).resolve()
        require_archive(archive)
        read_started = time.perf_counter()
        records = open_records(version)
        try:
            return _update(archive, version, records, workers, progress, started, read_started)
        finally:
            records.close()


@dataclass
class _Reading:
    """What an update read: the pages it touched (read again, or removed), their records before,
    the catalog of the pages read, the deduplicator and resolver that read them, and the
    articles whose documents may change."""
    touched: set[str]
    old_pages: dict[str, PageRecord]
    catalog: Catalog
    dedup: object
    resolver: object
    affected: set[str]


def _update(archive: Path, version: Path, records: RecordStore, workers: int,
            progress: Progress | None, started: float, read_started: float) -> BuildResult:
    timings = Counter()
    changed, touched, skipped = _touched(archive, records)
    if not touched:                        # nothing new, changed or removed: nothing to write
        timings["manifest_read"] = time.perf_counter() - read_started
        if skipped != records.skipped():   # only files that are not pages came or went
            save_skipped(version, archive, records, skipped)
        return records_result(records, version, Catalog(timings=timings), started)
    with stage(timings, "templates"):
        relearnt = relearn(version, records, archive, changed, touched, workers)
    if relearnt.reread:                    # pages a template now printed (or no longer) is on
        changed = sorted({*changed, *(str(archive / p) for p in relearnt.reread)})
        touched = touched | relearnt.reread
    ix = whoosh_index.open_dir(str(version))
    timings["manifest_read"] = time.perf_counter() - read_started
    with ix.searcher() as searcher:
        reading = _read(archive, records, searcher, changed, touched, workers, progress, timings,
                        relearnt.templates)
        renaming = discovered.plan(discovered.Discovered.from_meta(records.get_meta("discovered", [])),
                                   reading.resolver.known(), reading.catalog.pages, reading.touched,
                                   lambda kind, name: _pages_naming(records, searcher, kind, name))
        renamed = _renamed_pages(records, searcher, renaming, reading.touched)
        reading.affected |= {i for kind, name in renaming.renames for i in _ids_naming(searcher, kind, name)}
    for record in reading.catalog.pages.values():
        renaming.rename_variants(record)
    with stage(timings, "analysis_write_commit"):
        occurrences = occurrences_of(records, reading.affected, reading.touched, reading.catalog)
        indexed_copies = {i: best_of([Occurrence(*row) for row in rows])
                          for i, rows in records.occurrences(sorted(reading.affected)).items()}
        changes, written = apply_changes(ix, archive, reading.catalog, occurrences, reading.affected,
                                         indexed_copies, reading.resolver, renaming)
    with stage(timings, "quotes"):
        update_quotes(version, ix, reading.affected)
    with stage(timings, "manifest_write"):
        _save(version, archive, records, reading, occurrences, written, renamed, renaming, skipped, relearnt)
    return records_result(records, version, reading.catalog, started, **changes)


def _touched(archive: Path, records: RecordStore) -> tuple[list[str], set[str], list[str]]:
    """The archive's page files that are new or changed, every page path touched (those and the
    removed ones), and the archive's files that are not pages."""
    old_states = records.page_states()
    files, skipped = archive_files([str(archive)])
    rel = {f: os.path.relpath(f, archive) for f in files}
    changed = [f for f in files if _changed(f, old_states.get(rel[f]))]
    touched = {rel[f] for f in changed} | (set(old_states) - set(rel.values()))
    return changed, touched, relative(skipped, archive)


def _read(archive: Path, records: RecordStore, searcher, changed: list[str], touched: set[str],
          workers: int, progress: Progress | None, timings: Counter, templates: Templates) -> _Reading:
    """The touched pages read as the rebuild reads them; a contested content bucket's pages
    are read whole (and become touched), to give its ids again in path order."""
    old_pages = records.page_records(sorted(touched))
    catalog, dedup, resolver = read_changes(archive, records, searcher, changed, set(),
                                            workers, progress, timings, templates)
    affected = affected_ids(old_pages, catalog)
    contested = contested_buckets(records, touched, old_pages, catalog, dedup)
    if contested:
        extra = bucket_pages(records, contested) - touched
        touched = touched | extra
        old_pages.update(records.page_records(sorted(extra)))
        catalog, dedup, resolver = read_changes(
            archive, records, searcher, sorted(set(changed) | {str(archive / p) for p in extra}),
            contested, workers, progress, timings, templates)
        affected |= {i for b in contested for i in records.bucket_articles(b)}
        affected |= {i for b in contested for i, _ in dedup.buckets().get(b, ())}
    return _Reading(touched, old_pages, catalog, dedup, resolver, affected)


def _save(version: Path, archive: Path, records: RecordStore, reading: _Reading, occurrences: dict,
          written: dict[str, dict], renamed: list[tuple[dict, dict]], renaming, skipped: list[str],
          relearnt: Relearnt) -> None:
    """The records as a rebuild would leave them (pages, statuses, content keys, discovered
    names, files that are not pages, sightings and templates), then the manifest."""
    catalog = reading.catalog
    relearnt.learner.save(version)         # before the records: read again, it gives the same
    with records:
        records.remove_pages([*reading.old_pages.values(), *(before for before, _ in renamed)])
        records.add_pages([*(catalog.pages[p] for p in sorted(catalog.pages)), *(after for _, after in renamed)])
        _restatus(records, {o.path for occ in occurrences.values() for o in occ} | set(catalog.pages))
        derived = {i: text_key(doc.get("title") or "", doc.get("body") or "") for i, doc in written.items()}
        records.set_keys(*key_rows({i: longest(derived[i], catalog.best.get(i)) for i in written}, derived),
                         rewritten=written, dropped=[i for i in reading.affected if i not in occurrences])
        records.set_meta("discovered", renaming.discovered.to_meta())
        records.set_skipped(skipped)
        records.set_templates(relearnt.templates)
    save_manifest(version, archive, records)
    verify.record_files(version)


def _changed(path: str, record: dict | None) -> bool:
    """New, or different: same size and modification time count as unchanged without reading
    the file (as rsync and make do); otherwise the content hash decides."""
    if record is None:
        return True
    try:
        stat = os.stat(path)
    except OSError:
        return True
    if record.get("stat") == [stat.st_size, stat.st_mtime_ns]:
        return False
    return record.get("sha256") != _sha256(path)


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


def _restatus(records: RecordStore, paths: set[str]) -> None:
    """Count again, as the rebuild counts them, the repeats on pages whose articles' copies moved:
    a copy is a repeat unless it is its article's first in path and page order, and a page of
    repeats only is a duplicate page. (The pages an update reads only know of each other.)"""
    pages = records.page_records(sorted(paths))
    first = records.first_pages({c.id for record in pages.values() for c in record.copies})
    for record in pages.values():
        report, seen = record.report, set()
        repeats = 0
        for c in record.copies:
            repeats += first.get(c.id) != record.path or c.id in seen
            seen.add(c.id)
        status = report.status if report.status == REJECTED else \
            DUPLICATE if repeats == len(record.copies) else INDEXED
        if (repeats, status) != (report.duplicates, report.status):
            report.duplicates, report.status = repeats, status
            records.set_report(record)


def _ids_naming(searcher, kind: str, name: str) -> list[str]:
    """The ids of the indexed articles naming an entity."""
    reader = searcher.reader()
    if (kind, name) not in reader:
        return []
    return [searcher.stored_fields(d)["id"] for d in reader.postings(kind, name).all_ids()]


def _pages_naming(records: RecordStore, searcher, kind: str, name: str) -> list[tuple[str, dict]]:
    """The pages that hold a copy of an article naming an entity, with their records."""
    ids = _ids_naming(searcher, kind, name)
    paths = {row[0] for rows in records.occurrences(ids).values() for row in rows}
    return list(records.page_records(sorted(paths)).items())


def _renamed_pages(records: RecordStore, searcher, renaming, touched: set[str]) -> list[tuple[dict, dict]]:
    """The untouched pages naming a renamed entity: each record as it is, and renamed."""
    found: dict[str, tuple[dict, dict]] = {}
    for kind, name in renaming.renames:
        for path, record in _pages_naming(records, searcher, kind, name):
            if path not in touched and path not in found:
                after = copy.deepcopy(record)
                if renaming.rename_variants(after):
                    found[path] = (record, after)
    return [found[p] for p in sorted(found)]
