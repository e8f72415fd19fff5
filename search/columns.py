"""The fast path for filters, totals and facets: per-version arrays of the facet columns.

Whoosh counts facets by visiting every matched document in Python. Here each facet field is read
once per index generation into NumPy arrays (a code per document for single-valued fields, a CSR
list of codes for entity fields), so a filter is a boolean mask and a facet is one ``bincount``
over the documents the mask lets through.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.schema import split_names

from .fields import MULTI_VALUED, QUOTE_FILTERS, SINGLE_VALUED

SINGLE = (*SINGLE_VALUED, "month")       # the filters' columns, and the date histogram's
MULTI = MULTI_VALUED
QUOTE_SINGLE = (*(f.name for f in QUOTE_FILTERS if not f.multi), "month")   # the quotation index's
QUOTE_MULTI = tuple(f.name for f in QUOTE_FILTERS if f.multi)


@dataclass
class Single:
    codes: np.ndarray            # int32 per document, 0 = no value
    vocab: list[str]             # code -> value (vocab[0] is "")
    index: dict[str, int]


@dataclass
class Multi:
    indptr: np.ndarray           # document d's codes are indices[indptr[d]:indptr[d + 1]]
    indices: np.ndarray
    doc_of: np.ndarray           # the document each entry of indices belongs to
    vocab: list[str]
    index: dict[str, int]


@dataclass
class Columns:
    size: int
    live: np.ndarray             # bool: not deleted
    day: np.ndarray              # int64 yyyymmdd, 0 when undated
    single: dict[str, Single]
    multi: dict[str, Multi]

    def values_mask(self, field: str, values: list[str]) -> np.ndarray:
        """Documents having any of the values in the field."""
        if field in self.single:
            column = self.single[field]
            codes = [column.index[v] for v in values if v in column.index]
            return np.isin(column.codes, codes) if codes else np.zeros(self.size, bool)
        column = self.multi[field]
        codes = [column.index[v] for v in values if v in column.index]
        mask = np.zeros(self.size, bool)
        mask[column.doc_of[np.isin(column.indices, codes)]] = True
        return mask

    def day_mask(self, start: int, end: int | None) -> np.ndarray:
        mask = self.day >= start
        return mask & (self.day <= end) if end is not None else mask

    def counts(self, field: str, mask: np.ndarray) -> dict[str, int]:
        """Documents per value among the masked ones."""
        counted, vocab = self._counted(field, mask)
        return {vocab[code]: int(counted[code]) for code in np.flatnonzero(counted)}

    def top(self, field: str, mask: np.ndarray, limit: int, chosen=()) -> tuple[list[tuple[str, int]], dict[str, int]]:
        """The ``limit`` values with most documents among the masked ones (most first, then by
        value), and the counts of the ``chosen`` values: only the values that can be in the top
        are sorted (an entity field has thousands)."""
        counted, vocab = self._counted(field, mask)
        codes = np.flatnonzero(counted)
        if len(codes) > limit:
            floor = np.partition(counted[codes], len(codes) - limit)[len(codes) - limit]
            codes = codes[counted[codes] >= floor]
        ranked = sorted(((vocab[code], int(counted[code])) for code in codes), key=lambda vc: (-vc[1], vc[0]))
        column = self.single.get(field) or self.multi[field]
        return ranked[:limit], {v: int(counted[column.index[v]]) if v in column.index else 0 for v in chosen}

    def _counted(self, field: str, mask: np.ndarray) -> tuple[np.ndarray, list[str]]:
        """Documents per value code among the masked ones (code 0, no value, counted as none)."""
        if field in self.single:
            column = self.single[field]
            counted = np.bincount(column.codes[mask], minlength=len(column.vocab))
        else:
            column = self.multi[field]
            counted = np.bincount(column.indices[mask[column.doc_of]], minlength=len(column.vocab))
        counted[0] = 0
        return counted, column.vocab


def read_columns(reader, single=SINGLE, multi=MULTI) -> Columns:
    """The columns of a reader's documents (an OpenVersion keeps them per generation): by
    default the article filters' (fields.FILTERS); the quotation index names its own."""
    size = reader.doc_count_all()
    live = np.zeros(size, bool)
    live[list(reader.all_doc_ids())] = True
    day = np.fromiter((v or 0 for v in column_values(reader, "day")), dtype=np.int64, count=size)
    single = {name: _single(column_values(reader, name)) for name in single}
    multi = {name: _multi(column_values(reader, name), size) for name in multi}
    for column in (*single.values(),):
        column.codes[~live] = 0
    return Columns(size, live, day * live, single, multi)


def column_values(reader, name: str):
    """Every document's value of a column, segment by segment. (Whoosh's MultiReader skips a
    segment that has no such column, one an update wrote without a single person, say, and the
    values after it then belong to the wrong documents.)"""
    for sub, _ in reader.leaf_readers():
        if sub.has_column(name):
            yield from sub.column_reader(name)
        else:
            yield from (None for _ in range(sub.doc_count_all()))


def _single(column) -> Single:
    vocab, index, codes = [""], {"": 0}, []
    for value in column:
        code = index.get(value or "")
        if code is None:
            code = index[value] = len(vocab)
            vocab.append(value)
        codes.append(code)
    return Single(np.array(codes, dtype=np.int32), vocab, index)


def _multi(column, size: int) -> Multi:
    vocab, index, indices, indptr = [""], {"": 0}, [], [0]
    for raw in column:
        for value in split_names(raw):
            code = index.get(value)
            if code is None:
                code = index[value] = len(vocab)
                vocab.append(value)
            indices.append(code)
        indptr.append(len(indices))
    indptr_array = np.array(indptr, dtype=np.int64)
    doc_of = np.repeat(np.arange(size, dtype=np.int64), np.diff(indptr_array))
    return Multi(indptr_array, np.array(indices, dtype=np.int32), doc_of, vocab, index)
