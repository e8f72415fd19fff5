"""Open the live index version, and reopen it when the rebuild job switches versions."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from index import store, verify
from index.store import read_manifest
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
        self._stats: tuple[Path, dict] | None = None
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
            raise NoIndex(f"no search index in {self.root}: build one with "
                          f"`fahras rebuild --archive DIR --index {self.root}`")
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
            raise NoIndex(f"no search index in {self.root}")
        if self._stats is None or self._stats[0] != version:
            self._stats = (version, index_stats(self.root, version=version))
        return self._stats[1]

    def built_at(self) -> str:
        version = self.version()
        if version is None:
            raise NoIndex(f"no search index in {self.root}")
        return read_manifest(version)["built_at"]

    def entities(self, kind: str | None = None, top: int | None = None) -> list[dict]:
        """The entities of the live version (see ``fahras entities``)."""
        return entity_table(self.root, kind, top, version=self.version())
