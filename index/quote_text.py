"""The sentences and words of a body's paragraph, for index/quotes.py."""
from __future__ import annotations

import re
from collections import namedtuple

QUOTED = re.compile(r"“([^”]{2,})”|«([^»]{2,})»|\"([^\"]{2,})\"|‘([^’]{2,})’")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:[A-Z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs)\.)$")
_TOKEN = re.compile(r"\w[\w\u064b-\u065f'’-]*|[^\w\s]")        # a word (with its Arabic marks) or a mark

_MARKS = re.compile(r"[“«‘”»’\".!?؟]")        # what opens or closes a quotation or a sentence

Token = namedtuple("Token", "start end text")


def tokens(line: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> list[Token]:
    """The words and marks of a sentence outside its quoted spans, each quoted span one token (its
    opening mark, spanning it)."""
    a, b = span
    inside = [(s, e) for s, e in quoted if s < b and a < e]
    found = [Token(a + m.start(), a + m.end(), m.group()) for m in _TOKEN.finditer(line[a:b])
             if not inside or not any(s <= a + m.start() < e for s, e in inside)]
    if inside:
        found += [Token(s, e, line[s]) for s, e in inside if a <= s < b]
        found.sort()
    return found


def words_of(line: str, span: tuple[int, int]) -> list[str]:
    """The texts of the tokens of ``line[span]``, quoted spans included (a quick look before
    ``tokens``)."""
    return _TOKEN.findall(line, *span)


def sentences(line: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as (start, end): cut after . ! ? ؟ outside quote marks, not
    after an abbreviation ("U.S.", "Inc.", "Mr.")."""
    spans, start, depth = [], 0, 0
    for mark in _MARKS.finditer(line):
        n, char = mark.start(), mark.group()
        if char in "“«‘":
            depth += 1
        elif char in "”»’" and depth:
            depth -= 1
        elif char == '"':
            depth = 0 if depth else 1
        elif char in ".!?؟" and not depth and (n + 1 == len(line) or line[n + 1] == " ") and not (
                char == "." and _ABBREVIATION.search(line, 0, n + 1)):
            spans.append((start, n + 1))
            start = n + 1
    if line[start:].strip():
        spans.append((start, len(line)))
    return spans
