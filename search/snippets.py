"""Highlighted snippets: the article's own text, HTML-escaped, with only <mark> added."""
from __future__ import annotations

from html import escape

from whoosh.highlight import ContextFragmenter, Formatter, get_text

SNIPPET_CHARS = 240


class MarkFormatter(Formatter):
    """Escape every character of the text; wrap matched words in <mark>."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return "<mark>" + escape(get_text(text, token, replace), quote=False) + "</mark>"

    def _text(self, text):
        return escape(text, quote=False)


def configure(results) -> None:
    results.fragmenter = ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
    results.formatter = MarkFormatter()


def snippet(hit) -> str:
    """Up to two fragments around the matched words, from the stemmed or the exact field."""
    body = hit.get("body") or ""
    for field, text in (("body", None), ("body_exact", body)):
        try:
            marked = hit.highlights(field, text=text, top=2)
        except (KeyError, ValueError):
            marked = ""
        if marked:
            return " ".join(marked.split())           # paragraphs run on in a snippet
    return lead(body)


def lead(body: str) -> str:
    """The beginning of the article, cut at a word, escaped: the snippet when nothing matched."""
    body = " ".join(body.split())
    if len(body) <= SNIPPET_CHARS:
        return escape(body, quote=False)
    cut = body[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return escape(cut, quote=False) + " …"
