"""An open index version and everything derived from it, owned in one place.

``OpenVersion`` holds the Whoosh index of one version folder and what the read side derives from
it: the schema (Whoosh unpickles it anew on every ``ix.schema``), the query parser, one searcher
per thread, the facet columns of the newest generation and the checked sets of exact matches.
``LiveIndex`` (reader.py) makes one when it opens a version and drops it when a rebuild switches
to the next; whatever was derived from the old version goes with it (a thread still answering a
request holds its own reference until it is done). Nothing here is kept in module globals.
"""
from __future__ import annotations

import threading
from pathlib import Path

from whoosh.index import open_dir

from index import whoosh_fixes

from .columns import Columns, read_columns
from .exact import ExactChecks
from .query import make_parser
from .spellings import Spellings


class OpenVersion:
    def __init__(self, ix, path: Path | None = None):
        self.ix = ix
        self.path = Path(path) if path is not None else None
        self.schema = ix.schema
        self.exact = ExactChecks()
        self.parser = make_parser(self.schema, self.exact)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._columns: tuple[int, Columns] | None = None
        self._spellings: tuple[int, Spellings] | None = None
        self._average_lengths: dict[tuple, float] = {}      # the searchers' ranking statistics

    @classmethod
    def open(cls, path: Path) -> "OpenVersion":
        return cls(open_dir(str(path)), path)

    def searcher(self):
        """This thread's searcher, opened again when an update committed to the version.
        (Opening one reads every segment's files: over 100 ms on a large index.)"""
        searcher = getattr(self._local, "searcher", None)
        if searcher is None or not searcher.up_to_date():
            # a new searcher, not searcher.refresh(): Whoosh's refresh reuses the reader of every
            # segment whose id it knows, with the deletions it had, so a process that lived
            # through an update kept serving the documents the update had deleted
            searcher = self._local.searcher = whoosh_fixes.searcher(self.ix)
            searcher.average_lengths = self._average_lengths       # read once per generation
        return searcher

    def columns(self, searcher) -> Columns:
        """The facet columns of the searcher's generation, read once and kept for the newest."""
        generation = searcher.reader().generation()
        with self._lock:
            if self._columns is not None and self._columns[0] == generation:
                return self._columns[1]
        columns = read_columns(searcher.reader())
        with self._lock:
            if self._columns is None or self._columns[0] <= generation:
                self._columns = (generation, columns)
        return columns

    def spellings(self, searcher) -> Spellings:
        """What resolves typed filter values to canonical ones in the searcher's generation (an
        update changes the names and their spellings), kept for the newest."""
        generation = searcher.reader().generation()
        with self._lock:
            if self._spellings is None or self._spellings[0] < generation:
                self._spellings = (generation, Spellings(self.path))
            if self._spellings[0] == generation:
                return self._spellings[1]
        return Spellings(self.path)

    def close_searcher(self) -> None:
        """Close this thread's searcher (a one-shot command, or a test, done with the version)."""
        searcher = self._local.__dict__.pop("searcher", None)
        if searcher is not None:
            searcher.close()

    def generation(self) -> int:
        return self.searcher().reader().generation()
