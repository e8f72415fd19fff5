"""The archive's own templates, learnt from the archive: short lines that recur on many pages
between *different* articles are its boilerplate and section headers, in whatever words this
archive's blog prints them ("شارك المقال", "You may also like", a Telegram appeal), with no
phrase list.

Every short line of a text page that could be dropped is a sighting (a row of ``sightings``): its shape (``shape``: folded,
digits as 0, links and handles as placeholders), the digest of its exact text, its anchors (the
nearest paragraph, a line of ``ANCHOR_CHARS`` or more, before it and after it; the page's edges
when there is none) and the lines right before and after it. A template stands between other
articles each time: a shape is one when one of its exact texts is seen on at least ``MIN_PAGES``
pages, never with a dateline under it, with at least ``MIN_ANCHORS`` different anchors and
different neighbours on each side, neither anchor beside it in most sightings, and the shape is
printed in at most ``MAX_TEXTS`` exact texts. A reposted article's own lines fail that wherever they are printed:
its title and dateline have its first paragraph after them; a short line inside it (even in an
article with no paragraph at all, "Shr 12 cts vs 10 cts") has its own neighbours; and a line
whose shape many articles share carries its own figures, so it is printed in many texts.

The rebuild summarizes every text page before it reads them, and keeps the sightings beside the
version's records (``Learner.FILE``), so an update learns exactly what a rebuild of the new archive would
(``Learner``). A template line that the line classifier left as text is dropped when a page is
read (``Templates.apply``), unless it is a lone name in a header block (an author's byline) or an
outlet's signature; a dropped template ends the article above it, like the static table's appeals.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .frames import KNOWN_AUTHORS, anchor, frame, placed, unmarked
from .lines import BYLINE, CREDIT, DATE, MARKER, TEXT, Line, classify
from .normalize import fold
from .memo import Memo
from .outlets import outlets
from .template_lines import ANCHOR_CHARS, MAX_SENTENCE_CHARS, credit_under_a_body, droppable

MAX_CLASSIFIED = 150     # longer lines are taken as text (credits and datelines are shorter)
MIN_PAGES = 3
MIN_ANCHORS = 3
FEW_ANCHORS_AROUND = 6   # a frame printed with two outlets, dates or names only (an archive's
                         # English side may repost two outlets) must stand between this many
                         # different paragraphs on each side: many articles' credit, not a
                         # sentence two articles print ("The payment date is <d>")
MAX_TEXTS = 10           # distinct exact texts a template is printed in, at most ("© 2015"...)
RULE = "archive-template"

_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|@\w+")
_DIGITS = re.compile(r"\d+")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


# The columns of a sightings array: one row a short line of a page, every value a 64-bit digest
# but DATED (1: the line under it is a dateline: a headline's, a title's or a teaser's); FRAME
# and ANCHOR are the line's phrasing around an outlet's name or a date and that outlet or date
# (``frame``; 0 when it holds neither); PLACED is 1 when the frame may be learnt from this
# sighting (``frames.placed``): always for a credit's, for a dateline's with no dateline below
# it, for a byline's when a dateline or a credit stands within ``frames.BYLINE_REACH`` lines of
# it (a person's name at the edge of a short line is not a byline elsewhere: "النظام السوري
# والتحالف (أرشيف)" is a caption).
# SIGNED is 1 for a byline's frame: a byline phrasing must also sign two different articles
# with one name (an author writes many; a headline's words around a name-like pair go with its
# own article only: "إيران لم تغير", "الذهب يستعيد بريقه" on thousands of pages), and one of its
# names must sign somewhere in a byline read without it (a row of the frame KNOWN_AUTHORS: "By
# A", "بقلم A", "A | Reuters"): a city's headlines ("سوسة : وفاة مواطن موقوف") sign nothing.
# A byline phrasing whose name nothing marks off (Arabic with no punctuation: "تحرير <a>") is
# SIGNED UNMARKED_SIGNED, and half its names at least must sign bylines read without it: a
# headline's words around two others recur at scale, but they sign nothing.
# A line that could not be dropped but holds a frame (a credit of many words) is a sighting of
# its frame only: its SHAPE is NO_SHAPE.
PAGE, SHAPE, TEXT_, BEFORE, AFTER, PREVIOUS, NEXT, DATED, FRAME, ANCHOR, PLACED, SIGNED = range(12)
UNMARKED_SIGNED = 2
NO_SHAPE = 0
COLUMNS = 12
# Lines a frame is read in: text, and a header marker ("* خدمة «X»" is an author's note by its
# star; printed with many outlets, it is this archive's credit).
FRAMEABLE = frozenset({TEXT, MARKER})


def shape(text: str) -> str:
    """A line as a template: folded, links and handles as "<link>", digits as 0, no edge marks."""
    folded = _DIGITS.sub("0", _LINK.sub("<link>", fold(text)))
    return _EDGES.sub("", " ".join(folded.split()))


def shape_digest(text: str) -> int:
    """The digest of a line's ``shape`` (``NO_SHAPE`` for a line of no letters or digits),
    remembered: a reposted article's lines come back page after page."""
    known = _SHAPES.get(text)
    if known is None:
        key = shape(text)
        known = _SHAPES.remember(text, digest(key) if key else NO_SHAPE)
    return known


_SHAPES = Memo(200_000)


def digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def sightings(page_text: str, page_key: str) -> np.ndarray:
    """The short lines of one text page that could be dropped as templates (text as the line
    classifier reads it: a credit, a dateline, a known boilerplate line is never one to learn;
    not a byline in its header block), with their anchors and neighbours, a row each
    (``COLUMNS``); ``page_key`` (the page's path) names the page and its edges, so each page's
    edges count as sides of their own."""
    lines = [classify(None, text) if len(text) <= MAX_CLASSIFIED else Line(None, text)
             for raw in page_text.split("\n") if (text := " ".join(raw.split()))]
    page, start, end = digest(page_key), digest("<start>" + page_key), digest("<end>" + page_key)
    digests = [digest(line.text) for line in lines]
    before, anchors_before = start, []
    for line, line_digest in zip(lines, digests):
        anchors_before.append(before)
        if len(line.text) >= ANCHOR_CHARS:
            before = line_digest
    found, after = [], end
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        long = len(line.text) >= ANCHOR_CHARS
        key = shape_digest(line.text) if droppable(lines, k) else NO_SHAPE
        framed = frame(line.text) if line.kind in FRAMEABLE and len(line.text) <= MAX_CLASSIFIED else None
        if line.kind in (BYLINE, CREDIT) and line.author:
            framed = (KNOWN_AUTHORS, BYLINE, line.author)    # a name some byline already gives
        if key != NO_SHAPE or framed:
            following = lines[k + 1] if k + 1 < len(lines) else None
            found.append((page, key, digests[k], anchors_before[k], after,
                          digests[k - 1] if k else start, digests[k + 1] if following else end,
                          int(following is not None and following.kind == DATE),
                          digest(framed[0]) if framed else 0, digest(str(anchor(framed))) if framed else 0,
                          int(framed is not None and placed(framed, lines, k)),
                          _signed(framed)))
        if long:
            after = digests[k]
    return np.array(found, dtype=np.int64).reshape(-1, COLUMNS)


def _signed(framed: tuple | None) -> int:
    """The SIGNED column: 0 for no byline phrasing, 1 for one, UNMARKED_SIGNED for one whose name
    nothing marks off (``frames.unmarked``)."""
    if framed is None or framed[1] != BYLINE:
        return 0
    return UNMARKED_SIGNED if unmarked(framed) else 1


def decide(rows: np.ndarray) -> set[int]:
    """The template shapes among ``rows`` (a sightings array): every sighting of each shape
    asked about must be in them. An exact text stands between articles when it is on
    ``MIN_PAGES`` pages, never a headline, with ``MIN_ANCHORS`` different values on each side and
    neither anchor holding half its sightings; a shape is a template when one of its texts does
    and it has at most ``MAX_TEXTS`` texts (the others ride along: "© 2020", "© 2021")."""
    rows = rows[rows[:, SHAPE] != NO_SHAPE]
    if not len(rows):
        return set()
    texts, at, per_text = np.unique(rows[:, TEXT_], return_inverse=True, return_counts=True)
    at = at.reshape(-1)
    ok = _distinct(at, rows[:, PAGE], len(texts)) >= MIN_PAGES
    ok &= np.bincount(at, weights=rows[:, DATED], minlength=len(texts)) == 0
    for side in (BEFORE, AFTER, PREVIOUS, NEXT):
        ok &= _distinct(at, rows[:, side], len(texts)) >= MIN_ANCHORS
    for side in (BEFORE, AFTER):
        ok &= 2 * _most(at, rows[:, side], len(texts)) < per_text
    shape_of = np.zeros(len(texts), dtype=np.int64)
    shape_of[at] = rows[:, SHAPE]
    shapes, by_shape = np.unique(shape_of, return_inverse=True)
    by_shape = by_shape.reshape(-1)
    few = np.bincount(by_shape, minlength=len(shapes)) <= MAX_TEXTS       # texts per shape
    between = np.bincount(by_shape, weights=ok, minlength=len(shapes)) > 0
    return {int(s) for s in shapes[few & between]}


def decide_frames(rows: np.ndarray) -> set[int]:
    """The archive's own credit, dateline and byline phrasings among ``rows`` (a sightings
    array): a frame printed with ``MIN_ANCHORS`` different outlets, dates or names on
    ``MIN_PAGES`` pages, placed as its kind stands in most sightings (``PLACED``), is how this
    archive credits, dates or signs an article, whatever its words ("Cross-posted from <o>");
    with two of them only, it must be printed around ``FEW_ANCHORS_AROUND`` articles."""
    rows = rows[rows[:, FRAME] != 0]
    if not len(rows):
        return set()
    frames, at, count = np.unique(rows[:, FRAME], return_inverse=True, return_counts=True)
    at = at.reshape(-1)
    anchors = _distinct(at, rows[:, ANCHOR], len(frames))
    around = np.minimum(_distinct(at, rows[:, BEFORE], len(frames)), _distinct(at, rows[:, AFTER], len(frames)))
    ok = ((anchors >= MIN_ANCHORS) | ((anchors >= 2) & (around >= FEW_ANCHORS_AROUND))) & (
        _distinct(at, rows[:, PAGE], len(frames)) >= MIN_PAGES)
    ok &= 2 * np.bincount(at, weights=rows[:, PLACED], minlength=len(frames)) >= count
    signed = np.bincount(at, weights=rows[:, SIGNED], minlength=len(frames)) > 0
    articles = rows[:, ANCHOR] ^ (rows[:, AFTER] * _ODD)          # a name with the article it signs
    ok &= ~signed | (_distinct(at, articles, len(frames)) > _distinct(at, rows[:, ANCHOR], len(frames)))
    known = np.isin(rows[:, ANCHOR], rows[rows[:, FRAME] == digest(KNOWN_AUTHORS), ANCHOR])
    ok &= ~signed | (np.bincount(at, weights=known, minlength=len(frames)) > 0)
    unmarked_names = np.bincount(at, weights=rows[:, SIGNED] == UNMARKED_SIGNED, minlength=len(frames)) > 0
    known_names = _distinct(at[known], rows[known, ANCHOR], len(frames))
    ok &= ~unmarked_names | (2 * known_names >= anchors)
    ok &= frames != digest(KNOWN_AUTHORS)
    return {int(f) for f in frames[ok]}


_ODD = np.int64(0x9E3779B97F4A7C15 - (1 << 64))     # mixes two digests into one (wrapping)


def _distinct(group: np.ndarray, values: np.ndarray, groups: int) -> np.ndarray:
    """How many different values each group has."""
    g, starts, _ = _runs(group, values)
    return np.bincount(g[starts], minlength=groups)


def _most(group: np.ndarray, values: np.ndarray, groups: int) -> np.ndarray:
    """How often each group's most frequent value occurs."""
    g, starts, lengths = _runs(group, values)
    most = np.zeros(groups, dtype=np.int64)
    np.maximum.at(most, g[starts], lengths)
    return most


def _runs(group: np.ndarray, values: np.ndarray):
    """The (group, value) pairs sorted: groups in order, where each pair's run starts, and the
    runs' lengths."""
    order = np.lexsort((values, group))
    g, v = group[order], values[order]
    start = np.ones(len(g), dtype=bool)
    start[1:] = (g[1:] != g[:-1]) | (v[1:] != v[:-1])
    at = np.flatnonzero(start)
    return g, start, np.diff(np.append(at, len(g)))


class Learner:
    """The sightings of an archive's text pages (one array): what its templates are learnt from,
    and what a version keeps (``FILE``) so that an update learns as a rebuild would."""

    FILE = "sightings.npy"

    def __init__(self, rows: np.ndarray | None = None) -> None:
        self.rows = rows if rows is not None else np.zeros((0, COLUMNS), dtype=np.int64)

    @classmethod
    def of_pages(cls, pages: Iterable[np.ndarray]) -> Learner:
        pages = [p for p in pages if len(p)]
        return cls(np.concatenate(pages) if pages else None)

    def templates(self) -> Templates:
        return Templates(decide(self.rows), decide_frames(self.rows))

    def replace(self, paths: Iterable[str], fresh: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The sightings of these pages replaced by ``fresh`` (those of the ones still text
        pages); gives the shapes and the frames printed on them, before or now."""
        gone = np.isin(self.rows[:, PAGE], [digest(path) for path in paths])
        shapes = np.union1d(self.rows[gone, SHAPE], fresh[:, SHAPE])
        frames = np.setdiff1d(np.union1d(self.rows[gone, FRAME], fresh[:, FRAME]), [0])
        self.rows = np.concatenate([self.rows[~gone], fresh])
        return shapes, frames

    def of_shapes(self, shapes: Iterable[int], column: int = SHAPE) -> np.ndarray:
        """The sightings of these shapes (or of these frames: ``column`` FRAME)."""
        return self.rows[np.isin(self.rows[:, column], np.fromiter(shapes, dtype=np.int64))]

    def save(self, folder: Path) -> None:
        np.save(Path(folder) / self.FILE, self.rows, allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> Learner:
        rows = np.load(Path(folder) / cls.FILE, allow_pickle=False)
        if rows.shape[1] != COLUMNS:
            raise ValueError(f"{folder}: sightings of an older ingester ({rows.shape[1]} columns, "
                             f"not {COLUMNS}): rebuild the index")
        return cls(rows)


class Templates:
    """The template shapes and the credit and dateline frames of one archive version, applied
    to a page's classified lines."""

    def __init__(self, shapes: Iterable[int] = (), frames: Iterable[int] = ()) -> None:
        self.shapes = frozenset(shapes)
        self.frames = frozenset(frames)

    def apply(self, lines: list[Line]) -> None:
        """Read the text lines in this archive's own credit and dateline phrasings as credits and
        datelines; drop those that are its templates, but an outlet's signature and a lone name
        in a header block (an author's byline, ``template_lines.a_byline``)."""
        if not self.shapes and not self.frames:
            return
        table = outlets()
        for k, line in enumerate(lines):
            if line.kind not in FRAMEABLE:
                continue
            if self.frames and len(line.text) <= MAX_CLASSIFIED and self._framed(line):
                continue
            if (not self.shapes or line.kind != TEXT or len(line.text) > MAX_SENTENCE_CHARS
                    or shape_digest(line.text) not in self.shapes or not droppable(lines, k)):
                continue
            if not table.by_signature(fold(line.text)) and not credit_under_a_body(lines, k):
                line.drop(RULE)

    def _framed(self, line: Line) -> bool:
        """Line is in one of the archive's credit or dateline phrasings: it is one."""
        framed = frame(line.text)
        if framed is None or digest(framed[0]) not in self.frames:
            return False
        phrasing, line.kind, value = framed
        line.rule = None
        if line.kind == DATE:
            line.date = value
        elif line.kind == CREDIT:
            line.outlet, line.author = value
        else:
            line.author = value
        return True


NO_TEMPLATES = Templates()
