"""Whoosh's fixes: the patch table (``PATCHES``), the check that the installed Whoosh is the one
they were written for, and the replacement functions, applied once when this module is imported.
The replacements of fixes 2 and 3 (segment files read in place from one shared mapping) live in
index/whoosh_maps.py; index/whoosh_fixes.py, the adapter the rest of the code imports (writers,
searchers), imports this module first, so importing it (or the ``index`` package) patches Whoosh.

Importing this module patches Whoosh, or refuses loudly (``WhooshMismatch``): each replaced
function is checked against the fingerprint of the source it was written for (``PATCHES``), and
Whoosh's version against 2.7.5, so a changed Whoosh cannot silently run half-patched. The rebuild,
the update, the web workers and the run of Whoosh's own test suite (tests/test_whoosh_suite.py)
all import it.

1. Inlined postings (the writer).

W3PostingsWriter.finish_postings calls ``terminfo.set_inline`` but W3TermInfo names that method
``set_inlined``, so an ``inlinelimit`` above 1 crashes, and with the default of 1 no posting list
is ever inlined (the test is ``len < inlinelimit``). Most terms of a news archive occur in a few
documents; inlining their postings into the term table skips a compressed block per term. Readers
already understand inlined postings (``is_inlined``), so only the writer needs the name.
Measured on 1,500 articles: 137 -> 173 documents/s, identical search results.

2. No copy of memory-mapped segments (the readers). A segment is memory-mapped, but each of its
sub-files is wrapped in ``BufferFile``, whose ``BytesIO(buf)`` copies the bytes into the process:
opening a searcher on a 144 MB index took 250 MB. ``whoosh_maps.ViewFile`` reads the mapped view
in place.

3. One mapping per segment file in a process (the readers). Each searcher opens its own
``CompoundStorage``, which maps the whole segment file again; a web worker keeps one searcher
per thread, so four threads mapped each index page four times, and resident memory counts a
page once per mapping. ``whoosh_maps.SHARED_MAPS`` hands every storage of the same file (same
device, inode, size and mtime) the one read-only mapping, unmapped when its last user goes.
Measured with gunicorn (2 workers x 4 threads) on the full archive: worker RSS 506 / 481 -> 297 / 295 MB.

4. Smaller postings and stored fields (the writer). The W3 codec pickles each block, each block's
header and each term's inlined postings with protocol 2, which spells every bytes object (every
posting's positions) as a call to ``_codecs.encode`` on a latin-1 string: 73 bytes for one
inlined posting whose value is 3 bytes. ``_dumps`` pickles with protocol 3, which writes bytes
as bytes, has no frame header (protocol 4's 9 bytes), and keeps no memo (its 2-byte entries cost
more than the repeats they save); ``_set_inline`` keeps whole weights as ints (2 pickled bytes,
not 9): one inlined posting is now 17 bytes. A document's stored fields are pickled with
protocol 4 and deflated at level 6 instead of 3. Readers unpickle any protocol and read ints as
weights, so older versions still read. Small archive (12,660 articles): terms 32.0 -> 16.7 MB,
postings 17.9 -> 8.2 MB, stored fields 16.3 -> 14.8 MB (with schema.PackedPositions).

5. Inlined postings of a field without values (the readers). A block on disk gives ``None`` as
the value of each posting of such a field (``day``, ``lang``); the ``ListMatcher`` over inlined
postings gave ``""``, which Whoosh's merge of small segments refuses (``AssertionError:
vbytes=''``): every ``fahras update`` after the fifth failed. Inlined postings now give ``None``
like the blocks.

6. Field lengths read once per field (the writer). Whoosh asks the per-document reader for a
document's field length once per posting; ``Lengths`` reads each field's lengths into a list once
per segment. Only over the W3 codec's reader, whose documents all have lengths: the in-memory
segment of Whoosh's ``BufferedWriter`` drops a replaced document's lengths, so reading every
document's raised ``KeyError`` on its ``update_document``; any other reader is asked per posting,
as Whoosh does. Found by Whoosh's own test suite (tests/test_whoosh_suite.py).

7. Term vectors never inlined (the writer). A field with ``vector=True`` writes each document's
vector as a posting list and puts its offset in a column; with fix 1 a short vector was inlined
into a term info that is thrown away, and its offset (None) failed the column (``struct.error``).
A vector's postings writer now inlines nothing, as with Whoosh's own limit. Fahras has no
vectors; Whoosh's own test suite caught it.

8. Quality pruning of inlined postings only with a scorer that has qualities (the readers).
``ListMatcher.replace`` asked its scorer for a block quality without checking
``supports_block_quality``; before fix 1 no term read from disk came as a ListMatcher, now every
rare term does, so a top-N search with a scorer without qualities (``FunctionWeighting``, a
``Weighting`` subclass) raised ``NotImplementedError``. Fahras scores with BM25F, which has them;
Whoosh's own test suite caught it.

9. A disjunction-max scores the current document only (the readers). ``DisjunctionMaxMatcher``
gave the higher score of its two sub-matchers even when only one of them was on the current
document, so a document took the score of another document's term: an article found through
one rendering of a word scored by the other rendering's next article, and an index of several
segments scored it otherwise than a rebuilt one (cross-language search's groups are
disjunction-maxes; tests/test_update_soak.py caught it). It now scores as ``UnionMatcher`` does,
with the maximum where ``UnionMatcher`` adds.

10. An AND NOT excludes its first document too (the readers). ``AndNotMatcher`` looked for the
first document of its wanted side that its excluded side lacks only when both sides started on
the same document: when the excluded side started earlier, the wanted side's first document was
matched even if the excluded side held it: ``iran ANDNOT israel`` could list an article on
Israel. (``iran NOT israel`` is an intersection with an inverse, which was right.) And a skip
that took its wanted side past its last document read that side's document anyway
(``IndexError`` inside an AND: ``iran AND (trump ANDNOT israel)`` could fail). Found by comparing
the array collection (search/collect.py) document by document with Whoosh's walk of every query
shape (tests/test_collect.py).

11. An AND MAYBE adds its optional side after a skip too (the readers). ``AndMaybeMatcher.skip_to``
moved its optional side to the target, not to where its wanted side landed, so inside an AND
(which skips) a document lost the optional side's score: ``iran ANDMAYBE israel`` ranked an
article on both as if it did not mention Israel. Found the same way as fix 10.

12. A NOT skips deleted documents after its query's last match too (the readers).
``InverseMatcher`` stopped checking for deleted documents once its child ran out on the way, so
the document after the child's last match was matched even when an update had deleted it:
``NOT israel`` on an updated index could list a deleted article. Found the same way as fix 10.
"""
from __future__ import annotations

import hashlib
import inspect
import io
import pickle

import whoosh
from whoosh import columns, writing
from whoosh.codec import whoosh3
from whoosh.filedb import compound, structfile
from whoosh.matching import binary, mcore, wrappers
from whoosh.util.numeric import byte_to_length

from .whoosh_maps import buffer_file_init, compound_storage_close, compound_storage_init


class Lengths:
    """doc_field_length() over lists filled once per field from the per-document reader."""

    def __init__(self, reader):
        self._reader = reader
        self._fields: dict[str, list] = {}

    def field(self, fieldname: str) -> list[int]:
        """Every document's length in the field, by document number, as ``doc_field_length``
        gives it (0 where the field has no lengths, None for a document without the field): the
        lengths column looked up once, not once a document (each lookup of a missing column
        asked the file system)."""
        lengths = self._fields.get(fieldname)
        if lengths is None:
            count = self._reader.doc_count_all()
            column = self._reader._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
            lengths = self._fields[fieldname] = [0] * count if column is None else \
                [byte_to_length(b) if b else None for b in (column[d] for d in range(count))]
        return lengths

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        return self.field(fieldname)[docnum]


def _flush_segment(self):
    """SegmentWriter._flush_segment with the postings' field lengths from ``Lengths`` (fix 6)."""
    self.perdocwriter.close()
    reader = self.per_document_reader() if self.codec.length_stats else None
    lengths = Lengths(reader) if isinstance(reader, whoosh3.W3PerDocReader) else reader
    self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
    self.fieldwriter.close()
    if reader:
        reader.close()


def _dumps(obj, protocol=None) -> bytes:
    """whoosh3's ``dumps(obj, 2)``, with protocol 3 whatever it asks for, without a memo."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, 3)
    pickler.fast = True
    pickler.dump(obj)
    return out.getvalue()


def _set_inline(self, ids, weights, values) -> None:
    """W3TermInfo.set_inlined with whole weights as ints (2 pickled bytes, not 9)."""
    self._inlined = (tuple(ids), tuple(int(w) if w.is_integer() else w for w in weights), tuple(values))


class _StoredColumn(columns.PickleColumn):
    """whoosh3's stored-fields column, pickling with protocol 4 (and deflating at level 6)."""

    class Writer(columns.PickleColumn.Writer):
        def add(self, docnum, v):
            self._child.add(docnum, pickle.dumps(v, 4) if v is not None else b"")


_STORED_COLUMN = _StoredColumn(columns.CompressedBytesColumn(level=6))


_postings_reader = whoosh3.W3Codec.postings_reader


def _inlined_postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
    """W3Codec.postings_reader, with ``None`` as the value of inlined postings without values."""
    matcher = _postings_reader(self, dbfile, terminfo, format_, term=term, scorer=scorer)
    if terminfo.is_inlined() and not terminfo.inlined_postings()[2]:
        matcher._values = (None,) * len(matcher._ids)
    return matcher


def _postings_writer(self, dbfile, byteids=False):
    """W3Codec.postings_writer inlining no term vector (``byteids``): its column holds an offset."""
    return whoosh3.W3PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                    compression=self._compression,
                                    inlinelimit=0 if byteids else self._inlinelimit)


def _list_matcher_replace(self, minquality=0):
    """ListMatcher.replace pruning by quality only if its scorer has qualities (or it has none)."""
    if not self.is_active():
        return mcore.NullMatcher()
    if minquality and (self._scorer is None or self._scorer.supports_block_quality()) \
            and self.max_quality() < minquality:
        return mcore.NullMatcher()
    return self


def _disjunction_max_score(self):
    """DisjunctionMaxMatcher.score from the sub-matchers on the current document only."""
    a, b = self.a, self.b
    if not a.is_active():
        return b.score()
    if not b.is_active():
        return a.score()
    if a.id() != b.id():
        return (a if a.id() < b.id() else b).score()
    return max(a.score(), b.score())


def _and_not_find_first(self):
    """AndNotMatcher._find_first also when the excluded side starts before the wanted side."""
    if self.a.is_active() and self.b.is_active() and self.b.id() <= self.a.id():
        self._find_next()


def _and_not_find_next(self):
    """AndNotMatcher._find_next, stopping when the wanted side has run out."""
    if not self.a.is_active() or not self.b.is_active():
        return False
    return _AND_NOT_FIND_NEXT(self)


_AND_NOT_FIND_NEXT = binary.AndNotMatcher._find_next


def _and_maybe_skip_to(self, id):
    """AndMaybeMatcher.skip_to with the optional side moved to where the wanted side landed."""
    if not self.a.is_active():
        raise mcore.ReadTooFar
    ra = self.a.skip_to(id)
    rb = False
    if self.a.is_active() and self.b.is_active():
        rb = self.b.skip_to(self.a.id())
    return ra or rb


def _inverse_find_next(self):
    """InverseMatcher._find_next: the next document from here neither missing (deleted) nor
    matched by the child."""
    child, missing = self.child, self.missing
    while self._id < self.limit:
        if missing(self._id):
            self._id += 1
            continue
        if child.is_active() and child.id() < self._id:
            child.skip_to(self._id)
        if child.is_active() and child.id() == self._id:
            self._id += 1
            continue
        return


WHOOSH_VERSION = (2, 7, 5)

# (owner, attribute, replacement, sha256 prefix of the original's source): the original must be
# the code each fix was written against.
PATCHES = (
    (whoosh3.W3TermInfo, "set_inline", _set_inline, None),            # missing in 2.7.5: fix 1
    (structfile.BufferFile, "__init__", buffer_file_init, "92f1c0a5b1a2"),
    (writing.SegmentWriter, "_flush_segment", _flush_segment, "a4b79c8a3687"),
    (whoosh3, "dumps", _dumps, None),                                   # pickle.dumps itself
    (whoosh3, "STORED_COLUMN", _STORED_COLUMN, None),
    (compound.CompoundStorage, "__init__", compound_storage_init, "c4328c7f8823"),
    (compound.CompoundStorage, "close", compound_storage_close, "031d2e994c92"),
    (whoosh3.W3Codec, "postings_reader", _inlined_postings_reader, "339e62c08607"),
    (whoosh3.W3Codec, "postings_writer", _postings_writer, "148afc389811"),
    (mcore.ListMatcher, "replace", _list_matcher_replace, "057fa4609747"),
    (binary.DisjunctionMaxMatcher, "score", _disjunction_max_score, "668783f1099f"),
    (binary.AndNotMatcher, "_find_first", _and_not_find_first, "32985cab3916"),
    (binary.AndNotMatcher, "_find_next", _and_not_find_next, "6581a9ba7778"),
    (binary.AndMaybeMatcher, "skip_to", _and_maybe_skip_to, "368654204d09"),
    (wrappers.InverseMatcher, "_find_next", _inverse_find_next, "b115dcf08bf2"),
)


class WhooshMismatch(RuntimeError):
    """The installed Whoosh is not the one these fixes were written for."""


def fingerprint(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:12]


def _apply() -> None:
    if whoosh.__version__ != WHOOSH_VERSION:
        raise WhooshMismatch(f"index/whoosh_fixes.py (its patches: index/whoosh_patches.py) was "
                             f"written for whoosh-reloaded {'.'.join(map(str, WHOOSH_VERSION))}; "
                             f"this is {whoosh.versionstring()}")
    for owner, name, replacement, expected in PATCHES:
        original = getattr(owner, name, None)
        if original is replacement:
            continue
        if expected is not None and fingerprint(original) != expected:
            raise WhooshMismatch(f"{owner.__name__}.{name} is not the code index/whoosh_fixes.py "
                                 f"replaces (fingerprint {fingerprint(original)}, expected {expected}: "
                                 f"PATCHES in index/whoosh_patches.py)")
        setattr(owner, name, replacement)


def applied() -> dict[str, bool]:
    """Whether each fix is in place (a test holds every one true after import)."""
    return {f"{getattr(owner, '__name__', owner)}.{name}": getattr(owner, name, None) is replacement
            for owner, name, replacement, _ in PATCHES}


_apply()
