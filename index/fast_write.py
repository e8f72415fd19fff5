"""The rebuild's segment writer: Whoosh's SegmentWriter with its postings kept in memory by term.

Whoosh's writer puts every posting as a 5-tuple into a sorting pool that spills sorted runs to a
temporary folder whenever it passes its memory limit, merges the runs back at commit, and hands
the codec one posting at a time. A full rebuild writes about nine million postings, so that path
is most of the writing time. Here each term keeps its own columns (document numbers, weights,
encoded values) as documents arrive; document numbers only grow, so every column is already in
order and only the terms are sorted at commit. Each term then goes to the codec's block buffers a
block at a time. The index is the one Whoosh's own writer makes (tests/test_fast_write.py: the
same bytes in every file but the postings, where shared position values pickle smaller); memory
is about 60 bytes a posting, which a 24 GiB machine affords.
"""
from __future__ import annotations

import time
from array import array
from collections import Counter

from whoosh.writing import SegmentWriter

from . import whoosh_fixes


class TermPool:
    """The postings of one segment, by field and term, in arrival order."""

    def __init__(self):
        self._fields: dict[str, dict[bytes, tuple[array, array, list]]] = {}

    def add(self, item) -> None:
        """Whoosh's pool interface: one (field, term, docnum, weight, value)."""
        fieldname, btext, docnum, weight, vbytes = item
        self.add_field(fieldname, docnum, [(btext, 1, weight, vbytes)], 1.0)

    def add_field(self, fieldname: str, docnum: int, items, boost: float) -> int:
        """A document's (term, frequency, weight, value) items in one field; returns the field's
        length (the sum of the frequencies)."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        length = 0
        for btext, freq, weight, vbytes in items:
            columns = terms.get(btext)
            if columns is None:
                columns = terms[btext] = (array("I"), array("d"), [])
            columns[0].append(docnum)
            columns[1].append(weight * boost)
            columns[2].append(vbytes)
            length += freq
        return length

    def sorted_terms(self):
        """(field, term, columns) in the codec's order; each field is released once handed out."""
        for fieldname in sorted(self._fields):
            terms = self._fields.pop(fieldname)
            for btext in sorted(terms):
                yield fieldname, btext, terms[btext]

    def iter_postings(self):
        """Whoosh's pool interface: one (field, term, docnum, weight, value) at a time."""
        for fieldname, btext, (docnums, weights, values) in self.sorted_terms():
            for posting in zip(docnums, weights, values):
                yield (fieldname, btext, *posting)

    def cleanup(self) -> None:
        self._fields.clear()


class BulkSegmentWriter(SegmentWriter):
    """A SegmentWriter over a TermPool: a document's terms go to the pool a field at a time, and
    each term's postings to the codec a block at a time. ``timings`` holds the seconds spent on
    analysis (a field's terms), writing (the rest of adding documents) and commit (the postings
    and term table written out)."""

    def __init__(self, ix, **kwargs):
        kwargs.setdefault("codec", whoosh_fixes.codec())
        super().__init__(ix, **kwargs)
        self.pool.cleanup()
        self.pool = TermPool()
        # spelling words and term vectors take Whoosh's own path (this schema has neither)
        self._plain = not any(f.separate_spelling() or f.vector for _, f in self.schema.items())
        self.timings: Counter = Counter()

    def add_document(self, **fields):
        """SegmentWriter.add_document with each field's postings handed over in one call."""
        if not self._plain:
            return super().add_document(**fields)
        started, analysis = time.perf_counter(), 0.0
        self._check_state()
        perdocwriter, schema, docnum = self.perdocwriter, self.schema, self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    analysed = time.perf_counter()
                    items = field.index(value)     # a list (StemmedText) or a generator (Whoosh's
                    if not isinstance(items, list):  # fields), which is run here to be timed
                        items = list(items)
                    analysis += time.perf_counter() - analysed
                    length = self.pool.add_field(fieldname, docnum, items, boost)
                    if not field.scorable:
                        length = 0
                stored = fields.get("_stored_%s" % fieldname, value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdocwriter.add_column_value(fieldname, field.column_type, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
        self.timings["analysis"] += analysis
        self.timings["write"] += time.perf_counter() - started - analysis

    def _flush_segment(self):
        started = time.perf_counter()
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        try:
            _write_terms(self.fieldwriter, self.schema, whoosh_fixes.Lengths(reader) if reader else None,
                         self.pool)
        finally:
            self.fieldwriter.close()
            if reader:
                reader.close()
            self.timings["commit"] += time.perf_counter() - started


def _write_terms(fieldwriter, schema, lengths, pool: TermPool) -> None:
    """FieldWriter.add_postings, a term at a time: the same calls into the codec's postings writer
    (start_field, start_term, finish_term), with its block buffers filled by slices."""
    current = None
    for fieldname, btext, columns in pool.sorted_terms():
        if fieldname != current:
            if current is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            current = fieldname
            field_lengths = lengths.field(fieldname) if lengths else None
        fieldwriter.start_term(btext)
        _add_term(fieldwriter._postwriter, columns, field_lengths)
        fieldwriter.finish_term()
    if current is not None:
        fieldwriter.finish_field()


def _add_term(postwriter, columns, field_lengths) -> None:
    """W3PostingsWriter.add_posting for a whole term: full blocks are written exactly where
    posting-by-posting adding would write them, with the same statistics."""
    docnums, weights, values = columns
    limit = postwriter._blocklimit
    for start in range(0, len(docnums), limit):
        if postwriter._ids:                      # the buffered block is full: write it out
            postwriter._write_block()
        ids = docnums[start:start + limit]
        postwriter._ids.extend(ids)
        block_weights = weights[start:start + limit]
        postwriter._weights.fromlist(block_weights.tolist())
        postwriter._maxweight = max(postwriter._maxweight, max(block_weights))
        postwriter._values.extend(v for v in values[start:start + limit] if v)
        if field_lengths is not None:
            nonzero = [n for n in map(field_lengths.__getitem__, ids) if n]
            if nonzero:
                low = min(nonzero)
                if postwriter._minlength is None or low < postwriter._minlength:
                    postwriter._minlength = low
                postwriter._maxlength = max(postwriter._maxlength, max(nonzero))
