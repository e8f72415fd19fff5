"""A date printed on one line with a credit or a byline ("Ahram Online , Saturday 5 Dec 2026",
"By A December 5, 2026", "December 5, 2026 (AFP)", "لندن - العربي الجديد - 05 ديسمبر 2026"): the
date, and the line's other words as printed, which index/lines.py reads as a credit or a byline.
The line is then both: its article takes the date and the outlet or the author."""
from __future__ import annotations

import re

from .credits import MAX_CREDIT
from .dates import PrintedDate, asides, dateline_words, dates_inside, with_its_year
from .gazetteer import gazetteer
from .normalize import fold

_LETTERS = re.compile(r"[^\W\d_]+")


def date_and_rest(line: str) -> tuple[PrintedDate, str] | None:
    """The date a short line prints (of several, as ``parse_dateline`` picks) with its year, and
    the line's other words as printed: clock times, other dates, counts, and at the edges
    dateline words ("Published:", a weekday) and marks, taken off. None when no date is printed,
    nothing else is, another number is, or other words stand on both sides of the date."""
    if len(line) > MAX_CREDIT or not any(c.isdigit() for c in line):
        return None
    tokens = line.split()
    folded = [fold(token) for token in tokens]
    text = " ".join(folded)
    found = dates_inside(text)
    if not found:
        return None
    date = with_its_year(found[0], text)[0]
    if date is None or date.year is None:
        return None
    taken, starts, at = asides(text) + [m.span() for m in found], [], 0
    for word in folded:
        starts.append(at)
        at += len(word) + 1
    groups, group = [], []                  # runs of the other words, between the dates and clocks
    for token, word, start in zip(tokens, folded, starts):
        if any(a < start + len(word) and start < b for a, b in taken):
            groups, group = groups + [group], []
        else:
            group.append(token)
    groups = [trimmed for group in groups + [group] if (trimmed := _trimmed(group))]
    if len(groups) != 1 or any(c.isdigit() for token in groups[0] for c in token):
        return None                         # words on both sides: a lead's "A 5 December 2026 B"
    return date, " ".join(groups[0])


def _trimmed(tokens: list[str]) -> list[str]:
    """Without dateline words and marks at either edge; nothing of a run of places alone
    ("الرياض 5 ديسمبر 2026 واس": a place, the date, the agency)."""
    words = [_LETTERS.findall(fold(token)) for token in tokens]
    if all("place" in gazetteer().kinds([word]) or word in dateline_words() for run in words for word in run):
        return []
    filler = [all(word in dateline_words() for word in run) for run in words]
    start, end = 0, len(tokens)
    while start < end and filler[start]:
        start += 1
    while end > start and filler[end - 1]:
        end -= 1
    return tokens[start:end]
