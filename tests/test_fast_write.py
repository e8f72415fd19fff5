"""The rebuild's fast write path makes the index Whoosh's own writer makes.

Every file is byte for byte Whoosh's, and every term's statistics and decoded postings are
compared too (they say where the two differ, should they ever).

Reference: Whoosh's SegmentWriter (sorting pool, posting-at-a-time codec calls) over the same
schema with plain TEXT fields (in schema.PackedPositions' format). Fast path: fast_write.BulkSegmentWriter (postings kept by term,
written a block at a time) over schema.StemmedText (terms straight from their positions).
"""
from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.fields import TEXT

from index import whoosh_fixes
from index.catalog import document
from index.entities import Resolver
from index.rebuild import ingest_all
from index.fast_write import BulkSegmentWriter
from index.schema import NamesText, PackedPositions, StemmedText, make_schema

from .conftest import EXAMPLES, examples

WORDS = ("convoy rockets base Erbil Baghdad Soleimani Qassem Asa'ib Asaib the of and said officials "
         "drones airport قال مسؤولون القافلة استهدفت الحدود سليماني الحشد الشعبي في من").split()


def _reference_schema():
    schema = make_schema()
    for name in ("title", "body"):
        field = schema[name]
        plain = TEXT(analyzer=field.analyzer, stored=True, field_boost=field.format.field_boost)
        plain.format = PackedPositions(field_boost=field.format.field_boost)
        schema.remove(name)
        schema.add(name, plain)
    for name in ("person", "org", "place"):                  # schema.NamesText: Whoosh's own TEXT
        field = schema[name]
        schema.remove(name)
        schema.add(name, TEXT(analyzer=field.analyzer, stored=True, sortable=True, phrase=False))
    return schema


def _documents() -> list[dict]:
    resolver = Resolver()
    catalog, _ = ingest_all(EXAMPLES, workers=1, progress=None, resolver=resolver)
    docs = [document(catalog.best[i], catalog.occurrences[i], resolver) for i in sorted(catalog.best)]
    rng = random.Random(7)      # enough documents per word that posting lists span several blocks
    for n in range(700):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
        docs.append({"id": f"synthetic-{n:04d}", "title": f"Headline {n % 13} {rng.choice(WORDS)}",
                     "body": body, "lang": rng.choice(["ar", "en"]), "day": rng.choice([0, 20210727]),
                     "pages": [["a.txt", 1, 2]], "page_count": 1 + n % 3,
                     **({"person": "Qassem Soleimani|Abu Mahdi al-Muhandis"} if n % 5 == 0 else {}),
                     **({"org": "ISIS|Hezbollah|ISIS"} if n % 7 == 0 else {})})
    return docs


def _segment_files(folder: Path) -> dict[str, bytes]:
    """Each segment file's bytes by its kind (segment names are random; the table of contents
    holds the schema, whose title and body classes differ by design)."""
    files = {}
    for path in folder.iterdir():
        kind = path.name.split(".", 1)[-1]
        if path.name.endswith(".seg") or kind.endswith(("toc", "lock")) or "." not in path.name:
            continue
        files[kind] = path.read_bytes()
    return files


def test_the_fast_writer_writes_whooshs_bytes(tmp_path):
    docs = _documents()
    assert len(docs) > 700
    reference, fast = tmp_path / "reference", tmp_path / "fast"
    reference.mkdir()
    fast.mkdir()
    ix = whoosh_index.create_in(str(reference), _reference_schema())
    # not compound: a compound file lists its parts under the segment's random name
    with ix.writer(codec=whoosh_fixes.codec(), compound=False) as writer:
        for doc in docs:
            writer.add_document(**doc)
    ix = whoosh_index.create_in(str(fast), make_schema())
    with BulkSegmentWriter(ix, compound=False) as writer:
        for doc in docs:
            writer.add_document(**doc)
    expected, written = _segment_files(reference), _segment_files(fast)
    assert set(written) == set(expected) and "pst" in written and "trm" in written
    with whoosh_index.open_dir(str(reference)).reader() as want, \
            whoosh_index.open_dir(str(fast)).reader() as got:
        assert list(got.all_terms()) == list(want.all_terms())
        for fieldname, text in want.all_terms():
            assert _term_stats(got, fieldname, text) == _term_stats(want, fieldname, text), (fieldname, text)
            assert _postings(got, fieldname, text) == _postings(want, fieldname, text), (fieldname, text)
        assert got.doc_count() == len(docs)
        assert got.doc_frequency("body", "convoy") > 128        # several posting blocks
    for kind, data in expected.items():
        assert written[kind] == data, f"{kind} differs"


def _term_stats(reader, fieldname: str, text: bytes) -> dict:
    info = vars(reader.term_info(fieldname, text)).copy()
    del info["_offset"], info["_length"]          # where the postings sit in the file
    return info


def _postings(reader, fieldname: str, text: bytes) -> list[tuple]:
    matcher, found = reader.postings(fieldname, text), []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return found


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(list("abc XY'’ʿ-é\u064e") + WORDS), max_size=80).map("".join))
def test_stemmed_text_indexes_what_text_indexes(text):
    schema = make_schema()
    for name in ("title", "body"):
        field = schema[name]
        assert isinstance(field, StemmedText)
        assert field.index(text) == list(TEXT.index(field, text))


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.sampled_from(["Qassem Soleimani", "ISIS", "حزب الله", "", " ", "a|b", "é"]), max_size=6)
       .map("|".join))
def test_names_text_indexes_what_text_indexes(names):
    field = make_schema()["person"]
    assert isinstance(field, NamesText)
    assert field.index(names) == list(TEXT.index(field, names))


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.integers(0, 200_000), min_size=1, max_size=40, unique=True))
def test_packed_positions_give_back_what_they_were_given(positions):
    positions.sort()
    fmt = PackedPositions(field_boost=2.0)
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)
    assert fmt.decode_weight(value) == 2.0 * len(positions)
    assert len(value) == 1 + len(positions) * (2 if positions[-1] < 1 << 16 else 4)
