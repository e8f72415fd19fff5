"""Which lines of a page may be learnt as templates and dropped (index/templates.py): short text
lines, and sentences of up to ``MAX_SENTENCE_WORDS`` words the blog prints under articles; never
a byline in its header block, a credit where credits stand, or a sentence naming an outlet; and a
template line naming one outlet right under a body is that article's credit."""
from __future__ import annotations

from .credits import credit_reader
from .frames import frame
from .lines import CREDIT, META, SKIPPABLE, TEXT, Line
from .outlets import outlets
from .normalize import fold

MAX_CHARS = 100          # a longer line is a paragraph, a template only as a sentence below
MAX_WORDS = 10           # nor a line of more words
MAX_SENTENCE_CHARS = 250  # a sentence the blog prints under articles ("The views expressed in
MAX_SENTENCE_WORDS = 30   # this article are the author's own ..."): a template of this length
                          # if it names no outlet (a sentence an outlet ends its own articles
                          # with is part of each: "يمكنكم استلام إشعارات ... من تطبيق بي بي سي")
ANCHOR_CHARS = 100       # a line this long anchors the short lines around it


def credit_under_a_body(lines: list[Line], k: int) -> bool:
    """A template line that names an outlet right under a paragraph (or under the credits and the
    outlet's signature below it: "REUTER") is the credit of the article above, in a phrasing
    printed with one outlet only (so not learnt as a frame): "h/t Reuters" under every Reuters
    article. It is read as that credit, not dropped."""
    text = lines[k].text
    if not _short(text):
        return False                      # a sentence ("... آخر الأخبار لحظة بلحظة") credits no one
    framed = frame(text)
    if framed is None or framed[1] != CREDIT or not credit_reader().credits_its_outlet(text, anywhere=True):
        return False
    if not _under_a_body(lines, k) and not (_under_a_body(lines, k, past_credits=True)
                                            and credit_reader().names_an_outlet(text)):
        return False                      # past them, by a name that is no common word ("آخر الأخبار")
    lines[k].kind, (lines[k].outlet, lines[k].author) = CREDIT, framed[2]
    return True


def _over_a_paragraph(lines: list[Line], k: int) -> bool:
    """The next line is a paragraph's (a sentence with one more under it is the body's own)."""
    below = next((l for l in lines[k + 1:] if l.kind not in SKIPPABLE), None)
    return below is not None and below.kind == TEXT and len(below.text) >= ANCHOR_CHARS


def _short(text: str) -> bool:
    """A line short enough for a template of one line, a credit or a byline."""
    return len(text) < MAX_CHARS and len(text.split()) <= MAX_WORDS


def _under_a_body(lines: list[Line], k: int, past_credits: bool = False) -> bool:
    """The line above line k (``past_credits``: past the credits, bylines and outlet signatures
    ("REUTER") under it too) is an article's text: a paragraph or a sentence (not a title: a
    one-paragraph article reposted on many pages is no template)."""
    past = SKIPPABLE | META if past_credits else SKIPPABLE
    above = next((l for l in reversed(lines[:k]) if l.kind not in past
                  and not (past_credits and outlets().by_signature(fold(l.text)))), None)
    return above is not None and above.kind == TEXT and (len(above.text) >= ANCHOR_CHARS or _sentence(above.text))


def _sentence(text: str) -> bool:
    from .shapes import ends_sentence             # shapes reads what this module marks
    return len(text.split()) >= 4 and ends_sentence(text)


def droppable(lines: list[Line], k: int) -> bool:
    """What ``Templates.apply`` may drop: a short text line, not a byline in a header block, not
    a credit where credits stand ("عن الميادين")."""
    line = lines[k]
    if line.kind != TEXT:
        return False
    if not _short(line.text):
        return (len(line.text) <= MAX_SENTENCE_CHARS and len(line.text.split()) <= MAX_SENTENCE_WORDS
                and not _over_a_paragraph(lines, k) and _under_a_body(lines, k, past_credits=True)
                and not credit_reader().names_an_outlet(line.text))
    return not credit_reader().placed_outlet(line.text) and not a_byline(lines, k)


def a_byline(lines: list[Line], k: int) -> bool:
    """A lone name in a header block: a dateline or credit below it, or the title or a header
    line above it and the body (a sentence) below."""
    from .shapes import ends_sentence, is_paragraph, name_like     # shapes reads what this module marks
    if not name_like(lines[k].text) or credit_reader().says_crediting(lines[k].text):
        return False                      # "مقالات أخرى للكاتب" ("more by the writer") is no name
    above = next((l for l in reversed(lines[:k]) if l.kind not in SKIPPABLE), None)
    below = next((l for l in lines[k + 1:] if l.kind not in SKIPPABLE), None)
    if below is None or below.kind in META:
        return below is not None
    heads = above is not None and (above.kind in META or (above.kind == TEXT and not is_paragraph(above)
                                                           and not ends_sentence(above.text)))
    return heads and below.kind == TEXT and (ends_sentence(below.text) or is_paragraph(below))
