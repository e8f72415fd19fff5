"""Snippets: the article's own text around the query's words, HTML-escaped, only <mark> added.

Built here rather than with Whoosh's highlighter, which re-analyzes every whole stored body through
the index analyzers: the body is tokenized once with the same tokenizer and each word compared,
folded and stemmed through the analyzers' caches, with the query's terms.
"""
from __future__ import annotations

import re
from html import escape


from index.analysis import TOKEN_PATTERN, fold_token, stem

from .exact import ExactQuery, exact_clauses
from .query import EXPANDING, leaves

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
        folded = fold_token(word)
        return folded in self.exact or (bool(self.stemmed) and stem(folded) in self.stemmed)


def query_terms(query, reader) -> Terms:
    """Terms of the body and title fields, with wildcards and fuzzy terms expanded; the words
    of exact clauses as written."""
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
            if field in ("body", "title"):
                stemmed.add(text)
    return Terms(stemmed, exact)


def snippet(body: str, terms: Terms | None) -> str:
    """Up to two fragments around matched words; the article's lead when nothing matches."""
    if terms:
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(body) if terms.matches(m.group(0))]
        if spans:
            return _fragments(body, spans)
    return lead(body)


def _fragments(body: str, spans: list[tuple[int, int]]) -> str:
    windows, used = [], 0
    for start, end in spans:
        if windows and start < windows[-1][1]:
            continue
        left = max(0, body.rfind(" ", 0, max(0, start - CONTEXT)) + 1) if start > CONTEXT else 0
        right = body.find(" ", min(len(body), end + CONTEXT))
        right = len(body) if right == -1 else right
        windows.append((left, right))
        used += right - left
        if len(windows) == FRAGMENTS or used >= SNIPPET_CHARS * 1.5:
            break
    parts = []
    for left, right in windows:
        inside = [(s, e) for s, e in spans if left <= s and e <= right]
        text, pos = [], left
        for s, e in inside:
            text.append(escape(body[pos:s], quote=False))
            text.append("<mark>" + escape(body[s:e], quote=False) + "</mark>")
            pos = e
        text.append(escape(body[pos:right], quote=False))
        parts.append(" ".join("".join(text).split()))
    prefix = "… " if windows[0][0] > 0 else ""
    suffix = " …" if windows[-1][1] < len(body) else ""
    return prefix + " … ".join(parts) + suffix


def lead(body: str) -> str:
    """The beginning of the article, cut at a word, escaped: the snippet when nothing matched."""
    body = " ".join(body.split())
    if len(body) <= SNIPPET_CHARS:
        return escape(body, quote=False)
    cut = body[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return escape(cut, quote=False) + " …"
