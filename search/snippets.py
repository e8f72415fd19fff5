"""Snippets: the article's own text around the query's words, HTML-escaped, only <mark> added.

Built here rather than with Whoosh's highlighter, which re-analyzes every whole stored body through
the index analyzers: the body is tokenized once with the same tokenizer and each word compared,
folded and stemmed through the analyzers' caches, with the query's terms.
"""
from __future__ import annotations

import re
from html import escape


from index.analysis import TOKEN_PATTERN, index_term

from .exact import ExactQuery, exact_clauses
from .query import EXPANDING
from .tree import leaves

SNIPPET_CHARS = 240
FRAGMENTS = 2
CONTEXT = 70
_TOKEN = re.compile(TOKEN_PATTERN)


class Terms:
    """The query's words in the two forms the body can be compared in."""

    def __init__(self, stemmed: set[str], exact: set[str]):
        self.stemmed, self.exact = stemmed, exact

    def __bool__(self) -> bool:
        return bool(self.stemmed or self.exact)

    def matches(self, word: str) -> bool:
        """The word as written matches an exact clause, or its indexed term is a query term (a
        stop word has none: the preposition على is not marked for the name علي)."""
        folded, term = index_term(word)
        return folded in self.exact or (term is not None and term in self.stemmed)


def query_terms(query, reader, fields=("body", "title")) -> Terms:
    """Terms of the text fields (an article's body and title), with wildcards and fuzzy terms
    expanded; the words of exact clauses as written."""
    stemmed, exact = set(), set()
    for clause in exact_clauses(query):
        exact.update(clause.words)
    for leaf in leaves(query, stop=ExactQuery):
        if isinstance(leaf, EXPANDING):
            pairs = leaf.existing_terms(reader, expand=True)
        else:
            pairs = leaf.iter_all_terms(phrases=True)
        for field, text in pairs:
            text = text.decode("utf-8") if isinstance(text, bytes) else str(text)
            if field in fields:
                stemmed.add(text)
    return Terms(stemmed, exact)


def snippet(body: str, terms: Terms | None) -> str:
    """Up to two fragments around matched words; the article's lead when nothing matches."""
    if terms:
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(body) if terms.matches(m.group(0))]
        if spans:
            return _fragments(body, spans)
    return lead(body)


def marked(text: str, terms: Terms | None) -> str:
    """The whole text (a quotation), escaped, its words matching the query marked."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if terms.matches(m.group(0))] if terms else []
    return _mark(text, spans, 0, len(text))


def _mark(body: str, spans: list[tuple[int, int]], left: int, right: int) -> str:
    """body[left:right] escaped, the spans inside it marked, its spaces made single."""
    text, pos = [], left
    for s, e in spans:
        if left <= s and e <= right:
            text.append(escape(body[pos:s], quote=False))
            text.append("<mark>" + escape(body[s:e], quote=False) + "</mark>")
            pos = e
    text.append(escape(body[pos:right], quote=False))
    return " ".join("".join(text).split())


def _fragments(body: str, spans: list[tuple[int, int]]) -> str:
    windows = _windows(body, spans)
    parts = [_mark(body, spans, left, right) for left, right in windows]
    prefix = "… " if windows[0][0] > 0 else ""
    suffix = " …" if windows[-1][1] < len(body) else ""
    return prefix + " … ".join(parts) + suffix


def _windows(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Up to FRAGMENTS disjoint (left, right) ranges of body, in order, each from a space to a
    space, with CONTEXT characters around matched spans. A span's window that overlaps or touches
    the last one (only whitespace between) extends it: no text is shown twice, and no " … "
    stands between words that follow each other in the body."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        if windows and start < windows[-1][1]:
            continue                                    # shown in the last window already
        left = max(0, body.rfind(" ", 0, max(0, start - CONTEXT)) + 1) if start > CONTEXT else 0
        right = body.find(" ", min(len(body), end + CONTEXT))
        right = len(body) if right == -1 else right
        if windows and not body[windows[-1][1]:left].strip():
            windows[-1] = (windows[-1][0], right)
        elif len(windows) == FRAGMENTS:
            break
        else:
            windows.append((left, right))
        if sum(b - a for a, b in windows) >= SNIPPET_CHARS * 1.5:
            break
    return windows


def lead(body: str) -> str:
    """The beginning of the article, cut at a word, escaped: the snippet when nothing matched."""
    body = " ".join(body.split())
    if len(body) <= SNIPPET_CHARS:
        return escape(body, quote=False)
    cut = body[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return escape(cut, quote=False) + " …"
