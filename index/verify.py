"""Is an index version whole? A version records the size and BLAKE2 digest of every file it
wrote (files.json); opening checks that each segment file of the live generation is there at its
recorded size and that a searcher can read it. ``deep`` also compares the digests (fahras stats
--verify). A truncated or missing segment file is caught when the version is opened, so the
service keeps its last good version instead of failing query by query.
"""
from __future__ import annotations

import hashlib
import json
import os
from itertools import islice
from pathlib import Path

from whoosh import index as whoosh_index

from . import store
from .store import StoreError

FILES = "files.json"
INDEX_NAMES = (whoosh_index._DEF_INDEX_NAME, "quotes")        # the articles', and the quotations' (quote_index.QUOTES)
_SKIP = {FILES, *(f"{name}_WRITELOCK" for name in INDEX_NAMES)}


class CorruptIndex(StoreError):
    """A version that cannot be trusted, and what is wrong with it."""


def record_files(version: Path) -> None:
    """Write files.json: size and digest of each file now in the version (after a commit).
    Whoosh never rewrites a file under the same name, so known files keep their digests."""
    known = _recorded(version) if (version / FILES).exists() else {}
    files = {}
    for path in sorted(version.iterdir()):
        if path.is_file() and path.name not in _SKIP and not path.name.endswith(".tmp"):
            size = path.stat().st_size
            same = known.get(path.name, {}).get("size") == size and path.suffix == ".seg"
            files[path.name] = known[path.name] if same else {"size": size, "blake2b": _digest(path)}
    tmp = version / (FILES + ".tmp")
    tmp.write_text(json.dumps(files, indent=1), "utf-8")
    os.replace(tmp, version / FILES)


def check(version: Path, deep: bool = False) -> None:
    """Raise CorruptIndex saying what is wrong, or return if the version reads: its article index
    and, when it has one, its quotation index (index/quote_index.py)."""
    recorded = _recorded(version)
    for name in INDEX_NAMES:
        if name == whoosh_index._DEF_INDEX_NAME or whoosh_index.exists_in(str(version), indexname=name):
            _check_index(version, name, recorded, deep)


def _check_index(version: Path, indexname: str, recorded: dict, deep: bool) -> None:
    try:
        ix = whoosh_index.open_dir(str(version), indexname=indexname)
    except Exception as err:
        raise CorruptIndex(f"{version.name}: the {_label(indexname)} cannot be opened ({type(err).__name__}: {err})") from None
    for name in _segment_files(ix):
        path = version / name
        if not path.exists():
            raise CorruptIndex(f"{version.name}: segment file {name} is missing")
        expected = recorded.get(name)
        if expected is None:
            continue                       # written by an update after files.json: checked below
        if path.stat().st_size != expected["size"]:
            raise CorruptIndex(f"{version.name}: segment file {name} is {path.stat().st_size:,} bytes;"
                               f" it was written with {expected['size']:,} (truncated or overwritten)")
        if deep and _digest(path) != expected["blake2b"]:
            raise CorruptIndex(f"{version.name}: segment file {name} does not match its digest"
                               f" (its bytes changed after it was written)")
    _read_through(ix, version, indexname)


def _label(indexname: str) -> str:
    return "index" if indexname == whoosh_index._DEF_INDEX_NAME else f"{indexname} index"


def last_good(root: Path, exclude: Path | None = None) -> Path | None:
    """The newest published version, other than ``exclude``, that passes check()."""
    folder = root / store.VERSIONS
    if not folder.is_dir():
        return None
    published = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.endswith(store.BUILDING)
                        and p != exclude), reverse=True)
    for version in published:
        try:
            check(version)
            return version
        except CorruptIndex:
            continue
    return None


def _read_through(ix, version: Path, indexname: str) -> None:
    """Open a searcher and touch each segment: document count, a stored document, the terms."""
    try:
        with ix.searcher() as searcher:
            for sub, _ in searcher.leaf_searchers():
                reader = sub.reader()
                if reader.doc_count_all():
                    reader.stored_fields(0)
                    reader.stored_fields(reader.doc_count_all() - 1)
                list(islice(reader.all_terms(), 64))
    except Exception as err:
        raise CorruptIndex(f"{version.name}: the {_label(indexname)} cannot be read ({type(err).__name__}: {err})") from None


def _segment_files(ix) -> list[str]:
    toc = ix._read_toc()
    return [segment.make_filename(".seg") for segment in toc.segments if segment.is_compound()] + \
        [f"_{ix.indexname}_{toc.generation}.toc"]


def _recorded(version: Path) -> dict:
    try:
        return json.loads((version / FILES).read_text("utf-8"))
    except FileNotFoundError:
        return {}                          # a version built before files.json: structure only
    except ValueError:
        raise CorruptIndex(f"{version.name}: {FILES} is unreadable") from None


def _digest(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
