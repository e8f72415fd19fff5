"""An update's ids: the changed pages read as the rebuild reads them, each article joining an
indexed one of its content bucket, except in a contested bucket, whose pages are read whole and
whose ids are given again in path order, as a rebuild gives them."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import discovered
from .catalog import Catalog
from .dedup import Deduplicator, text_key
from .entities import Resolver
from .progress import Progress
from .rebuild import ingest_all
from .templates import Templates
from .records_store import RecordStore


def read_changes(archive: Path, records: RecordStore, searcher, files: list[str], contested: set[str],
                  workers: int, progress: Progress | None, timings: Counter, templates: Templates):
    """The changed pages read as the rebuild reads them. Ids come from the content buckets:
    an article joins an indexed one of its bucket (``_known_keys``), except in a ``contested``
    bucket (more than one article, before or after), whose pages are all among ``files`` and
    whose ids are given again in path order, as a rebuild gives them."""
    def known(bucket_id: str) -> list[tuple[str, str]]:
        return [] if bucket_id in contested else _known_keys(records, searcher, bucket_id)

    resolver = Resolver()
    resolver.remember(discovered.Discovered.from_meta(records.get_meta("discovered", [])).resolver_rows())
    catalog = Catalog(timings=timings, templates=templates)
    catalog, dedup = ingest_all(archive, workers, progress, dedup=Deduplicator(known=known),
                                 files=files, catalog=catalog, resolver=resolver)
    return catalog, dedup, resolver


def contested_buckets(records: RecordStore, touched: set[str], old_pages: dict, catalog: Catalog,
               dedup: Deduplicator) -> set[str]:
    """The content buckets whose ids the changed pages may give otherwise than a rebuild would:
    buckets of more than one article (before or after) where the first copy of an article was
    on a changed or removed page, where a new article comes before one already there, or where
    a copy could join more than one of three or more articles. Elsewhere an article joins the
    one it joined before, and a new one takes the id a rebuild gives it."""
    found = set()
    met = dedup.buckets()
    buckets = set(met) | {records.bucket_of(c.id) for r in old_pages.values() for c in r.copies}
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


def bucket_pages(records: RecordStore, buckets: set[str]) -> set[str]:
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


def affected_ids(old_pages: dict, catalog: Catalog) -> set[str]:
    """The articles on the touched pages, before and after."""
    return {c.id for record in (*old_pages.values(), *catalog.pages.values()) for c in record.copies}
