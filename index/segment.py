"""Split a page's classified lines into articles, teasers and dropped lines.

A page is a main article followed by related sections of reposted articles. An article starts at
a title: a short unpunctuated line that is followed by its header block (dateline, credit, byline,
the title printed again, "Posted by"), or that opens a related section and is followed by a
paragraph, or that is set as a heading or in capitals above a paragraph. A title whose block has
a dateline but no paragraph is a teaser.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .captions import mark_captions
from .credit_shapes import QUOTES
from .credits import MAX_CREDIT, credit_reader
from .lines import BYLINE, CREDIT, DATE, DROP, HEADER, META, SKIPPABLE, TEXT, Line
from .shapes import deck_shaped, ends_sentence, introduces, is_paragraph, name_like, same_title, title_shaped
from .titles import NOT_TITLE, STRONG, following, title_evidence


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
    paragraph: bool = False                             # a paragraph seen under the title (for good)


@dataclass(slots=True)
class Segmentation:
    articles: list[Block] = field(default_factory=list)
    teasers: list[Block] = field(default_factory=list)
    video_titles: list[Line] = field(default_factory=list)
    orphans: list[Line] = field(default_factory=list)   # text that belongs to no article


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
        elif outlet := _header_credit(current, lines, i):
            line.kind, line.outlet = CREDIT, outlet
            current.lines.append(line)
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
    _sort(blocks, result)
    return result


def _sort(blocks: list[Block], result: Segmentation) -> None:
    """Each block, its anatomy read, into the articles (it has a body), the teasers (a dated
    title), the article above (a title over a one-line body) or the orphans."""
    for k, block in enumerate(blocks):
        _anatomy(block)
        if block.body:
            result.articles.append(block)
        elif block.section == "teasers" or any(l.dateline for l in block.header):
            result.teasers.append(block)
        elif k and blocks[k - 1] in result.teasers and blocks[k - 1].section != "teasers" and not block.section:
            _merge_back(blocks[k - 1], block)       # a dated title over a one-line body and its credit
            result.teasers.remove(blocks[k - 1])
            result.articles.append(blocks[k - 1])
        elif result.articles and not block.section:
            _merge_back(result.articles[-1], block)
        else:
            result.orphans.append(block.title)


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
    if any(l.dateline for l in current.lines) and _byline_alone_under(lines, i):
        return False
    return evidence == STRONG


def _header_credit(current: Block | None, lines: list[Line], i: int) -> str | None:
    """The outlet a short text line under a title, before its first paragraph, credits: read as
    a credit where credits stand ("Provided by X", "REUTERS | World"), or naming an outlet amid
    the header lines (``_credit_amid_the_header``). Such a line is the header's credit, not a
    title of its own nor the first article's text; a line printed again a few lines below is a
    title over its dateline ("... بالمدينة": "in the city", also Al-Madina's name)."""
    line = lines[i]
    if current is None or line.kind != TEXT or len(current.lines) >= HEADER_LINES or len(line.text) > MAX_CREDIT \
            or _has_paragraph(current):
        return None
    outlet = credit_reader().placed_outlet(line.text) or _credit_amid_the_header(current, lines, i)
    if outlet and any(same_title(l.text, line.text) for l in following(lines, i, 4)[1:]):
        return None
    return outlet


def _credit_amid_the_header(current: Block, lines: list[Line], i: int) -> str | None:
    """Under a title's header lines and over another, a short line naming an outlet where a
    credit names it ("مقابلة أجراها A لـX" between "مراسلو X" and the dateline) is a credit in a
    phrasing no rule reads: the outlet it names. Not the title printed again, a sentence, an
    outlet in quotes ('يزور "المدينة"') or by a name that is also a common word ("خيري يعود إلى
    الوطن": "to the homeland", also Al-Watan); under datelines alone it is the next title of a
    teaser list ("REUTERS <RTRSY> IN REAL ESTATE ...")."""
    line, below = lines[i], following(lines, i, 1)
    meta = [l for l in current.lines if l.kind in META]          # (no paragraph above it: _header_credit)
    if not meta or all(l.kind == DATE for l in meta) or not below or below[0].kind not in META:
        return None
    if ends_sentence(line.text) or same_title(line.text, current.title.text) or set(line.text) & QUOTES \
            or not credit_reader().names_an_outlet(line.text):
        return None
    return credit_reader().credits_its_outlet(line.text)


def _byline_alone_under(lines: list[Line], i: int) -> bool:
    """The header lines under line i are bylines only (no dateline, no credit)."""
    meta = []
    for line in following(lines, i):
        if line.kind not in META:
            break
        meta.append(line)
    return bool(meta) and all(l.kind == BYLINE for l in meta)


def _has_paragraph(block: Block) -> bool:
    """Text under the title besides the title again, lone names and a deck right under it (once
    seen, for good: lines are only added under it while the page is cut)."""
    if not block.paragraph:
        block.paragraph = _paragraph_under(block)
    return block.paragraph


def _paragraph_under(block: Block) -> bool:
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


HEADER_TEXTS = 3         # short text lines in a row a header block holds, at most (alt text, a name)
HEADER_LINES = 12        # lines under a title a header block may take


def _anatomy(block: Block) -> None:
    """Split a block into header (up to its last metadata line), body and tail."""
    lines = block.lines
    deck = _deck(block)                 # over the header block, however long ("... […]")
    zone_end, texts = -1, 0
    for k, line in enumerate(lines[:HEADER_LINES]):
        if line.kind in META or (line.kind == TEXT and same_title(line.text, block.title.text)):
            zone_end, texts = k, 0
        elif line.kind == TEXT and line is not deck and (is_paragraph(line) or len(line.text) > 200
                                                          or introduces(line.text)):
            break                       # (a sentence introducing a list: the body's)
        elif line.kind == TEXT and line is not deck:
            texts += 1
            if texts == HEADER_TEXTS:
                break                   # a wire table's short lines, then its credit: a body
    block.header = lines[:zone_end + 1]
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
    if deck and deck not in rest:
        rest.insert(0, deck)
    for line in rest:
        if line.kind == TEXT:
            block.body.append(line)
        elif line.kind in META:
            block.tail.append(line)
    _bottom_credit_line(block)


def _bottom_credit_line(block: Block) -> None:
    """The body's last line read as a credit where credits stand (function or crediting words
    and one word of its own around an outlet's name: "Copyright REUTERS — syndicated"), or the
    one before it (an appeal no rule knows may close the page: "Republish our articles for
    free ..."), is the article's bottom credit, not its text: copies crediting the outlet by
    another alias are the same article."""
    for k in (len(block.body) - 1, len(block.body) - 2):
        if k < 1:
            return
        line = block.body[k]
        if outlet := credit_reader().placed_outlet(line.text):
            del block.body[k]
            line.kind, line.outlet = CREDIT, outlet
            block.tail.insert(0, line)
            return


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
