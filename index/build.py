"""The rebuild job: archive -> ingest -> one Whoosh document per unique article -> new version.

``rebuild`` writes a complete new version beside the live one, checks it and switches to it.
``update`` re-reads only pages that are new, changed (content hash) or removed since the last
build and applies the difference to the live version in place (Whoosh readers keep the snapshot
they opened). Both hold the rebuild lock; both leave the live index untouched if they fail.
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

from . import discovered, store, verify, whoosh_fixes
from .dedup import Deduplicator, bucket, text_key
from .entities import Resolver
from .ingest import archive_files, ingest, read_page
from .parallel_write import write_shards
from .processes import fewer_collections
from .progress import Progress
from .records import DUPLICATE, INDEXED, REJECTED, Article, Page, PageReport
from .records_store import RecordStore
from .schema import ENTITY_SEPARATOR, make_schema
from .store import MANIFEST, read_manifest


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
    pages: dict[str, dict] = field(default_factory=dict)          # rel path -> page record
    occurrences: dict[str, list[Occurrence]] = field(default_factory=lambda: defaultdict(list))
    best: dict[str, Article] = field(default_factory=dict)       # id -> longest copy seen
    timings: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)             # rel paths of files not pages

    def add_page(self, page: Page, rel: str) -> None:
        report = page.report
        record = {"path": rel, "report": _report_json(report, rel), "articles": [],
                  "stat": _stat(report.path)}
        for article in page.articles:
            occ = Occurrence(rel, article.source.line_start, article.source.line_end, len(article.body))
            self.occurrences[article.id].append(occ)
            record["articles"].append({"id": article.id, "path": rel, "line_start": occ.line_start,
                                       "line_end": occ.line_end, "body_len": occ.body_len,
                                       "variants": article.variants})
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


# ------------------------------------------------------------------ full rebuild

def rebuild(archive: Path, root: Path, workers: int = 1, progress: Progress | None = None) -> BuildResult:
    """Build a new version from the whole archive, check it, switch to it."""
    started = time.perf_counter()
    archive, root = Path(archive).resolve(), Path(root)
    _require_archive(archive)
    with store.RebuildLock(root), fewer_collections():
        building = store.new_version(root)
        try:
            resolver = Resolver()
            catalog, dedup = _ingest_all(archive, workers, progress, resolver=resolver)
            ix = whoosh_index.create_in(str(building), make_schema())

            def save_records() -> None:
                saving = time.perf_counter()
                _save_records(building, archive, catalog, dedup, resolver)
                catalog.timings["manifest_write"] = time.perf_counter() - saving

            # the writers' seconds by stage, summed over processes like the page stages
            catalog.timings.update(_write_all(ix, catalog, workers, alongside=save_records))
            checked = time.perf_counter()
            _check(ix, catalog)
            verify.record_files(building)
            verify.check(building)
            version = store.publish(root, building)
            catalog.timings["check"] = time.perf_counter() - checked
        except BaseException:
            _abandon(building)
            raise
    return _result(version, catalog, started, articles=len(catalog.best), added=len(catalog.best))


def _write_all(ix, catalog: Catalog, workers: int, alongside: Callable[[], None]) -> Counter:
    """One document per unique article, in id order; with several workers, one segment each,
    with ``alongside`` run by this process while they write (else before writing). Returns the
    seconds spent on analysis, writing and commit."""
    ids = sorted(catalog.best)

    def make(article_id: str) -> dict:
        return document(catalog.best[article_id], catalog.occurrences[article_id])

    if workers > 1 and len(ids) > 1:
        return write_shards(ix, ids, make, workers, alongside)
    alongside()
    writer = whoosh_fixes.writer(ix, bulk=True)
    with writer:
        for article_id in ids:
            writer.add_document(**make(article_id))
    return writer.timings


def _ingest_all(archive: Path, workers: int, progress: Progress | None,
                dedup: Deduplicator | None = None, files: list[str] | None = None,
                catalog: Catalog | None = None,
                resolver: Resolver | None = None) -> tuple[Catalog, Deduplicator]:
    catalog = catalog or Catalog()
    if files is None:                      # the whole archive: its files that are not pages apart
        files, skipped = archive_files([str(archive)])
        catalog.skipped = _relative(skipped, archive)
    dedup = dedup or Deduplicator()
    progress = progress or Progress(total=len(files), quiet=True)
    progress.total = len(files)
    for page in ingest([], workers=workers, dedup=dedup, files=files, resolver=resolver):
        catalog.add_page(page, os.path.relpath(page.report.path, archive))
        progress.advance(page)
    progress.close()
    return catalog, dedup


def document(article: Article, occurrences: list[Occurrence]) -> dict:
    """The Whoosh document of an article: its best copy's text and metadata, all its pages."""
    doc = {
        "id": article.id, "title": article.title, "body": article.body, "lang": article.lang,
        "date_inferred": article.date_inferred, "outlet_inferred": article.outlet_inferred,
        **_pages_fields(occurrences), "day": 0,
    }
    if article.date:
        day = dt.date.fromisoformat(article.date)
        doc["date"] = dt.datetime(day.year, day.month, day.day)
        doc["day"] = day.year * 10000 + day.month * 100 + day.day
        doc["month"] = article.date[:7]
    if article.outlet:
        doc["outlet"] = article.outlet
    if article.author:
        doc["author"] = article.author
    for kind, names in article.entities.items():
        if names:
            doc[kind] = ENTITY_SEPARATOR.join(names)
    return doc


def _pages_fields(occurrences: list[Occurrence]) -> dict:
    pages = sorted({(o.path, o.line_start, o.line_end) for o in occurrences}, key=lambda p: (p[0], p[1] or 0))
    return {"pages": [list(p) for p in pages], "page_count": len({p[0] for p in pages})}


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


# ------------------------------------------------------------------ incremental update

def update(archive: Path | None, root: Path, workers: int = 1,
           progress: Progress | None = None) -> BuildResult:
    """Apply new, changed and removed pages to the live version."""
    started = time.perf_counter()
    root = Path(root)
    with store.RebuildLock(root):
        version = store.current_version(root)
        if version is None:
            raise store.StoreError(f"no index in {root}: run `fahras rebuild` first")
        verify.check(version)              # never apply changes on top of a broken version
        manifest = read_manifest(version)
        if manifest.get("rules") != rules_digest():
            raise store.StoreError(f"{version.name} was built with other analysis or entity rules "
                                   "(index/data changed since): run `fahras rebuild` once")
        archive = Path(archive or manifest["archive"]).resolve()
        _require_archive(archive)
        read_started = time.perf_counter()
        records = _open_records(version)
        try:
            return _update(archive, version, records, workers, progress, started, read_started)
        finally:
            records.close()


def _update(archive: Path, version: Path, records: RecordStore, workers: int,
            progress: Progress | None, started: float, read_started: float) -> BuildResult:
    old_states = records.page_states()
    files, skipped = archive_files([str(archive)])
    skipped = _relative(skipped, archive)
    rel = {f: os.path.relpath(f, archive) for f in files}
    changed = [f for f in files if _changed(f, old_states.get(rel[f]))]
    touched = {rel[f] for f in changed} | (set(old_states) - set(rel.values()))
    catalog = Catalog()
    if not touched:                        # nothing new, changed or removed: nothing to write
        catalog.timings["manifest_read"] = time.perf_counter() - read_started
        if skipped != records.skipped():   # only files that are not pages came or went
            _save_skipped(version, archive, records, skipped)
        return _result_from(records, version, catalog, started)
    ix = whoosh_index.open_dir(str(version))
    catalog.timings["manifest_read"] = time.perf_counter() - read_started
    with ix.searcher() as searcher:
        old_pages = records.page_records(sorted(touched))
        catalog, dedup, resolver = _read_changes(archive, records, searcher, changed, set(),
                                                 workers, progress, catalog.timings)
        affected = _affected_ids(old_pages, catalog)
        contested = _contested(records, touched, old_pages, catalog, dedup)
        if contested:                      # read whole, in path order, to give their ids again
            extra = _bucket_pages(records, contested) - touched
            touched |= extra
            old_pages.update(records.page_records(sorted(extra)))
            catalog, dedup, resolver = _read_changes(
                archive, records, searcher, sorted(set(changed) | {str(archive / p) for p in extra}),
                contested, workers, progress, catalog.timings)
            affected |= {i for b in contested for i in records.bucket_articles(b)}
            affected |= {i for b in contested for i, _ in dedup.buckets().get(b, ())}
        renaming = discovered.plan(discovered.Discovered.from_meta(records.get_meta("discovered", [])),
                                   resolver.known(), catalog.pages, touched,
                                   lambda kind, name: _pages_naming(records, searcher, kind, name))
        renamed = _renamed_pages(records, searcher, renaming, touched)
        named_ids = {i for kind, name in renaming.renames for i in _ids_naming(searcher, kind, name)}
    for record in catalog.pages.values():
        renaming.rename_variants(record)
    affected |= named_ids
    indexed_copies = {i: best_of([Occurrence(*row) for row in rows])
                      for i, rows in records.occurrences(sorted(affected)).items()}
    occurrences = _occurrences(records, affected, touched, catalog)
    write_started = time.perf_counter()
    changes, written = _apply(ix, archive, catalog, occurrences, affected, indexed_copies, resolver,
                              renaming)
    catalog.timings["analysis_write_commit"] = time.perf_counter() - write_started
    saved = time.perf_counter()
    with records:
        records.remove_pages([*old_pages.values(), *(before for before, _ in renamed)])
        records.add_pages([*(catalog.pages[p] for p in sorted(catalog.pages)), *(after for _, after in renamed)])
        _restatus(records, {o.path for occ in occurrences.values() for o in occ} | set(catalog.pages))
        derived = {i: text_key(doc.get("title") or "", doc.get("body") or "") for i, doc in written.items()}
        records.set_keys(*_key_rows({i: _longest(derived[i], catalog.best.get(i)) for i in written}, derived),
                         rewritten=written, dropped=[i for i in affected if i not in occurrences])
        records.set_meta("discovered", renaming.discovered.to_meta())
        records.set_skipped(skipped)
    _save_manifest(version, archive, records)
    verify.record_files(version)
    catalog.timings["manifest_write"] = time.perf_counter() - saved
    return _result_from(records, version, catalog, started, **changes)


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


def _restatus(records: RecordStore, paths: set[str]) -> None:
    """Count again, as the rebuild counts them, the repeats on pages whose articles' copies moved:
    a copy is a repeat unless it is its article's first in path and page order, and a page of
    repeats only is a duplicate page. (The pages an update reads only know of each other.)"""
    pages = records.page_records(sorted(paths))
    first = records.first_pages({a["id"] for record in pages.values() for a in record["articles"]})
    for record in pages.values():
        report, seen = record["report"], set()
        repeats = 0
        for a in record["articles"]:
            repeats += first.get(a["id"]) != record["path"] or a["id"] in seen
            seen.add(a["id"])
        status = report["status"] if report["status"] == REJECTED else \
            DUPLICATE if repeats == len(record["articles"]) else INDEXED
        if (repeats, status) != (report.get("duplicates"), report["status"]):
            report["duplicates"], report["status"] = repeats, status
            records.set_report(record)


def _read_changes(archive: Path, records: RecordStore, searcher, files: list[str], contested: set[str],
                  workers: int, progress: Progress | None, timings: Counter):
    """The changed pages read as the rebuild reads them. Ids come from the content buckets:
    an article joins an indexed one of its bucket (``_known_keys``), except in a ``contested``
    bucket (more than one article, before or after), whose pages are all among ``files`` and
    whose ids are given again in path order, as a rebuild gives them."""
    def known(bucket_id: str) -> list[tuple[str, str]]:
        return [] if bucket_id in contested else _known_keys(records, searcher, bucket_id)

    resolver = Resolver()
    resolver.remember(discovered.Discovered.from_meta(records.get_meta("discovered", [])).resolver_rows())
    catalog = Catalog(timings=timings)
    catalog, dedup = _ingest_all(archive, workers, progress, dedup=Deduplicator(known=known),
                                 files=files, catalog=catalog, resolver=resolver)
    return catalog, dedup, resolver


def _contested(records: RecordStore, touched: set[str], old_pages: dict, catalog: Catalog,
               dedup: Deduplicator) -> set[str]:
    """The content buckets whose ids the changed pages may give otherwise than a rebuild would:
    buckets of more than one article (before or after) where the first copy of an article was
    on a changed or removed page, where a new article comes before one already there, or where
    a copy could join more than one of three or more articles. Elsewhere an article joins the
    one it joined before, and a new one takes the id a rebuild gives it."""
    found = set()
    met = dedup.buckets()
    buckets = set(met) | {records.bucket_of(a["id"]) for r in old_pages.values() for a in r["articles"]}
    for bucket_id in buckets:
        before = records.bucket_articles(bucket_id)
        after = [i for i, _ in met.get(bucket_id, ())]
        if len(set(before) | set(after)) < 2:
            continue
        firsts = records.first_pages(before)
        new = [catalog.occurrences[i][0].path for i in after if i not in before and catalog.occurrences.get(i)]
        if any(p in touched for p in firsts.values()) or \
                any(n < p for n in new for p in firsts.values()) or \
                (len(after) > 2 and bucket_id in dedup.ambiguous):
            found.add(bucket_id)
    return found


def _bucket_pages(records: RecordStore, buckets: set[str]) -> set[str]:
    """Every page holding a copy of an article of these buckets."""
    ids = [i for b in sorted(buckets) for i in records.bucket_articles(b)]
    return {row[0] for rows in records.occurrences(ids).values() for row in rows}


def _known_keys(records: RecordStore, searcher, bucket_id: str) -> list[tuple[str, str]]:
    """The (id, content key) of the indexed articles in a bucket, for the deduplicator: the key
    from the stored exception, else from the indexed text."""
    known = []
    for article_id in records.bucket_articles(bucket_id):
        key = records.stored_key(article_id)
        if key is None:
            fields = searcher.document(id=article_id)
            if fields is None:
                continue
            key = text_key(fields.get("title") or "", fields.get("body") or "")
        known.append((article_id, key))
    return known


def _occurrences(records: RecordStore, affected: set[str], touched: set[str],
                 catalog: Catalog) -> dict[str, list[Occurrence]]:
    """Every copy of the affected articles: on untouched pages (from the records) and on the pages
    just read, in path and page order."""
    found: dict[str, list[Occurrence]] = defaultdict(list)
    for article_id, rows in records.occurrences(sorted(affected)).items():
        found[article_id] += [Occurrence(*row) for row in rows if row[0] not in touched]
    for path in sorted(catalog.pages):
        for a in catalog.pages[path]["articles"]:
            found[a["id"]].append(Occurrence(a["path"], a["line_start"], a["line_end"], a["body_len"]))
    for article_id in found:
        found[article_id].sort(key=lambda o: o.path)      # stable: page order within a page
    return {i: occ for i, occ in found.items() if occ}


def _apply(ix, archive: Path, catalog: Catalog, occurrences: dict[str, list[Occurrence]],
           affected: set[str], indexed_copies: dict[str, Occurrence], resolver: Resolver,
           renaming: discovered.Renaming) -> tuple[dict[str, int], dict[str, dict]]:
    """Rewrite or delete the documents of the affected articles; count what changed, and give
    back the documents written. ``indexed_copies``: the copy each stored document was made from
    (the best copy before this update)."""
    counts = {"added": 0, "updated": 0, "deleted": 0}
    written: dict[str, dict] = {}
    with ix.searcher() as searcher:
        stored = {i: searcher.stored_fields(n) for i in affected
                  if (n := searcher.document_number(id=i)) is not None}
    with whoosh_fixes.writer(ix) as writer:
        for article_id in sorted(affected):
            occ = occurrences.get(article_id)
            if not occ:
                writer.delete_by_term("id", article_id)
                counts["deleted"] += article_id in stored
                continue
            doc = written[article_id] = renaming.rename_document(_document_for(
                archive, article_id, occ, catalog, stored.get(article_id),
                indexed_copies.get(article_id), resolver), ENTITY_SEPARATOR)
            writer.update_document(**doc)
            counts["updated" if article_id in stored else "added"] += 1
    return counts, written


def _document_for(archive: Path, article_id: str, occurrences: list[Occurrence], catalog: Catalog,
                  stored: dict | None, indexed_copy: Occurrence | None, resolver: Resolver) -> dict:
    """The document of an affected article, made from its best copy as a rebuild would choose
    it (``best_of``): the copy just parsed when it is on a page this update read; the stored
    document when it was made from that very copy (same place on an untouched page: only the
    article's pages changed); else the copy read again from its page."""
    best = best_of(occurrences)
    if best.path in catalog.pages:
        return document(catalog.best[article_id], occurrences)
    if stored is not None and best == indexed_copy:
        return _restored(stored, occurrences)
    return document(_best_copy(archive, article_id, best, resolver), occurrences)


def best_of(occurrences: list[Occurrence]) -> Occurrence:
    """The copy a document is made from: the longest, the first in path and page order on ties
    (the rebuild's Catalog.add_page keeps the first it meets)."""
    longest = max(o.body_len for o in occurrences)
    return next(o for o in occurrences if o.body_len == longest)


def _restored(stored: dict, occurrences: list[Occurrence]) -> dict:
    """A stored document with its pages brought up to date (every indexed field is stored)."""
    doc = {k: v for k, v in stored.items() if v is not None}
    doc.update(_pages_fields(occurrences))
    date = stored.get("date")
    doc["day"] = date.year * 10000 + date.month * 100 + date.day if date else 0
    return doc


def _affected_ids(old_pages: dict, catalog: Catalog) -> set[str]:
    """The articles on the touched pages, before and after."""
    return {a["id"] for record in (*old_pages.values(), *catalog.pages.values()) for a in record["articles"]}


def _best_copy(archive: Path, article_id: str, best: Occurrence, resolver: Resolver) -> Article:
    """The article's copy at ``best``, read again from its page."""
    page = read_page(str(archive / best.path))
    dedup = Deduplicator()
    at_place = [dedup.assign(a) for a in page.articles
                if len(a.body) == best.body_len and a.source.line_start == best.line_start]
    for article in sorted(at_place, key=lambda a: a.id != article_id):   # its own id first
        article.entities, article.variants = resolver.resolve(article.mentions)
        article.id, article.source.path = article_id, best.path
        return article
    raise store.StoreError(f"article {article_id} is no longer on {best.path}")


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


# ------------------------------------------------------------------ manifest and records

def _save_records(folder: Path, archive: Path, catalog: Catalog, dedup: Deduplicator,
                  resolver: Resolver) -> None:
    """A new version's records (what the next update needs) and its manifest."""
    records = RecordStore(folder, create=True)
    try:
        with records:
            records.set_dictionary(list(catalog.pages.values()))
            records.add_pages(catalog.pages[p] for p in sorted(catalog.pages))
            keys = dedup.keys()
            records.set_keys(*_key_rows({i: keys[i] for i in catalog.best},
                                        {i: a.key for i, a in catalog.best.items()}))
            records.set_meta("discovered", discovered.for_rebuild(resolver.known(), catalog.pages).to_meta())
            records.set_skipped(catalog.skipped)
        _save_manifest(folder, archive, records)
    finally:
        records.close()


def _longest(derived: str, read: Article | None) -> str:
    """An article's content key: the longest of its copies' (they agree on their common part),
    here of the copy indexed and the copies this update read (a key of a copy no longer in the
    archive is forgotten, as a rebuild never meets it)."""
    return read.key if read is not None and read.key and len(read.key) > len(derived) else derived


def _key_rows(keys: dict[str, str], derived: dict[str, str]) -> tuple[list, list]:
    """The collisions (an id that is not its key's bucket) and the keys the indexed text does
    not give back (``derived``: the key of each article's indexed copy; the longest copy is not
    always the one with the longest key)."""
    collisions = [(bucket(key), i) for i, key in keys.items() if bucket(key) != i]
    exceptions = [(i, key) for i, key in keys.items() if derived[i] != key]
    return collisions, exceptions


def rules_digest() -> str:
    """A digest of the data files the ingester and the analyzers read (index/data: stop words,
    protected names, outlets, the gazetteer): a version built under other rules cannot be
    updated in place, or its documents would mix two analyses."""
    digest = hashlib.blake2b(digest_size=8)
    for entry in sorted(resources.files("index").joinpath("data").iterdir(), key=lambda e: e.name):
        digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()


def _save_manifest(folder: Path, archive: Path, records: RecordStore) -> None:
    manifest = {"built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "archive": str(archive), "rules": rules_digest(), **records.summary(),
                "skipped": records.skipped()}
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2), "utf-8")
    os.replace(tmp, folder / MANIFEST)


def _save_skipped(version: Path, archive: Path, records: RecordStore, skipped: list[str]) -> None:
    """Record the archive's files that are not pages when nothing else changed (they have no
    page rows: an update never reads them, it only lists them as a rebuild would)."""
    with records:
        records.set_skipped(skipped)
    _save_manifest(version, archive, records)
    verify.record_files(version)


def _open_records(version: Path) -> RecordStore:
    try:
        return RecordStore(version)
    except FileNotFoundError:
        raise store.StoreError(f"{version.name} was built by an older Fahras without update records: "
                               "run `fahras rebuild` once") from None


# ------------------------------------------------------------------ helpers

def _stat(path: str) -> list[int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _relative(paths: list[str], archive: Path) -> list[str]:
    return sorted(os.path.relpath(p, archive) for p in paths)


def _report_json(report: PageReport, rel: str) -> dict:
    data = report.to_json()
    data["path"] = rel
    return data


def _require_archive(archive: Path) -> None:
    if not archive.is_dir():
        raise store.StoreError(f"archive folder not found: {archive} (set --archive or FAHRAS_ARCHIVE)")


def _abandon(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)


def _result(version: Path, catalog: Catalog, started: float, articles: int, **changes) -> BuildResult:
    statuses = Counter(p["report"]["status"] for p in catalog.pages.values())
    rejected = [(p["path"], p["report"]["reason"]) for p in catalog.pages.values()
                if p["report"]["status"] == "rejected"]
    return BuildResult(
        version=version, pages=len(catalog.pages), statuses=statuses,
        occurrences=sum(len(p["articles"]) for p in catalog.pages.values()),
        articles=articles, seconds=time.perf_counter() - started,
        timings=dict(catalog.timings), rejected=sorted(rejected), skipped=list(catalog.skipped),
        **changes)


def _result_from(records: RecordStore, version: Path, catalog: Catalog, started: float,
                 **changes) -> BuildResult:
    """An update's result: counts over the whole version, from its records."""
    summary = records.summary()
    return BuildResult(
        version=version, pages=summary["pages"], statuses=Counter(summary["statuses"]),
        occurrences=summary["occurrences"], articles=summary["articles"],
        seconds=time.perf_counter() - started, timings=dict(catalog.timings),
        rejected=records.rejected(), skipped=records.skipped(), **changes)
