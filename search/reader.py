"""Open the live index version, and reopen it when the rebuild job switches versions."""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from index import store, verify
from index.store import MANIFEST, read_manifest
from index.stats import entity_table, index_stats

from .version import OpenVersion

log = logging.getLogger("fahras.index")


class NoIndex(RuntimeError):
    """No index has been built yet; the message says which command builds one."""


class LiveIndex:
    """One per process: the version that CURRENT names, opened as an ``OpenVersion`` and reopened
    after a switch. The previous one is dropped then, with everything derived from it; a request
    still running on it keeps its own reference until it ends."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()
        self._version: Path | None = None
        self._index = None
        self._stats: tuple[tuple, dict] | None = None      # (version, state) -> its counts
        self._entities: tuple[tuple, dict] | None = None   # (version, state) -> the table by type
        self._entities_lock = threading.Lock()
        self._broken: dict[Path, str] = {}        # version -> what is wrong with it

    def version(self) -> Path | None:
        """The version this process serves: the one CURRENT names, unless it is broken (then
        the last good one); None when no index has been built."""
        try:
            self.open()
        except NoIndex:
            if store.current_version(self.root) is None:
                return None
            raise
        return self._version

    def open(self) -> OpenVersion:
        """The live version; raises NoIndex when none has been built (or none is whole).

        A version is checked (index/verify.py) before it is first opened. If the one CURRENT names
        is broken, the error is logged loudly once and the process keeps the version it has open,
        or opens the newest whole one."""
        named = store.current_version(self.root)
        if named is None:
            raise NoIndex(store.no_index_message(self.root))
        with self._lock:
            if named == self._version or named in self._broken:
                if self._index is None:
                    raise NoIndex(self._broken[named])
                return self._index
            try:
                verify.check(named)
                chosen = named
            except verify.CorruptIndex as err:
                chosen = self._version or verify.last_good(self.root, exclude=named)
                message = (f"index version is broken and is not served: {err}. "
                           + (f"Serving {chosen.name}. " if chosen else "No whole version to serve. ")
                           + "Run `fahras rebuild` to replace it.")
                log.critical(message)
                self._broken[named] = message
                if chosen is None:
                    raise NoIndex(message) from None
                if chosen == self._version:
                    return self._index
            self._index = OpenVersion.open(chosen)
            self._version = chosen
            return self._index

    def stats(self) -> dict:
        """Counts of the live version (see ``fahras stats``), computed once per version."""
        version = self.version()
        if version is None:
            raise NoIndex(store.no_index_message(self.root))
        key = (version, _state(version))
        if self._stats is None or self._stats[0] != key:
            self._stats = (key, index_stats(self.root, version=version))
        return self._stats[1]

    def built_at(self) -> str:
        version = self.version()
        if version is None:
            raise NoIndex(store.no_index_message(self.root))
        return read_manifest(version)["built_at"]

    def entities(self, kind: str | None = None, top: int | None = None) -> list[dict]:
        """The entities of the live version (see ``fahras entities``): the whole table is computed
        once per version and state (an ``update`` changes a version in place) and kept here, so
        the home page does not read every entity's postings on each request. Callers get copies
        of the rows."""
        version = self.version()
        if version is None:
            raise NoIndex(store.no_index_message(self.root))
        rows = self._entity_rows(version).get(kind, [])
        return [dict(row) for row in (rows[:top] if top else rows)]

    def _entity_rows(self, version: Path) -> dict[str | None, list[dict]]:
        """The table of the version, whole (key None) and by type, most articles first."""
        key = (version, _state(version))
        cached = self._entities
        if cached is not None and cached[0] == key:
            return cached[1]
        with self._entities_lock:             # one computation, however many requests wait for it
            cached = self._entities
            if cached is None or cached[0] != key:
                rows = entity_table(self.root, version=version)
                by_kind: dict[str | None, list[dict]] = {None: rows}
                for row in rows:
                    by_kind.setdefault(row["type"], []).append(row)
                self._entities = cached = (key, by_kind)
            return cached[1]


def _state(version: Path) -> tuple | None:
    """What changes when a build or an update commits to a version: its manifest, which both
    replace (atomically) once the Whoosh commit and the records are written, and whose
    ``built_at`` the web's validators hash too (web/http.py). A table computed while an update is
    between its commit and its manifest is kept under the state before it, and computed again
    once the manifest is replaced."""
    try:
        stat = os.stat(version / MANIFEST)
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)
