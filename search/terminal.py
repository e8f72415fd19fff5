"""The terminal listing of `fahras query`: titles, dates, outlets, snippets, then the facets.

Terminals lay text out left to right, so Arabic lines are put in visual order with python-bidi
(the Unicode bidirectional algorithm) unless the terminal does that itself (--no-bidi).
Matched words are shown in bold (or «» when the output is not a terminal).
"""
from __future__ import annotations

import html
import re

import click
from bidi import get_display

from .display import visible_controls
from .results import SearchResult

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def render(result: SearchResult, color: bool, bidi: bool) -> str:
    out = [_summary(result), ""]
    first = (result.page - 1) * result.per_page
    for n, hit in enumerate(result.hits, start=first + 1):
        meta = " · ".join(x for x in (hit.date or "undated", hit.outlet or "outlet unknown",
                                      hit.author, hit.lang,
                                      f"on {hit.page_count} pages" if hit.page_count > 1 else None) if x)
        title = click.style(_line(hit.title, bidi), bold=True) if color else _line(hit.title, bidi)
        out += [f"{n:>3}. {title}", f"     {_line(meta, bidi)}  [{hit.id}]",
                f"     {_snippet(hit.snippet, color, bidi)}", ""]
    out += _facets(result, bidi)
    return "\n".join(out)


def _summary(result: SearchResult) -> str:
    if not result.total:
        return f"no articles found ({result.took_ms:.0f} ms)"
    last = min(result.total, result.page * result.per_page)
    first = min((result.page - 1) * result.per_page + 1, last)
    partial = ", stopped at the time limit: counts are partial" if result.partial else ""
    return f"{result.total:,} articles, showing {first}-{last} ({result.took_ms:.0f} ms{partial})"


def _snippet(snippet: str, color: bool, bidi: bool) -> str:
    parts, pos = [], 0
    for m in _MARK.finditer(snippet):
        parts.append(_clean(html.unescape(snippet[pos:m.start()])))
        word = _clean(html.unescape(m.group(1)))
        parts.append("\x00" + word + "\x01")
        pos = m.end()
    parts.append(_clean(html.unescape(snippet[pos:])))
    text = visual("".join(parts), bidi)
    if color:
        return re.sub("\x00(.*?)\x01", lambda m: click.style(m.group(1), bold=True, underline=True), text)
    return text.replace("\x00", "«").replace("\x01", "»")


def _facets(result: SearchResult, bidi: bool) -> list[str]:
    lines = []
    for name, entries in result.facets.items():
        chosen = [e for e in entries if e["selected"]]          # always shown, first
        shown = chosen + [e for e in entries if e["count"] and not e["selected"]][:12]
        if not shown:
            continue
        values = ", ".join(f"{'*' if e['selected'] else ''}{_line(e['value'], bidi)} {e['count']}"
                           for e in shown)
        lines.append(f"{name}: {values}")
    return lines


def visual(text: str, bidi: bool) -> str:
    """Text in visual order for a terminal that does not apply the bidi algorithm itself."""
    return get_display(text) if bidi and _ARABIC.search(text) else text


_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    """No terminal control sequences from article text (an ESC could retitle or recolour the
    reader's terminal); direction controls visible."""
    return visible_controls(_TERMINAL_CONTROLS.sub("", text))


def _line(text: str, bidi: bool) -> str:
    return visual(_clean(text), bidi)
