"""The features of each token of a sentence, for the CRF: the word (lower case, and folded for
Arabic), its shape and affixes, an Arabic word's proclitics and stem, the words around it, and
whether the gazetteer has a name of some type there (longest match, the first Arabic word may
carry proclitics, as index/gazetteer.py matches)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import light10
from ..gazetteer import _END, Gazetteer, gazetteer
from ..normalize import fold

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SHAPES = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                         **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                         **{c: "d" for c in "0123456789"}})
_PROCLITICS = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل")
WINDOW = 2


@lru_cache(maxsize=1 << 18)
def word_features(word: str) -> tuple[str, ...]:
    """What a word says about itself, wherever it stands (cached: a word's features are its own)."""
    if _ARABIC.search(word):
        return _arabic(word)
    lower = word.lower()
    shape = word.translate(_SHAPES)
    short = re.sub(r"(.)\1+", r"\1", shape)
    found = [f"w={lower}", f"shape={short}", f"p3={lower[:3]}", f"s2={lower[-2:]}", f"s3={lower[-3:]}",
             f"s4={lower[-4:]}", f"len={min(len(word), 12)}"]
    if word[:1].isupper():
        found.append("title")
    if word.isupper() and len(word) > 1:
        found.append("upper")
    if any(c.isdigit() for c in word):
        found.append("digit")
    if "-" in word:
        found.append("hyphen")
    if not any(c.isalnum() for c in word):
        found.append("punct")
    return tuple(found)


def _arabic(word: str) -> tuple[str, ...]:
    folded = fold(word)
    bare, clitic = folded, ""
    for prefix in _PROCLITICS:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 2:
            bare, clitic = folded[len(prefix):], prefix
            break
    return (f"w={folded}", f"bare={bare}", f"clitic={clitic}", f"stem={light10(bare)}",
            f"p2={bare[:2]}", f"s2={folded[-2:]}", f"s3={folded[-3:]}", f"len={min(len(bare), 12)}",
            "arabic")


def sentence_features(words: list[str], gaz: Gazetteer | None = None) -> list[list[str]]:
    """Each token's features: its own, its neighbours' (words within two, shapes within one),
    and the gazetteer's verdict on it."""
    own = [word_features(w) for w in words]
    seen = [_as_neighbour(f) for f in own]            # what each word says to the words near it
    marks = gazetteer_marks([fold(w) for w in words], gaz or gazetteer())
    total = len(words)
    rows = []
    for k in range(total):
        row = [*own[k], *(seen[k - 2][0] if k >= 2 else _EDGE[0]), *(seen[k - 1][1] if k else _EDGE[1]),
               *(seen[k + 1][2] if k + 1 < total else _EDGE[2]), *(seen[k + 2][3] if k + 2 < total else _EDGE[3]),
               f"bigram={seen[k - 1][4] if k else '<s>'}|{seen[k][4]}"]
        if marks[k]:
            row.append(f"gaz={marks[k]}")
        if k == 0:
            row.append("first")
        rows.append(row)
    return rows


@lru_cache(maxsize=1 << 18)
def _as_neighbour(own: tuple[str, ...]) -> tuple:
    """A word's features as its neighbours see them: at -2, at -1, at +1, at +2 (the word; the
    shape and capital too at distance one), and the word itself for bigrams."""
    head, shape, title = own[0][2:], own[1], "title" in own
    near = (f"w={head}", shape, *(("title",) if title else ()))
    return ((f"-2:w={head}",), tuple(f"-1:{f}" for f in near), tuple(f"1:{f}" for f in near),
            (f"2:w={head}",), head)


_EDGE = (("-2:w=<s>",), ("-1:w=<s>",), ("1:w=<s>",), ("2:w=<s>",))


def gazetteer_marks(folded: list[str], gaz: Gazetteer, at: list[int] | None = None) -> list[str]:
    """B-TYPE / I-TYPE where the gazetteer's longest name starting there covers the token. ``at``:
    the only positions where a name may start (words with a start form), when the caller knows."""
    marks = [""] * len(folded)
    covered = 0
    for k in range(len(folded)) if at is None else at:
        if k < covered:
            continue
        best = None
        for first in gaz.start_forms(folded[k]):
            node = gaz.trie.get(first)
            j = k + 1
            while node is not None:
                if node.get(_END) and (best is None or j > best[0]):
                    best = (j, gaz.entities[node[_END][0][0]].type)
                if j >= len(folded):
                    break
                node = node.get(folded[j])
                j += 1
        if best is None:
            continue
        end, kind = best
        marks[k] = f"B-{kind}"
        for j in range(k + 1, end):
            marks[j] = f"I-{kind}"
        covered = end
    return marks

