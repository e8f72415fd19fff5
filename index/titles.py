"""How strongly a line of a page reads as an article's title (``title_evidence``): what follows
it (its header block, a deck, a lone author name, the title printed again, a paragraph), what
stands before it (a section header, the article above's closing lines) and how it is printed.
index/segment.py starts articles at them."""
from __future__ import annotations

import re

from .boilerplate import ENDS_ARTICLE
from .credits import credit_reader
from .dates import clock_alone
from .lines import CREDIT, DROP, HEADER, IMAGE, META, TEXT, Line
from .shapes import (LATIN, deck_shaped, ends_sentence, introduces, is_all_caps, is_paragraph, name_like,
                     quotes_the_opening, same_title, title_shaped)


def following(lines: list[Line], i: int, limit: int = 4) -> list[Line]:
    out = []
    for line in lines[i + 1:]:
        if line.kind == HEADER:
            break
        if line.kind != DROP:
            out.append(line)
            if len(out) == limit:
                break
    return out


NOT_TITLE, WEAK, STRONG = 0, 1, 2


def title_evidence(lines: list[Line], i: int, previous: Line | None) -> int:
    """How strongly line i reads as an article title: STRONG when a header block follows it,
    WEAK when only a paragraph (or an image, then a paragraph) follows a title-like line that
    opens a section, follows an article's closing lines, or is set as a heading or in capitals;
    but not when a sentence above introduces it with a colon (``_introduced``) and no dateline
    follows it."""
    evidence = _evidence(lines, i, previous)
    if evidence != NOT_TITLE and _introduced(lines, i) and not _dated_header(following(lines, i)):
        return NOT_TITLE
    return evidence


def _dated_header(after: list[Line]) -> bool:
    """A dateline among the lines under a title before its first paragraph."""
    for line in after:
        if line.dateline:
            return True
        if line.kind == TEXT and is_paragraph(line):
            return False
    return False


def _evidence(lines: list[Line], i: int, previous: Line | None) -> int:
    line = lines[i]
    if line.kind != TEXT:
        return NOT_TITLE
    if previous is None:                    # a page opens with its main title
        return STRONG if len(line.text) <= 300 and not is_paragraph(line) else NOT_TITLE
    if not title_shaped(line.text) or clock_alone(line.text):     # (a time line: "12:47 ت م")
        return STRONG if _one_word_title_here(lines, i, previous) else NOT_TITLE
    if credit_reader().placed_outlet(line.text):
        return NOT_TITLE                    # a credit where credits stand closes the article above
    after = following(lines, i)
    if not after:
        return NOT_TITLE
    first = after[0]
    if first.kind in META or (first.kind == TEXT and same_title(first.text, line.text)):
        return STRONG
    if first.kind == IMAGE:                 # title, image (caption, bio), then header or body
        return _over_an_image(lines, i, after, previous)
    if first.kind != TEXT:
        return NOT_TITLE
    if _header_after_lone_lines(lines, i, after, previous) or _repeated_over_short_lines(after, line.text):
        return STRONG                       # title, a deck or a lone author name, then a header
                                            # (or the title again)
    if name_like(first.text) and len(after) > 1:     # title, lone author name, body
        if is_paragraph(after[1]) and _opens_article(lines, i, previous):
            return WEAK
    broke = _after_a_break(lines, i, previous) and not name_like(line.text)     # not a lone author name
    if is_paragraph(first) and (not first.attached or broke) and _opens_article(lines, i, previous):
        return WEAK                         # after a break, a paragraph glued under it is its body
    if (broke or is_all_caps(line.text)) and len(after) > 1 and after[1].kind == TEXT and is_paragraph(after[1]) \
            and _deck_under(line.text, first.text) and _opens_article(lines, i, previous):
        return WEAK                         # after a break or in capitals: a title, its deck, its body
    if broke and _short_lines_over_a_body(after) and _opens_article(lines, i, previous):
        return WEAK                         # after a break: a title over header lines no rule reads
    return NOT_TITLE


def _introduced(lines: list[Line], i: int) -> bool:
    """The line above is a sentence of the article's that introduces this one with a colon (a
    table's head, a list): no title, unless a dateline follows it (a copy cut after such a
    sentence)."""
    above = lines[i - 1] if i else None
    return above is not None and above.kind == TEXT and introduces(above.text)


def _short_lines_over_a_body(after: list[Line]) -> bool:
    """One to three short lines, none a sentence, one with a year or a name, then a paragraph:
    a header block in a phrasing no rule reads (a dateline, a byline), over the body. Headlines
    alone over a paragraph are a list of related ones inside an article ("اقرأ أيضاً:")."""
    k = next((n for n, l in enumerate(after) if l.kind != TEXT or is_paragraph(l)), len(after))
    short = after[:k]
    return 1 <= k <= 3 and k < len(after) and after[k].kind == TEXT and is_paragraph(after[k]) and not any(
        ends_sentence(l.text) or len(l.text) > 100 for l in short) and any(
        _YEAR.search(l.text) or name_like(l.text) for l in short)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _over_an_image(lines: list[Line], i: int, after: list[Line], previous: Line) -> int:
    """A title over an image (its caption, a bio): STRONG with a header or the title again after
    it, WEAK with a paragraph where articles open."""
    for nxt in after[1:]:
        if nxt.kind in META or nxt.kind == TEXT and same_title(nxt.text, lines[i].text):
            return STRONG
        if nxt.kind == TEXT and is_paragraph(nxt):
            return WEAK if _opens_article(lines, i, previous) else NOT_TITLE
    return NOT_TITLE


def _header_after_lone_lines(lines: list[Line], i: int, after: list[Line], previous: Line) -> bool:
    """Line i, then the short lines a header block may hold above its dateline or
    credit (a deck right under the title, lone author names, the title again), then the header."""
    title = lines[i].text
    for k, nxt in enumerate(after):
        if nxt.kind in META or k and nxt.kind == TEXT and credit_reader().placed_outlet(nxt.text):
            return k > 0                    # (a credit where credits stand: "Provided by reuters.com")
        if nxt.kind != TEXT or nxt.wide_gap:
            return False                    # (set apart by a wide gap, it opens the next article)
        deck = all(same_title(l.text, title) for l in after[:k]) and _deck_under(title, nxt.text) and (
            nxt.attached or _after_a_break(lines, i, previous) or _printed_again(after, title)
            or (is_all_caps(title) and not is_all_caps(nxt.text))      # a wire headline in capitals
            or not title_shaped(nxt.text)           # a deck no title could be: "— The ...", "... expand."
            or _lead_excerpt(nxt.text, lines, i))   # the deck repeats the body's opening words
        if not (deck or name_like(nxt.text) or same_title(nxt.text, title)):
            return False
    return False


def _lead_excerpt(deck: str, lines: list[Line], i: int) -> bool:
    """``deck`` quotes the opening of the first paragraph below line i (after a label or a
    speaker, in quotes, cut short, in whatever words around it): a sub-headline quoting the lead,
    which no title does."""
    paragraph = next((l for l in lines[i + 1:i + 12] if l.kind == TEXT and is_paragraph(l)), None)
    if paragraph is None:
        return False
    return quotes_the_opening(deck, paragraph.text, MIN_EXCERPT)


MIN_EXCERPT = 15            # the lead's first letters and digits a deck must print


def _repeated_over_short_lines(after: list[Line], title: str) -> bool:
    """The line is printed again one or two lines below, with only short lines (a byline, a deck)
    between: a title printed twice ("بعد الاستقالة..", "كتبه A", "بعد الاستقالة..")."""
    for line in after[1:3]:
        if line.kind != TEXT or is_paragraph(line):
            return False
        if same_title(line.text, title):
            return not name_like(title)
    return False


def _printed_again(after: list[Line], title: str) -> bool:
    return any(l.kind == TEXT and same_title(l.text, title) for l in after[1:])


def _deck_under(title: str, deck: str) -> bool:
    """``deck`` reads as the sub-headline of ``title``: both headline-shaped, neither a sentence
    or a paragraph, and the deck not in capitals under a title that is not (a wire headline
    after a last short paragraph)."""
    return (deck_shaped(title) and deck_shaped(deck) and len(title) <= 200
            and (is_all_caps(title) or not is_all_caps(deck)))


def _one_word_title_here(lines: list[Line], i: int, previous: Line) -> bool:
    """One word ("تصريفة!"), no figures, no closing colon or comma, after the article above ended
    and over its header (or a deck quoting the lead, then its header): a title."""
    text = lines[i].text
    if (not text or len(text) > 30 or " " in text or any(c.isdigit() for c in text) or text[-1] in ",;:،؛"
            or not any(c.isalpha() for c in text) or not _after_a_break(lines, i, previous)):
        return False
    after = following(lines, i)
    return bool(after) and (after[0].kind in META or (
        after[0].kind == TEXT and len(after) > 1 and after[1].kind in META and _lead_excerpt(after[0].text, lines, i)))


def _after_a_break(lines: list[Line], i: int, previous: Line) -> bool:
    """Line i cannot be the last line of the article above: a section header (not a videos one),
    an article's closing lines or a credit under a paragraph (a bottom credit) stand before it,
    it is set as a heading, or it is set apart by a wide gap (``Line.wide_gap``)."""
    before = lines[i - 1] if i else None
    return ((previous.kind == HEADER and previous.section != "videos") or lines[i].heading or lines[i].wide_gap
            or (before is not None and before.rule in ENDS_ARTICLE)
            or (previous.kind == CREDIT and _bottom_credit(lines, i, previous)))


def _bottom_credit(lines: list[Line], i: int, previous: Line) -> bool:
    if previous.kind not in META:
        return False
    above = [l for l in lines[:i] if l.kind != DROP]
    return len(above) > 1 and above[-1] is previous and above[-2].kind == TEXT and is_paragraph(above[-2])


def _opens_article(lines: list[Line], i: int, previous: Line) -> bool:
    """A title-like line with no header block: does its place or its print say "title"?"""
    line = lines[i]
    if len(line.text.split()) > 20:
        return False
    if LATIN.search(line.text) and not (is_all_caps(line.text) or _title_case(line.text)):
        return False
    before = lines[i - 1] if i else None
    return (previous.kind == HEADER or line.heading or is_all_caps(line.text)
            or (before is not None and before.rule in ENDS_ARTICLE)
            or (previous.kind == CREDIT and _bottom_credit(lines, i, previous)))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
