"""What the live index holds: version, build time, pages by status and the files skipped as not
pages, counts by language, outlet and year, quotations, size."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from whoosh import index as whoosh_index

from . import store, verify
from .quote_index import QUOTES
from .store import read_manifest
from .records import DUPLICATE, INDEXED, REJECTED
from .records_store import RecordStore


def index_stats(root: Path, version: Path | None = None, deep: bool = False) -> dict:
    """Counts of a version (the live one by default), after checking it is whole (``deep``: also
    every file's digest); a broken version raises CorruptIndex naming the fallback readers use."""
    version = version or store.current_version(Path(root))
    if version is None:
        raise store.StoreError(store.no_index_message(root))
    try:
        verify.check(version, deep=deep)
    except verify.CorruptIndex as err:
        good = verify.last_good(Path(root), exclude=version)
        fallback = (f"readers fall back to version {good.name}" if good else
                    "no other version is whole: searches answer 503")
        raise verify.CorruptIndex(f"{err}; {fallback}. Run `fahras rebuild` to replace it.") from None
    manifest = read_manifest(version)
    ix = whoosh_index.open_dir(str(version))
    by_lang, by_outlet, by_year = Counter(), Counter(), Counter()
    with ix.searcher() as searcher:
        for fields in searcher.all_stored_fields():
            by_lang[fields.get("lang")] += 1
            by_outlet[fields.get("outlet") or "(unknown)"] += 1
            by_year[str(fields["date"].year) if fields.get("date") else "(undated)"] += 1
        documents = searcher.doc_count()
    quotations = None                      # a version built before quotations were indexed
    if whoosh_index.exists_in(str(version), indexname=QUOTES):
        with whoosh_index.open_dir(str(version), indexname=QUOTES).searcher() as searcher:
            quotations = searcher.doc_count()
    size = sum(f.stat().st_size for f in version.iterdir() if f.is_file())
    return {
        "version": version.name, "built_at": manifest["built_at"], "archive": manifest["archive"],
        "documents": documents, "quotations": quotations, "pages": manifest["pages"], "page_statuses": _statuses(manifest["statuses"]),
        "skipped": manifest.get("skipped", []),          # files that are not pages (not counted)
        "occurrences": manifest["occurrences"], "size_bytes": size,
        "by_lang": dict(by_lang.most_common()), "by_outlet": dict(by_outlet.most_common()),
        "by_year": dict(sorted(by_year.items())),
    }


def _statuses(counted: dict) -> dict:
    """Pages by status, every status named (zero when none has it), in the order of the reports."""
    named = {status: counted.get(status, 0) for status in (INDEXED, DUPLICATE, REJECTED)}
    return {**named, **{k: v for k, v in counted.items() if k not in named}}


def entity_table(root: Path, kind: str | None = None, top: int | None = None,
                 version: Path | None = None) -> list[dict]:
    """The entities of a version (the live one by default), most articles first: type, name,
    indexed articles naming it (its facet count), and the spellings seen in all copies."""
    version = version or store.current_version(Path(root))
    if version is None:
        raise store.StoreError(store.no_index_message(root))
    records = RecordStore(version)
    try:
        spellings = records.spellings()
    finally:
        records.close()
    rows = []
    with whoosh_index.open_dir(str(version)).reader() as reader:
        for (entity_type, name), seen in spellings.items():
            if kind in (None, entity_type):
                articles = _live_frequency(reader, entity_type, name)
                if articles:
                    rows.append({"type": entity_type, "name": name, "articles": articles,
                                 "variants": dict(seen.most_common())})
    rows.sort(key=lambda row: (-row["articles"], row["type"], row["name"]))
    return rows[:top] if top else rows


def _live_frequency(reader, fieldname: str, text: str) -> int:
    """The live documents holding a term (Whoosh's doc_frequency also counts deleted ones until a
    merge drops them: an update's rewritten documents counted twice)."""
    if (fieldname, text) not in reader:
        return 0
    if not reader.has_deletions():
        return reader.doc_frequency(fieldname, text)
    return sum(1 for _ in reader.postings(fieldname, text).all_ids())
