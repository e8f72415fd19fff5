"""The archive's own templates, learnt from the archive: short lines that recur on many pages
between *different* articles are its boilerplate and section headers, in whatever words this
archive's blog prints them ("شارك المقال", "You may also like", a Telegram appeal), with no
phrase list.

Every short line of a text page is summarized as a ``Sighting``: its shape (``shape``: folded,
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

The rebuild summarizes every text page before it reads them, and keeps the sightings with the
version's records, so an update learns exactly what a rebuild of the new archive would
(``Learner``). A template line that the line classifier left as text is dropped when a page is
read (``Templates.apply``), unless it is a lone name in a header block (an author's byline) or an
outlet's signature; a dropped template ends the article above it, like the static table's appeals.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .dates import MAX_DATELINE, parse_dateline
from .lines import META, SKIPPABLE, TEXT, Line
from .normalize import fold
from .outlets import outlets

MAX_CHARS = 100          # a longer line is a paragraph: never a template
MAX_WORDS = 10           # nor a line of more words (a sentence an outlet ends its articles with
                         # is part of each article: "يمكنكم استلام إشعارات ... من تطبيق بي بي سي")
ANCHOR_CHARS = 100       # a line this long anchors the short lines around it
MIN_PAGES = 3
MIN_ANCHORS = 3
MAX_TEXTS = 3            # distinct exact texts a template is printed in, at most
RULE = "archive-template"

_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|@\w+")
_DIGITS = re.compile(r"\d+")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


class Sighting(NamedTuple):
    """One short line of a page: its shape, its exact text, its anchors and the lines right
    before and after it (digests)."""
    shape: int
    text: int
    before: int
    after: int
    previous: int
    next: int
    dated: int              # 1: the line after it is a dateline (a headline's: a title, a teaser)


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
    digests = [_digest(line) for line in lines]
    before, anchors_before = start, []
    for line, digest in zip(lines, digests):
        anchors_before.append(before)
        if len(line) >= ANCHOR_CHARS:
            before = digest
    found, after = [], end
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if len(line) >= ANCHOR_CHARS:
            after = digests[k]
        elif len(line.split()) <= MAX_WORDS and (key := shape(line)):
            following = lines[k + 1] if k + 1 < len(lines) else ""
            found.append(Sighting(_digest(key), digests[k], anchors_before[k], after,
                                  digests[k - 1] if k else start, digests[k + 1] if following else end,
                                  int(len(following) <= MAX_DATELINE and parse_dateline(following) is not None)))
    return found


@dataclass(slots=True)
class _Seen:
    """The pages and the sides (anchors and neighbours) one exact text is seen with."""
    pages: set = field(default_factory=set)
    sides: tuple[Counter, ...] = field(default_factory=lambda: (Counter(), Counter(), Counter(), Counter()))
    dated: bool = False

    def between_articles(self) -> bool:
        """On enough pages, never a headline (a dateline under it), with enough different things on
        each side, and neither anchor beside it most of the time (an article's title has its first
        paragraph after it on most pages, however many lists of links also print it)."""
        if len(self.pages) < MIN_PAGES or self.dated:
            return False
        if any(len(side) < MIN_ANCHORS for side in self.sides):
            return False
        return all(2 * max(side.values()) < sum(side.values()) for side in self.sides[:2])


def decide(rows: Iterable[tuple]) -> set[int]:
    """The template shapes among ``rows`` of (page, *sighting): every sighting of each shape
    asked about must be in them. A shape is one when one of its exact texts stands between
    different articles itself and it has few texts (the others ride along: "© 2020", "© 2021")."""
    seen: dict[int, dict[int, _Seen]] = defaultdict(lambda: defaultdict(_Seen))
    for page, shape_, text, *sides, dated in rows:
        entry = seen[shape_][text]
        entry.pages.add(page)
        entry.dated = entry.dated or bool(dated)
        for found, digest in zip(entry.sides, sides):
            found[digest] += 1
    return {s for s, texts in seen.items()
            if len(texts) <= MAX_TEXTS and any(entry.between_articles() for entry in texts.values())}


class Learner:
    """The sightings of an archive's text pages, by page (relative path): what its templates are
    learnt from, and what a version keeps so an update learns as a rebuild would."""

    def __init__(self, by_page: dict[str, list[Sighting]] | None = None) -> None:
        self.by_page = dict(by_page or {})

    def templates(self) -> Templates:
        rows = ((n, *s) for n, found in enumerate(self.by_page.values()) for s in found)
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

    def __hash__(self) -> int:
        return hash(self.shapes)

    def __len__(self) -> int:
        return len(self.shapes)

    def apply(self, lines: list[Line]) -> None:
        """Drop the text lines that are this archive's templates, but an outlet's signature and a
        lone name in a header block (an author's byline, ``_a_byline``)."""
        if not self.shapes:
            return
        table = outlets()
        for k, line in enumerate(lines):
            if line.kind != TEXT or len(line.text) >= MAX_CHARS or len(line.text.split()) > MAX_WORDS:
                continue
            key = shape(line.text)
            if key and _digest(key) in self.shapes and not table.by_signature(fold(line.text)) \
                    and not _a_byline(lines, k):
                line.drop(RULE)


def _a_byline(lines: list[Line], k: int) -> bool:
    """A lone name in a header block: a dateline or credit below it, or the title or a header
    line above it and the body (a sentence) below."""
    from .shapes import ends_sentence, is_paragraph, name_like     # shapes reads what this module marks
    if not name_like(lines[k].text):
        return False
    above = next((l for l in reversed(lines[:k]) if l.kind not in SKIPPABLE), None)
    below = next((l for l in lines[k + 1:] if l.kind not in SKIPPABLE), None)
    if below is None or below.kind in META:
        return below is not None
    heads = above is not None and (above.kind in META or (above.kind == TEXT and not is_paragraph(above)
                                                           and not ends_sentence(above.text)))
    return heads and below.kind == TEXT and (ends_sentence(below.text) or is_paragraph(below))


NO_TEMPLATES = Templates()
