"""An update's documents: every copy of the affected articles, and each document rewritten from
its best copy as a rebuild would choose it (or deleted when no copy is left)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from . import discovered, store, whoosh_fixes
from .catalog import Catalog, Occurrence, best_of, document, pages_fields
from .dedup import Deduplicator
from .entities import Resolver
from .ingest import identify, read_page
from .templates import Templates
from .names import Names
from .records import Article
from .records_store import RecordStore
from .schema import ENTITY_SEPARATOR, day_number


def occurrences_of(records: RecordStore, affected: set[str], touched: set[str],
                 catalog: Catalog) -> dict[str, list[Occurrence]]:
    """Every copy of the affected articles: on untouched pages (from the records) and on the pages
    just read, in path and page order."""
    found: dict[str, list[Occurrence]] = defaultdict(list)
    for article_id, rows in records.occurrences(sorted(affected)).items():
        found[article_id] += [Occurrence(*row) for row in rows if row[0] not in touched]
    for path in sorted(catalog.pages):
        for c in catalog.pages[path].copies:
            found[c.id].append(Occurrence(path, c.line_start, c.line_end, c.body_len))
    for article_id in found:
        found[article_id].sort(key=lambda o: o.path)      # stable: page order within a page
    return {i: occ for i, occ in found.items() if occ}


def apply_changes(ix, archive: Path, catalog: Catalog, occurrences: dict[str, list[Occurrence]],
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
        return document(catalog.best[article_id], occurrences, resolver)
    if stored is not None and best == indexed_copy:
        return _restored(stored, occurrences)
    return document(_best_copy(archive, article_id, best, resolver, catalog.templates), occurrences, resolver)


def _restored(stored: dict, occurrences: list[Occurrence]) -> dict:
    """A stored document with its pages brought up to date (every indexed field is stored)."""
    doc = {k: v for k, v in stored.items() if v is not None}
    doc.update(pages_fields(occurrences))
    date = stored.get("date")
    doc["day"] = day_number(date) if date else 0
    return doc


def _best_copy(archive: Path, article_id: str, best: Occurrence, resolver: Resolver,
               templates: Templates) -> Article:
    """The article's copy at ``best``, read again from its page (with the archive's templates)."""
    page = read_page(str(archive / best.path), templates)
    Names().find([page])
    at_place = [a for a in page.articles if len(a.body) == best.body_len and a.source.line_start == best.line_start]
    identify(at_place, Deduplicator(), resolver, {})
    for article in sorted(at_place, key=lambda a: a.id != article_id):   # its own id first
        article.id, article.source.path = article_id, best.path
        return article
    raise store.StoreError(f"article {article_id} is no longer on {best.path}")
