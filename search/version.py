"""An open index version and everything derived from it, owned in one place.

``OpenVersion`` holds the Whoosh index of one version folder and what the read side derives from
it: the schema (Whoosh unpickles it anew on every ``ix.schema``), the query parser, one searcher
per thread, the facet columns of the newest generation and the checked sets of exact matches.
``LiveIndex`` (reader.py) makes one when it opens a version and drops it when a rebuild switches
to the next; whatever was derived from the old version goes with it (a thread still answering a
request holds its own reference until it is done). Nothing here is kept in module globals.

``OpenQuotes`` is the same for the version's quotation index (index/quote_index.py), which the
OpenVersion opens when first asked (``quotes()``) and owns: the engine searches either.
"""
from __future__ import annotations

import threading
from pathlib import Path

from whoosh.index import exists_in, open_dir

from index import whoosh_fixes
from index.quote_index import QUOTES

from .collect import SegmentArrays
from .columns import QUOTE_MULTI, QUOTE_SINGLE, Columns, read_columns
from .exact import ExactChecks
from .facets import QUOTE_FACETS, REGISTRY
from .hits import article_hit, quote_hit
from .query import make_parser
from .spellings import Spellings


class OpenVersion:
    """The article index of a version, and what the read side derives from it."""
    facets = REGISTRY

    def __init__(self, ix, path: Path | None = None):
        self.ix = ix
        self.path = Path(path) if path is not None else None
        self.schema = ix.schema
        self.exact = ExactChecks()
        self.parser = self.make_parser()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._columns: tuple[int, Columns] | None = None
        self._spellings: tuple[int, Spellings] | None = None
        self._average_lengths: dict[tuple, float] = {}      # the searchers' ranking statistics
        self.arrays = SegmentArrays()                       # field lengths and postings, by segment
        self._quotes: OpenQuotes | None = None

    @classmethod
    def open(cls, path: Path) -> "OpenVersion":
        return cls(open_dir(str(path)), path)

    def make_parser(self):
        return make_parser(self.schema, self.exact)

    def read_columns(self, reader) -> Columns:
        return read_columns(reader)

    def hit(self, stored: dict, score: float | None, terms, snippets: bool):
        return article_hit(stored, score, terms, snippets)

    def quotes(self) -> "OpenQuotes":
        """The version's quotation index (index/quote_index.py), opened once."""
        with self._lock:
            if self._quotes is None:
                if self.path is None or not exists_in(str(self.path), indexname=QUOTES):
                    raise NoQuotes(f"index version {self.path.name if self.path else ''} has no quotation "
                                   "index (built before quotations were read): run `fahras rebuild`")
                self._quotes = OpenQuotes(open_dir(str(self.path), indexname=QUOTES), self.path)
            return self._quotes

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
        columns = self.read_columns(searcher.reader())
        with self._lock:
            if self._columns is None or self._columns[0] <= generation:
                self._columns = (generation, columns)
                self.arrays.keep_only({sub.segment().segment_id() for sub, _ in searcher.reader().leaf_readers()})
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


class NoQuotes(LookupError):
    """A version built before quotations were indexed; the message says to rebuild."""


class OpenQuotes(OpenVersion):
    """The quotation index of a version: searched like the articles (search/engine.py), with its
    own text field, filters, facets and hits."""
    facets = QUOTE_FACETS

    def make_parser(self):
        return make_parser(self.schema, self.exact, boosts={"text": 1.0}, entities=False)

    def read_columns(self, reader) -> Columns:
        return read_columns(reader, single=QUOTE_SINGLE, multi=QUOTE_MULTI)

    def hit(self, stored: dict, score: float | None, terms, snippets: bool):
        return quote_hit(stored, score, terms)

    def quotes(self) -> "OpenQuotes":
        return self
