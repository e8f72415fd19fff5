"""The annotated corpora in ../shared/ner/ (CoNLL-style: a token a line, the tag last, a blank line
after a sentence, -DOCSTART- lines between documents) as documents of sentences of (word, tag),
tags in IOB2 with one label set: PER, ORG, LOC (MISC and anything else become O)."""
from __future__ import annotations

import gzip
from pathlib import Path

LABELS = {"PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC"}

Sentence = list[tuple[str, str]]


def read_documents(path: Path) -> list[list[Sentence]]:
    """The file's documents (a file without -DOCSTART- lines is one document), each a list of
    sentences with IOB2 tags."""
    documents: list[list[Sentence]] = [[]]
    sentence: Sentence = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                if sentence:
                    documents[-1].append(_iob2(sentence))
                    sentence = []
                if fields and documents[-1]:
                    documents.append([])
                continue
            sentence.append((fields[0], fields[-1]))
    if sentence:
        documents[-1].append(_iob2(sentence))
    return [d for d in documents if d]


def _iob2(sentence: Sentence) -> Sentence:
    """IOB1 or IOB2 in, IOB2 out, with the one label set; an I- that continues no entity of its
    type starts one (conlleval's reading)."""
    out: Sentence = []
    previous = "O"
    for word, tag in sentence:
        prefix, _, label = tag.partition("-")
        label = LABELS.get(label)
        if label is None or prefix not in ("B", "I"):
            out.append((word, "O"))
            previous = "O"
            continue
        starts = prefix == "B" or previous[2:] != label
        tag = ("B-" if starts else "I-") + label
        out.append((word, tag))
        previous = tag
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities of an IOB2 tag sequence."""
    found, start, label = [], None, None
    for k, tag in enumerate([*tags, "O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
            found.append((start, k, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = k, tag[2:]
    return found
