"""Open the live index version, and reopen it when the rebuild job switches versions."""
from __future__ import annotations

import threading
from pathlib import Path

from whoosh import index as whoosh_index

from index import store, whoosh_fixes
from index.build import read_manifest
from index.stats import entity_table, index_stats


class NoIndex(RuntimeError):
    """No index has been built yet; the message says which command builds one."""


class LiveIndex:
    """One per process: the Whoosh index that CURRENT names, reopened after a switch."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()
        self._version: Path | None = None
        self._index = None
        self._stats: tuple[Path, dict] | None = None

    def version(self) -> Path | None:
        return store.current_version(self.root)

    def open(self):
        """The live Whoosh index; raises NoIndex when none has been built."""
        version = self.version()
        if version is None:
            raise NoIndex(f"no search index in {self.root}: build one with "
                          f"`fahras rebuild --archive DIR --index {self.root}`")
        with self._lock:
            if version != self._version:
                whoosh_fixes.apply()
                self._index = whoosh_index.open_dir(str(version))
                self._version = version
            return self._index

    def stats(self) -> dict:
        """Counts of the live version (see ``fahras stats``), computed once per version."""
        version = self.version()
        if version is None:
            raise NoIndex(f"no search index in {self.root}")
        if self._stats is None or self._stats[0] != version:
            self._stats = (version, index_stats(self.root))
        return self._stats[1]

    def built_at(self) -> str:
        version = self.version()
        if version is None:
            raise NoIndex(f"no search index in {self.root}")
        return read_manifest(version)["built_at"]

    def entities(self, kind: str | None = None, top: int | None = None) -> list[dict]:
        """The entities of the live version (see ``fahras entities``)."""
        if self.version() is None:
            raise NoIndex(f"no search index in {self.root}")
        return entity_table(self.root, kind, top)
