"""The phrasings a line is printed in around a known outlet's name, a date or a person's name: its
*frame* ("credit: cross-posted from <o>", "date: posted at <t> on <w> <d>", "byline: <a> staff
writer"), which index/templates.py counts over an archive's pages to learn the archive's own
credit, dateline and byline forms in whatever words they are printed."""
from __future__ import annotations

from .credits import credit_reader
from .dates import PrintedDate, dateline_frame
from .lines import BYLINE, CREDIT, DATE, TEXT, Line
from .memo import Memo

BYLINE_REACH = 3                    # lines from a byline to the dateline or credit beside it
KNOWN_AUTHORS = "byline: known"     # the frame of a byline the reader (credits.py) reads itself
UNMARKED = "byline, name unmarked: "   # a byline phrasing whose name only its place marks ("تحرير <a>")


def anchor(framed: tuple) -> object:
    """What varies between a frame's sightings: a credit's outlet, a dateline's date, a byline's
    (first) name."""
    if framed[1] == CREDIT:
        return framed[2][0]
    return framed[2].split("; ")[0] if framed[1] == BYLINE else framed[2]


def near_a_dateline(lines: list[Line], k: int) -> bool:
    """A dateline or a credit within ``BYLINE_REACH`` lines of line k (in any phrasing: a date
    or an outlet's name in a short line)."""
    near = lines[max(0, k - BYLINE_REACH):k] + lines[k + 1:k + 1 + BYLINE_REACH]
    return any(line.kind in (DATE, CREDIT) or (line.kind == TEXT and _dated_or_credited(line.text))
               for line in near)


def placed(framed: tuple, lines: list[Line], k: int) -> bool:
    """Whether line k, in phrasing ``framed``, stands where its kind does, so that the phrasing
    may be learnt from it: a credit anywhere; a byline near a dateline or a credit
    (``near_a_dateline``); a dateline with no dateline in the lines below (a wire headline with a
    date in it stands over its own: "TREASURY BALANCES AT FED ROSE ON FEB 25")."""
    if framed[1] == BYLINE:
        return near_a_dateline(lines, k)
    if framed[1] == DATE:
        return all(line.kind != DATE for line in lines[k + 1:k + 1 + BYLINE_REACH])
    return True


def _dated_or_credited(text: str) -> bool:
    framed = frame(text)
    return framed is not None and framed[1] in (DATE, CREDIT)


def frame(text: str) -> tuple[str, str, tuple | str | PrintedDate] | None:
    """A line's phrasing around one known outlet's name, one date or one person's name,
    kind-marked, its kind and (that outlet, a name beside it or None), that date or that name:
    "credit: cross-posted from <o>", "credit: <a> special to <o>",
    "date: posted at <t> on <w> <d>", "byline: <a> staff writer". Remembered: a reposted
    article's short lines come back page after page."""
    known = _FRAMES.get(text, _UNSEEN)
    return known if known is not _UNSEEN else _FRAMES.remember(text, _frame(text))


_FRAMES = Memo(200_000)         # short line -> its frame
_UNSEEN = object()


def _frame(text: str) -> tuple[str, str, tuple | str | PrintedDate] | None:
    if credited := credit_reader().frame(text):
        return "credit: " + credited[0], CREDIT, credited[1:]
    if dated := dateline_frame(text):
        return "date: " + dated[0], DATE, dated[1]
    if signed := credit_reader().byline_frame(text):
        return ("byline: " if signed[2] else UNMARKED) + signed[0], BYLINE, signed[1]
    return None


def unmarked(framed: tuple) -> bool:
    """A byline phrasing whose name nothing marks off from its words (Arabic, no punctuation)."""
    return framed[0].startswith(UNMARKED)
