"""The archive's own templates, learnt from the archive: short lines that recur on many pages
between *different* articles are its boilerplate and section headers, in whatever words this
archive's blog prints them ("شارك المقال", "You may also like", a Telegram appeal), with no
phrase list.

Every short line of a text page is summarized as a ``Sighting``: its shape (``shape``: folded,
digits as 0, links and handles as placeholders), the digest of its exact text, and its anchors:
the nearest paragraph (a line of ``ANCHOR_CHARS`` or more) before it and after it on the page (the
page's edges when there is none). A reposted article's title, dateline and short paragraphs have
the same anchor after them wherever they are printed (their own first or next paragraph); a
template line stands between other articles each time. A shape is a template when it is seen on
at least ``MIN_PAGES`` pages with at least ``MIN_ANCHORS`` different anchors on each side, and in
few exact texts (``MAX_TEXTS``, or ``TEXT_SHARE`` of its pages): a line that carries its own figures ("Shr
12 cts vs 10 cts") is not one, though its shape recurs.

The rebuild summarizes every text page before it reads them, and keeps the sightings with the
version's records, so an update learns exactly what a rebuild of the new archive would
(``Learner``). A template line that the line classifier left as text is dropped when a page is
read (``Templates.apply``), unless it is a lone name (an author's byline) or an outlet's
signature; a dropped template ends the article above it, like the appeals of the static table.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lines import TEXT, Line
from .normalize import fold
from .outlets import outlets

MAX_CHARS = 100          # a longer line is a paragraph: never a template
MAX_WORDS = 10           # nor a line of more words (a sentence an outlet ends its articles with
                         # is part of each article: "يمكنكم استلام إشعارات ... من تطبيق بي بي سي")
ANCHOR_CHARS = 100       # a line this long anchors the short lines around it
MIN_PAGES = 3
MIN_ANCHORS = 3
MAX_TEXTS = 3            # distinct exact texts a template is printed in, at most (or a tenth
TEXT_SHARE = 0.1         # of the pages it is seen on, when that is more)
RULE = "archive-template"

_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|@\w+")
_DIGITS = re.compile(r"\d+")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Sighting:
    """One short line of a page: its shape, its exact text and its anchors (digests)."""
    shape: int
    text: int
    before: int
    after: int


def shape(text: str) -> str:
    """A line as a template: folded, links and handles as "<link>", digits as 0, no edge marks."""
    folded = _DIGITS.sub("0", _LINK.sub("<link>", fold(text)))
    return _EDGES.sub("", " ".join(folded.split()))


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def sightings(page_text: str, page_key: str) -> list[Sighting]:
    """The short lines of one text page, with their anchors; ``page_key`` (the page's path) names
    its edges, so each page's edges count as anchors of their own."""
    lines = [" ".join(raw.split()) for raw in page_text.split("\n")]
    lines = [line for line in lines if line]
    start, end = _digest("<start>" + page_key), _digest("<end>" + page_key)
    before, anchors_before = start, []
    for line in lines:
        anchors_before.append(before)
        if len(line) >= ANCHOR_CHARS:
            before = _digest(line)
    found, after = [], end
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if len(line) >= ANCHOR_CHARS:
            after = _digest(line)
        elif len(line.split()) <= MAX_WORDS and (key := shape(line)):
            found.append(Sighting(_digest(key), _digest(line), anchors_before[k], after))
    return found


@dataclass(slots=True)
class _Seen:
    pages: set[int] = field(default_factory=set)
    texts: set[int] = field(default_factory=set)
    before: set[int] = field(default_factory=set)
    after: set[int] = field(default_factory=set)

    def is_template(self) -> bool:
        pages = len(self.pages)
        return (pages >= MIN_PAGES and len(self.before) >= MIN_ANCHORS and len(self.after) >= MIN_ANCHORS
                and len(self.texts) <= max(MAX_TEXTS, TEXT_SHARE * pages))


def decide(rows: Iterable[tuple[int, int, int, int, int]]) -> set[int]:
    """The template shapes among ``rows`` of (page, shape, text, before, after): every sighting of
    each shape asked about must be in them."""
    seen: dict[int, _Seen] = defaultdict(_Seen)
    for page, shape_, text, before, after in rows:
        entry = seen[shape_]
        entry.pages.add(page)
        entry.texts.add(text)
        entry.before.add(before)
        entry.after.add(after)
    return {s for s, entry in seen.items() if entry.is_template()}


class Learner:
    """The sightings of an archive's text pages, by page (relative path): what its templates are
    learnt from, and what a version keeps so an update learns as a rebuild would."""

    def __init__(self, by_page: dict[str, list[Sighting]] | None = None) -> None:
        self.by_page = dict(by_page or {})

    def templates(self) -> Templates:
        rows = ((n, s.shape, s.text, s.before, s.after)
                for n, found in enumerate(self.by_page.values()) for s in found)
        return Templates(decide(rows))

    def replace(self, pages: dict[str, list[Sighting] | None]) -> None:
        """New sightings of some pages (None: the page is gone, or is not a text page)."""
        for path, found in pages.items():
            if found:
                self.by_page[path] = found
            else:
                self.by_page.pop(path, None)

    def pages_with(self, shapes: frozenset[int]) -> set[str]:
        """The pages that print a line of one of these shapes."""
        return {path for path, found in self.by_page.items() if any(s.shape in shapes for s in found)}


class Templates:
    """The template shapes of one archive version, applied to a page's classified lines."""

    def __init__(self, shapes: Iterable[int] = ()) -> None:
        self.shapes = frozenset(shapes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Templates) and self.shapes == other.shapes

    def __len__(self) -> int:
        return len(self.shapes)

    def apply(self, lines: list[Line]) -> None:
        """Drop the text lines that are this archive's templates (not a lone name, not a signature)."""
        if not self.shapes:
            return
        from .shapes import name_like
        table = outlets()
        for line in lines:
            if line.kind != TEXT or len(line.text) >= MAX_CHARS or len(line.text.split()) > MAX_WORDS:
                continue
            key = shape(line.text)
            if key and _digest(key) in self.shapes and not name_like(line.text) \
                    and not table.by_signature(fold(line.text)):
                line.drop(RULE)


NO_TEMPLATES = Templates()
