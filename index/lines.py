"""Classify each printed line of a page: boilerplate, section header, dateline, credit, byline, text."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from . import boilerplate
from .date_beside import date_and_rest
from .dates import MAX_DATELINE, PrintedDate, parse_dateline
from .normalize import clean_line
from .closing_notes import closing_note
from .credits import MAX_CREDIT, credit_reader
from .outlets import outlets
from .memo import Memo

# Line kinds.
TEXT = "text"
HEADER = "header"        # section header; .section says which (videos | related | teasers)
DROP = "drop"            # boilerplate (also captions and alt text marked later)
IMAGE = "image"          # image placeholder
MARKER = "marker"        # header marker: "Posted by X on", an author bio or handle
STUB = "stub"            # "Source" with no name
DATE = "date"
CREDIT = "credit"        # names an outlet (and maybe an author)
HOUSE = "house"          # house byline: "By Staff, Agencies"
BYLINE = "byline"        # names an author only

# Lines that belong to an article's header block (between its title and its body).
META = frozenset({DATE, CREDIT, HOUSE, BYLINE, MARKER, STUB})
SKIPPABLE = frozenset({DROP, IMAGE})
SECTIONS = frozenset({"videos", "related", "teasers"})


@dataclass(slots=True)
class Line:
    no: int | None           # 1-based line number in a text page; None for HTML
    text: str                # as printed, spaces normalized
    kind: str = TEXT
    rule: str | None = None   # boilerplate rule that dropped it
    section: str | None = None
    date: PrintedDate | None = None
    outlet: str | None = None
    author: str | None = None
    attached: bool = False   # no blank line between this line and the previous printed line
    heading: bool = False    # HTML heading or bold-only paragraph
    wide_gap: bool = False   # more blank lines above it than the page prints between paragraphs

    def drop(self, rule: str) -> None:
        self.kind, self.rule = DROP, rule

    @property
    def dateline(self) -> bool:
        """The line prints the article's date: a dateline, or a credit or byline with its date."""
        return self.date is not None and self.kind in (DATE, CREDIT, BYLINE)


_SOURCE = re.compile(r"^(?:sources?|المصدر|المصادر|مصدر)\s*[:：]\s*(?P<outlet>.{2,80})$", re.I)


def classify(no: int | None, raw: str, attached: bool = False, heading: bool = False) -> Line:
    """One printed line, classified on its own (neighbours are looked at by segment.py).
    A line printed before (a reposted article's paragraph, a widget) is classified once per
    process: its class is remembered and given to a new Line."""
    known = _CLASSES.get(raw)
    if known is None:
        line = _classify(raw)
        _CLASSES.remember(raw, (line.text, line.kind, line.rule, line.section, line.date, line.outlet,
                                line.author))
        line.no, line.attached, line.heading = no, attached, heading
        return line
    text, kind, rule, section, date, outlet, author = known
    return Line(no, text, kind, rule, section, date, outlet, author, attached, heading)


_CLASSES = Memo(300_000)        # printed line -> its class


def _classify(raw: str) -> Line:
    if "&" in raw:
        raw = html.unescape(raw)            # entities left in scraped text: &quot; &#8221;
    line = Line(None, clean_line(raw))
    text = line.text
    rule = boilerplate.match(text)
    if rule and rule.kind == MARKER and len(text) <= MAX_CREDIT and (credit := credit_reader().read(text)) and credit.outlet:
        rule = None                          # "* المصدر: X": a credit naming an outlet, not a marker
    if rule and rule.name in boilerplate.POINTS_TO_SOURCE and len(text) <= MAX_CREDIT and (outlet := closing_note(text)):
        line.kind, line.outlet = CREDIT, outlet     # "Continue reading on X": where the article came from
        return line
    if rule:
        line.rule = rule.name
        if rule.kind in SECTIONS:
            line.kind, line.section = HEADER, rule.kind
        else:
            line.kind = rule.kind          # image | marker | stub | drop
        return line
    if len(text) <= MAX_DATELINE:
        line.date = parse_dateline(text)
        if line.date:
            line.kind = DATE
            return line
    if len(text) <= MAX_CREDIT and not _date_beside(line):
        _classify_credit(line)
    return line


_MARKS = frozenset("|•·●")


def _date_beside(line: Line) -> bool:
    """A date and a credit or a byline on one line ("Source: X | 2026-12-05 10:32", "By A December
    5, 2026", "X , Saturday 5 Dec 2026", "December 5, 2026 (X)"), or a date and one word set apart
    by a mark (a section's: "Politics | 5 December 2026"): the line is both (index/date_beside.py).
    A name alone beside a date is not read as a byline: a headline in title case beside its date
    is a teaser ("Oil Prices Rise - December 5, 2026")."""
    found = date_and_rest(line.text)
    if found is None:
        return False
    date, text = found
    rest = Line(None, text)
    _classify_credit(rest)
    if rest.kind not in (CREDIT, BYLINE) and (outlet := credit_reader().placed_outlet(text)):
        rest.kind, rest.outlet = CREDIT, outlet           # beside a date, a credit stands where credits do
    if rest.kind in (CREDIT, BYLINE):
        line.kind, line.outlet, line.author, line.date = rest.kind, rest.outlet, rest.author, date
        return True
    if " " not in text and not _MARKS.isdisjoint(line.text):
        line.kind, line.date = DATE, date
        return True
    return False


def _classify_credit(line: Line) -> None:
    table = outlets()
    text = line.text
    is_house, house_outlet = table.house_line(text)
    if is_house:
        line.kind, line.outlet = HOUSE, house_outlet
        return
    m = _SOURCE.match(text)
    if m:
        line.kind = CREDIT
        line.outlet = (table.lookup(m["outlet"]) or credit_reader().placed_outlet(m["outlet"])
                       or _named(m["outlet"]) or _raw_outlet(m["outlet"]))   # "Source: X and agencies" is X
        return
    if credit := credit_reader().read(text):
        line.kind = CREDIT if credit.outlet else BYLINE
        line.outlet, line.author = credit.outlet, credit.author


def _named(printed: str) -> str | None:
    """The known outlet a "Source:" credit names beside words of its own ("المصدر: X / ترجمة:
    فريق التحرير")."""
    framed = credit_reader().frame(printed)
    return framed[1] if framed else None


def _raw_outlet(printed: str) -> str | None:
    """An outlet named in a "Source:" credit that the table does not know: kept as printed."""
    printed = printed.strip(" .")
    return printed if len(printed.split()) <= 6 else None
