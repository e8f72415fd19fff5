"""Split a page's classified lines into articles, teasers and dropped lines.

A page is a main article followed by related sections of reposted articles. An article starts at
a title: a short unpunctuated line that is followed by its header block (dateline, credit, byline,
the title printed again, "Posted by"), or that opens a related section and is followed by a
paragraph, or that is set as a heading or in capitals above a paragraph. A title whose block has
a dateline but no paragraph is a teaser.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .boilerplate import ENDS_ARTICLE
from .captions import mark_captions
from .credits import credit_reader
from .lines import BYLINE, CREDIT, DATE, DROP, HEADER, IMAGE, META, SKIPPABLE, TEXT, Line
from .normalize import alnum_key
from .shapes import (LATIN, deck_shaped, ends_sentence, is_all_caps, is_paragraph, name_like,
                     same_title, title_shaped)

@dataclass(slots=True)
class Block:
    """One article's lines, from its title to the next title or section header."""
    title: Line
    section: str | None                                 # kind of the header right above it
    lines: list[Line] = field(default_factory=list)
    under: str | None = None                            # header of the section it stands in
    parent: "Block | None" = None                       # the article that section hangs under
    header: list[Line] = field(default_factory=list)   # dateline, credits, bylines, alt text
    body: list[Line] = field(default_factory=list)     # paragraphs
    tail: list[Line] = field(default_factory=list)     # credits and bylines after the body
    author_line: Line | None = None                     # a lone name printed as the byline


@dataclass(slots=True)
class Segmentation:
    articles: list[Block] = field(default_factory=list)
    teasers: list[Block] = field(default_factory=list)
    video_titles: list[Line] = field(default_factory=list)
    orphans: list[Line] = field(default_factory=list)   # text that belongs to no article


# ------------------------------------------------------------------ titles

def _following(lines: list[Line], i: int, limit: int = 4) -> list[Line]:
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
    opens a section, follows an article's closing lines, or is set as a heading or in capitals."""
    line = lines[i]
    if line.kind != TEXT:
        return NOT_TITLE
    if previous is None:                    # a page opens with its main title
        return STRONG if len(line.text) <= 300 and not is_paragraph(line) else NOT_TITLE
    if not title_shaped(line.text):
        return STRONG if _one_word_title_here(lines, i, previous) else NOT_TITLE
    if credit_reader().placed_outlet(line.text):
        return NOT_TITLE                    # a credit where credits stand closes the article above
    after = _following(lines, i)
    if not after:
        return NOT_TITLE
    first = after[0]
    if first.kind in META or (first.kind == TEXT and same_title(first.text, line.text)):
        return STRONG
    if first.kind == IMAGE:                 # title, image (caption, bio), then header or body
        for nxt in after[1:]:
            if nxt.kind in META or nxt.kind == TEXT and same_title(nxt.text, line.text):
                return STRONG
            if nxt.kind == TEXT and is_paragraph(nxt):
                return WEAK if _opens_article(lines, i, previous) else NOT_TITLE
        return NOT_TITLE
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
    if broke and len(after) > 1 and after[1].kind == TEXT and is_paragraph(after[1]) \
            and _deck_under(line.text, first.text) and _opens_article(lines, i, previous):
        return WEAK                         # after a break: a title, its deck, its body
    return NOT_TITLE


def _header_after_lone_lines(lines: list[Line], i: int, after: list[Line], previous: Line) -> bool:
    """Line i, then the short lines a header block may hold above its dateline or
    credit (a deck right under the title, lone author names, the title again), then the header."""
    title = lines[i].text
    for k, nxt in enumerate(after):
        if nxt.kind in META:
            return k > 0
        if nxt.kind != TEXT:
            return False
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
    opening = alnum_key(paragraph.text)[:MIN_EXCERPT]
    return len(opening) == MIN_EXCERPT and opening in alnum_key(deck)


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
    if (len(text) > 30 or " " in text or any(c.isdigit() for c in text) or text[-1] in ",;:،؛"
            or not any(c.isalpha() for c in text) or not _after_a_break(lines, i, previous)):
        return False
    after = _following(lines, i)
    return bool(after) and (after[0].kind in META or (
        after[0].kind == TEXT and len(after) > 1 and after[1].kind in META and _lead_excerpt(after[0].text, lines, i)))


def _after_a_break(lines: list[Line], i: int, previous: Line) -> bool:
    """Line i cannot be the last line of the article above: a section header (not a videos one),
    an article's closing lines or a credit under a paragraph (a bottom credit) stand before it,
    or it is set as a heading."""
    before = lines[i - 1] if i else None
    return ((previous.kind == HEADER and previous.section != "videos") or lines[i].heading
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


# ------------------------------------------------------------------ blocks

def segment(lines: list[Line]) -> Segmentation:
    """Group a page's non-blank lines into article blocks; see the module docstring."""
    mark_captions(lines)
    result = Segmentation()
    blocks: list[Block] = []
    current: Block | None = None
    section: str | None = None
    under: Line | None = None
    parent: Block | None = None
    previous: Line | None = None
    for i, line in enumerate(lines):
        if line.kind == HEADER:
            if current is not None or under is None or under.section == "videos":
                parent = blocks[-1] if blocks else None
            current, section, under = None, line.section, line
        elif _starts_article(current, line, title_evidence(lines, i, previous), lines, i):
            current = Block(line, section, under=under.text if under else None, parent=parent)
            blocks.append(current)
            section = None
        elif current is not None:
            current.lines.append(line)
        else:
            _orphan(result, line, section)
        if line.kind != DROP:
            previous = line
    for block in blocks:
        _anatomy(block)
        if block.body:
            result.articles.append(block)
        elif block.section == "teasers" or any(l.kind == DATE for l in block.header):
            result.teasers.append(block)
        elif result.articles and not block.section:
            _merge_back(result.articles[-1], block)
        else:
            result.orphans.append(block.title)
    return result


def _starts_article(current: Block | None, line: Line, evidence: int, lines: list[Line], i: int) -> bool:
    """While the current article has no paragraph yet, only strong evidence starts another one,
    and never the title printed again, a lone author name, or a line over a byline alone when the
    current article is dated already (its sub-headline and its reporter: "كواك بمفرده ..." over
    "عبدالكريم الحمد - الرياض")."""
    if evidence == NOT_TITLE:
        return False
    if current is None or _has_paragraph(current):
        return True
    if same_title(line.text, current.title.text) or name_like(line.text):
        return False
    if deck_shaped(line.text) and all(l.kind == TEXT and same_title(l.text, current.title.text)
                                       for l in current.lines):
        return False                        # the deck right under the title (printed again)
    if any(l.kind == DATE for l in current.lines) and _byline_alone_under(lines, i):
        return False
    return evidence == STRONG


def _byline_alone_under(lines: list[Line], i: int) -> bool:
    """The header lines under line i are bylines only (no dateline, no credit)."""
    meta = []
    for line in _following(lines, i):
        if line.kind not in META:
            break
        meta.append(line)
    return bool(meta) and all(l.kind == BYLINE for l in meta)


def _has_paragraph(block: Block) -> bool:
    """Text under the title besides the title again, lone names and a deck right under it."""
    title, lines = block.title.text, block.lines
    k = 0
    while k < len(lines) and lines[k].kind == TEXT and same_title(lines[k].text, title):
        k += 1
    if k < len(lines) and lines[k].kind == TEXT and deck_shaped(lines[k].text):
        k += 1
    return any(l.kind == TEXT and not same_title(l.text, title) and not name_like(l.text) for l in lines[k:])


def _orphan(result: Segmentation, line: Line, section: str | None) -> None:
    if line.kind != TEXT:
        return
    if section == "videos":
        line.drop("video-title")
        result.video_titles.append(line)
    elif section == "teasers" and title_shaped(line.text):
        result.teasers.append(Block(line, section))
    else:
        result.orphans.append(line)


def _merge_back(previous: Block, block: Block) -> None:
    """A short unpunctuated last paragraph followed by a credit is not a title."""
    previous.body.append(block.title)
    previous.tail.extend(l for l in block.lines if l.kind in META)


def _anatomy(block: Block) -> None:
    """Split a block into header (up to its last metadata line), body and tail."""
    lines = block.lines
    zone_end = -1
    for k, line in enumerate(lines[:12]):
        if line.kind in META or (line.kind == TEXT and same_title(line.text, block.title.text)):
            zone_end = k
        elif line.kind == TEXT and (is_paragraph(line) or len(line.text) > 200):
            break
    block.header = lines[:zone_end + 1]
    deck = _deck(block)
    for line in block.header:
        if line.kind == TEXT and line is not deck:
            if same_title(line.text, block.title.text):
                line.drop("title-repeat")
            elif block.author_line is None and name_like(line.text):
                block.author_line = line
            else:
                line.drop("header-alt-text")
    rest = [l for l in lines[zone_end + 1:] if l.kind not in SKIPPABLE]
    _leading_lone_line(block, rest)
    if deck:
        rest.insert(0, deck)
    for line in rest:
        if line.kind == TEXT:
            block.body.append(line)
        elif line.kind in META:
            block.tail.append(line)


def _deck(block: Block) -> Line | None:
    """A sub-headline printed right under the title, above the header block: the body's first
    line (what the article says in one line), not alt text."""
    title = block.title.text
    k = 0
    while k < len(block.lines) and block.lines[k].kind == TEXT and same_title(block.lines[k].text, title):
        k += 1                              # the title printed again first
    if k >= len(block.lines) - 1 or not any(l.kind in META for l in block.lines[k + 1:k + 4]):
        return None
    first = block.lines[k]
    if first.kind == TEXT and deck_shaped(first.text) and not name_like(first.text):
        return first
    return None


def _leading_lone_line(block: Block, rest: list[Line]) -> None:
    """A short line right after the header: the author's name, or an image's alt text."""
    texts = [l for l in rest[:2] if l.kind == TEXT]
    if len(texts) < 2 or is_paragraph(texts[0]) or ends_sentence(texts[0].text):
        return
    first, second = texts
    if not is_paragraph(second) or len(first.text) >= 150:
        return
    if block.author_line is None and name_like(first.text):
        block.author_line = first
    else:
        first.drop("header-alt-text")
    rest.remove(first)
