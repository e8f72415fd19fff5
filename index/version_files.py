"""A version's own files besides the Whoosh index: its records (what the next update needs:
records.sqlite) and its manifest, and the digest of the rules it was built under."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from importlib import resources
from pathlib import Path

from . import discovered, store, verify
from .catalog import Catalog
from .dedup import Deduplicator, bucket
from .entities import Resolver
from .records import Article
from .records_store import RecordStore
from .store import MANIFEST
from .templates import Learner


def save_records(folder: Path, archive: Path, catalog: Catalog, dedup: Deduplicator,
                  resolver: Resolver, learner: Learner) -> None:
    """A new version's records (what the next update needs) and its manifest."""
    records = RecordStore(folder, create=True)
    try:
        with records:
            records.set_dictionary(list(catalog.pages.values()))
            records.add_pages(catalog.pages[p] for p in sorted(catalog.pages))
            keys = dedup.keys()
            records.set_keys(*key_rows({i: keys[i] for i in catalog.best},
                                        {i: a.key for i, a in catalog.best.items()}))
            records.set_meta("discovered", discovered.for_rebuild(resolver.known(), catalog.pages).to_meta())
            records.set_skipped(catalog.skipped)
            records.set_templates(catalog.templates)
        learner.save(folder)
        save_manifest(folder, archive, records)
    finally:
        records.close()


def longest(derived: str, read: Article | None) -> str:
    """An article's content key: the longest of its copies' (they agree on their common part),
    here of the copy indexed and the copies this update read (a key of a copy no longer in the
    archive is forgotten, as a rebuild never meets it)."""
    return read.key if read is not None and read.key and len(read.key) > len(derived) else derived


def key_rows(keys: dict[str, str], derived: dict[str, str]) -> tuple[list, list]:
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


def save_manifest(folder: Path, archive: Path, records: RecordStore) -> None:
    manifest = {"built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "archive": str(archive), "rules": rules_digest(), **records.summary(),
                "skipped": records.skipped()}
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2), "utf-8")
    os.replace(tmp, folder / MANIFEST)


def save_skipped(version: Path, archive: Path, records: RecordStore, skipped: list[str]) -> None:
    """Record the archive's files that are not pages when nothing else changed (they have no
    page rows: an update never reads them, it only lists them as a rebuild would)."""
    with records:
        records.set_skipped(skipped)
    save_manifest(version, archive, records)
    verify.record_files(version)


def open_records(version: Path) -> RecordStore:
    try:
        return RecordStore(version)
    except FileNotFoundError:
        raise store.StoreError(f"{version.name} was built by an older Fahras without update records: "
                               "run `fahras rebuild` once") from None
