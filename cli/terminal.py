"""The terminal listing of `fahras query`: titles, dates, outlets, snippets, then the facets.

Terminals lay text out left to right, so Arabic lines are put in visual order with python-bidi
(the Unicode bidirectional algorithm) unless the terminal does that itself (--no-bidi).
Matched words are shown in bold (or «» when the output is not a terminal).

Long lines are wrapped to the terminal's width first, by words (never inside one), and only then
is each line put in visual order, on its own and in the direction of the whole paragraph; an
Arabic paragraph's lines are aligned right. Reordering first and letting the terminal wrap the
result cut the visual line where it happened to reach the edge: the rows of an Arabic snippet read
bottom to top and words broke across rows ("Abdel Fa" / "ttah"). Lists (facets, spellings,
metadata) wrap between their items.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import sys
import unicodedata

import click
from bidi import get_display

from search.display import visible_controls
from search.results import SearchResult

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")     # Hebrew and Arabic letters
_SPACE = re.compile(r"[ \t\n\r\f\v]+")              # where lines may break (not a no-break space)
OPEN, CLOSE = "\x00", "\x01"                        # a matched word, in colour (zero width)
_MARKED = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}|{CLOSE}([^{OPEN}{CLOSE}]*){OPEN}")
INDENT = 5                                          # under the title, after "  1. "
MIN_WIDTH = 20


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 article', '12,379 articles': a count with thousands separators and its noun."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def width() -> int:
    """The terminal's width in columns: $COLUMNS, else the terminal of stdout (or of stderr or
    stdin when stdout is piped), else 80."""
    columns = shutil.get_terminal_size((0, 0)).columns
    for stream in (sys.stderr, sys.stdin):
        if columns > 0:
            break
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            pass
    return columns if columns > 0 else 80


def render(result: SearchResult, color: bool, bidi: bool, width: int | None = None) -> str:
    """The listing; ``width`` (columns) wraps long lines, None leaves every line whole."""
    out = [_summary(result), *_translation(result, bidi, width), ""]
    first = (result.page - 1) * result.per_page
    for n, hit in enumerate(result.hits, start=first + 1):
        head = f"{n:>3}. "
        for i, line in enumerate(wrap(_clean(hit.title), _room(width, len(head)), bidi)):
            line = click.style(line, bold=True) if color else line
            out.append((head if i == 0 else " " * len(head)) + line)
        meta = [x for x in (hit.date or "undated", hit.outlet or "outlet unknown", hit.author, hit.lang,
                            f"on {hit.page_count} pages" if hit.page_count > 1 else None) if x]
        tokens = _separated([_line(x, bidi) for x in meta], " ·")
        tokens[-1] += " "                                       # two spaces before the id
        tokens.append(f"[{hit.id}]")
        out += _fill(tokens, width, " " * INDENT, " " * INDENT)
        out += [" " * INDENT + line for line in _snippet(hit.snippet, color, bidi, _room(width, INDENT))]
        out.append("")
    out += _facets(result, bidi, width)
    return "\n".join(out)


def render_quotes(result: SearchResult, color: bool, bidi: bool, width: int | None = None) -> str:
    """The quotations found: each one's words, who said it, when and where it first appeared
    (and in how many articles), the article's title and id."""
    out = [_summary(result, "quotation"), ""]
    first = (result.page - 1) * result.per_page
    for n, hit in enumerate(result.hits, start=first + 1):
        head = f"{n:>3}. "
        for i, line in enumerate(_snippet(hit.marked, color, bidi, _room(width, len(head)), ("[", "]"))):
            out.append((head if i == 0 else " " * len(head)) + line)
        who = hit.speaker or f"unnamed ({hit.speaker_surface})" if hit.speaker_surface else hit.speaker or "unnamed"
        meta = [f"— {who}", hit.date or "undated", ", ".join(hit.outlets) or "outlet unknown", hit.kind,
                f"in {hit.article_count} articles" if hit.article_count > 1 else None]
        tokens = _separated([_line(x, bidi) for x in meta if x], " ·")
        tokens[-1] += " "
        tokens.append(f"[{hit.id}]")
        out += _fill(tokens, width, " " * INDENT, " " * INDENT)
        place = hit.places[0]
        out += _fill([_line(_clean(place.title), bidi) + " ", f"[{place.article}]"], width,
                     " " * INDENT + "in ", " " * (INDENT + 3))
        out.append("")
    out += _facets(result, bidi, width)
    return "\n".join(out)


def _translation(result: SearchResult, bidi: bool, width: int | None) -> list[str]:
    """The renderings the search added, one typed word or phrase a line ("--no-translate" says
    how to leave them out)."""
    if not result.translation:
        return []
    out = ["also searched (--no-translate to leave out):"]
    for typed, renderings in result.translation.items():
        tokens = [_line(typed, bidi) + " →", *_separated([_line(r, bidi) for r in renderings], ",")]
        out += _fill(tokens, width, " " * INDENT, " " * (INDENT + 2))
    return out


def _summary(result: SearchResult, noun: str = "article") -> str:
    if not result.total:
        return f"no {noun}s found ({result.took_ms:.0f} ms)"
    last = min(result.total, result.page * result.per_page)
    first = min((result.page - 1) * result.per_page + 1, last)
    partial = ", stopped at the time limit: counts are partial" if result.partial else ""
    return f"{count(result.total, noun)}, showing {first:,}-{last:,} ({result.took_ms:.0f} ms{partial})"


def _snippet(snippet: str, color: bool, bidi: bool, room: int | None, plain=("«", "»")) -> list[str]:
    """The snippet's lines: matched words between markers (colour) or ``plain`` marks («»),
    wrapped, then reordered."""
    opening, closing = (OPEN, CLOSE) if color else plain
    parts, pos = [], 0
    for m in _MARK.finditer(snippet):
        parts.append(_clean(html.unescape(snippet[pos:m.start()])))
        parts.append(opening + _clean(html.unescape(m.group(1))) + closing)
        pos = m.end()
    parts.append(_clean(html.unescape(snippet[pos:])))
    lines = wrap("".join(parts), room, bidi, align=True)
    if not color:
        return lines
    return [_MARKED.sub(lambda m: click.style(m.group(1) if m.group(1) is not None else m.group(2),
                                              bold=True, underline=True), line) for line in lines]


def _facets(result: SearchResult, bidi: bool, width: int | None) -> list[str]:
    lines = []
    for name, entries in result.facets.items():
        chosen = [e for e in entries if e["selected"]]          # always shown, first
        shown = chosen + [e for e in entries if e["count"] and not e["selected"]][:12]
        if not shown:
            continue
        values = [f"{'*' if e['selected'] else ''}{_line(e['value'], bidi)} {e['count']:,}" for e in shown]
        head = f"{name}: "
        lines += _fill(_separated(values, ","), width, head, " " * len(head))
    return lines


def wrap(text: str, room: int | None, bidi: bool, align: bool = False) -> list[str]:
    """Logical text as lines for a terminal: wrapped by words to ``room`` columns (a word longer
    than that gets a line of its own, whole), then each line put in visual order on its own
    (``bidi``), in the direction of the whole text; with ``align``, a right-to-left text's lines
    are aligned right. ``room`` None: one line. Runs of spaces and line breaks become one space."""
    words = [w for w in _SPACE.split(text) if w]
    lines = [" ".join(line) for line in _lines(words, room)] if room else [" ".join(words)]
    if OPEN in text:                        # a marked phrase cut by the wrap: marked on each line
        lines = _reopen(lines)
    if not (bidi and _RTL.search(text)):
        return lines
    base = direction(text)
    lines = [get_display(line, base_dir=base) for line in lines]
    if align and room and base == "R":
        lines = [" " * max(0, room - display_width(line)) + line for line in lines]
    return lines


def direction(text: str) -> str:
    """The paragraph's direction as the bidi algorithm finds it (P2, P3): that of its first strong
    letter, "R" for Arabic or Hebrew, else "L"."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return "L"


def display_width(text: str) -> int:
    """Columns a terminal gives the text: none for combining marks (harakat), format and control
    characters, two for wide East Asian characters."""
    columns = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc"):
            continue
        columns += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return columns


def _lines(tokens: list[str], room: int) -> list[list[str]]:
    """Tokens filled greedily into lines of at most ``room`` columns, one space between them."""
    lines: list[list[str]] = []
    line: list[str] = []
    used = 0
    for token in tokens:
        size = display_width(token)
        if line and used + 1 + size > room:
            lines.append(line)
            line, used = [], 0
        used += size + (1 if line else 0)
        line.append(token)
    return lines + [line] if line or not lines else lines


def _reopen(lines: list[str]) -> list[str]:
    """Close a colour marker left open at the end of a line and open it again on the next."""
    out, marked = [], False
    for line in lines:
        line = (OPEN if marked else "") + line
        for ch in line:
            marked = True if ch == OPEN else False if ch == CLOSE else marked
        out.append(line + (CLOSE if marked else ""))
    return out


def _separated(items: list[str], separator: str) -> list[str]:
    """Each item but the last followed by the separator (a list wrapped between items)."""
    return [item + separator for item in items[:-1]] + items[-1:]


def _fill(tokens: list[str], width: int | None, head: str, indent: str) -> list[str]:
    """Tokens (already in visual order, each kept whole) after ``head``, joined by spaces and
    wrapped between tokens to ``width``, the next lines indented (a token's trailing space
    widens the gap after it on its line)."""
    room = _room(width, len(head))
    lines = _lines(tokens, room) if room else [tokens]
    return [((head if i == 0 else indent) + " ".join(line)).rstrip() for i, line in enumerate(lines)]


def entity_row(row: dict, bidi: bool, width: int | None, spellings: int = 8) -> list[str]:
    """A row of `fahras entities`: type, name, the articles naming it, its spellings."""
    variants = list(row["variants"].items())[:spellings]
    tokens = [f"{visual(_clean(row['name']), bidi)} ({count(row['articles'], 'article')}):"]
    tokens += _separated([f"{visual(_clean(v), bidi)} {n:,}" for v, n in variants], ",")
    head = f"{row['type']:<6} "
    return _fill(tokens, width, head, " " * len(head))


def visual(text: str, bidi: bool) -> str:
    """Text in visual order for a terminal that does not apply the bidi algorithm itself."""
    return get_display(text) if bidi and _RTL.search(text) else text


def _room(width: int | None, indent: int) -> int | None:
    return max(width - indent, MIN_WIDTH) if width else None


_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    """No terminal control sequences from article text (an ESC could retitle or recolour the
    reader's terminal); direction controls visible."""
    return visible_controls(_TERMINAL_CONTROLS.sub("", text))


def _line(text: str, bidi: bool) -> str:
    return visual(_clean(text), bidi)
