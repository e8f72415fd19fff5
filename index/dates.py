"""Datelines: recognise a line that is *only* a date, in every format the archive prints.

The grammar is closed and small (see README, "Dates"), so it is a table of month names and a few
anchored patterns rather than a general date parser: a general parser also "finds" dates in
ordinary sentences and reads "Today 10/7/2021" as today. Numeric dates are always day/month.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .gazetteer import gazetteer
from .normalize import fold

_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French, as Maghreb and Lebanese sites print it (accents folded away)
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12,
}
# Arabic month names, already in fold() form (alef and teh marbuta folded).
_AR_MONTHS = {
    # Levantine / Iraqi
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
    # Egyptian / MSA
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    # Maghreb: Algeria and Tunisia (French names), Morocco
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
def is_month_name(word: str) -> bool:
    """Whether a word (any case, Arabic letter forms) names a month: أيار, نيسان, May."""
    folded = fold(word).lower()
    return folded in _AR_MONTHS or (folded in _EN_MONTHS and len(folded) > 3)


# Weekday names (fold() form) and their numbers, 0 Monday.
_WEEKDAY_NUMBERS = {name: k for k, names in enumerate((
    "monday mon الاثنين", "tuesday tue tues الثلاثاء", "wednesday wed الاربعاء", "thursday thu thur thurs الخميس",
    "friday fri الجمعه", "saturday sat السبت", "sunday sun الاحد")) for name in names.split()}
_WEEKDAY_NUMBERS |= {name: k for k, name in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())}
_WEEKDAYS = "|".join(sorted(_WEEKDAY_NUMBERS, key=len, reverse=True))
_WEEKDAY_NAMES = frozenset(_WEEKDAY_NUMBERS)


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_EN = _alternation(_EN_MONTHS)
# "تموز/يوليو", "حزيران (يونيو)" print both names; the first decides.
_AR_NAME = _alternation(_AR_MONTHS)
_AR = rf"(?:{_AR_NAME})(?:\s*[/\-]\s*(?:{_AR_NAME})|\s*\(\s*(?:{_AR_NAME})\s*\))?"
_PREFIX = rf"^(?:(?:today|اليوم)\s+)?(?:(?:{_WEEKDAYS})\s*[,،]?\s+)?"
# the word "year" before it ("5 ديسمبر عام 2026", "من عام", "للعام"), an apostrophe ("Dec 5 '26")
_YEAR = r"(?:(?:من\s+)?(?:ل|لل)?(?:عام|سنه)\s+)?(?:(?P<y>\d{4})|'?(?P<yy>\d{2}))"
_ORDINAL = r"(?:st|nd|rd|th)?"
# between a day and its month: "5 March", "5th of March", "05-Mar-1987", "5. März"-like dots,
# "5 من (شهر) ديسمبر"
_DAY_MONTH = r"(?:\s+(?:of|من|من\s+شهر)\s+|\s*[-/.]\s*|\s+)"

# between a month (or a day after it) and the year: "5 December | 2026", "5 ديسمبر ـ 2026"; a
# day and a year need a space or a mark between them ("May 2021" is no 20 May 2021)
_MONTH_YEAR = r"\s*[,،\-/|.·–—ـ]?\s*"
_DAY_YEAR = r"(?:\s*[,،\-/|.·–—ـ]\s*|\s+)"

_CORES = (
    r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})",
    r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?",     # ISO 8601, its time too
    rf"(?P<d>\d{{1,2}}){_ORDINAL}{_DAY_MONTH}(?P<mn>{_EN})\.?(?:{_MONTH_YEAR}{_YEAR})?",
    rf"(?P<mn>{_EN})\.?(?:\s*,\s*|\s+|-)(?P<d>\d{{1,2}}){_ORDINAL}(?:{_DAY_YEAR}{_YEAR})?",   # "December, 05, 2026"
    rf"(?P<d>\d{{1,2}})(?:{_DAY_MONTH})(?P<mn>{_AR})(?:{_MONTH_YEAR}{_YEAR})?",
    rf"(?P<mn>{_AR})\s+(?P<d>\d{{1,2}})\s*[,،]?\s*{_YEAR}",                  # "ديسمبر 5، 2026"
    rf"(?P<y>\d{{4}})(?:\s*[,،]?\s+|-)(?P<mn>{_EN}|{_AR})\.?(?:\s+|-)(?P<d>\d{{1,2}}){_ORDINAL}",  # "2026, December 5"
)
_PATTERNS = [re.compile(_PREFIX + p + r"\s*\.?$") for p in _CORES]
# The same dates anywhere in a line, for datelines with words or a clock time around them.
# a date starts after a label's colon ("Date:05 ..."), not inside a clock or a number ("10:05",
# "2021-05"); "2026:" ends one, "20:30" does not
_INSIDE = [re.compile(rf"(?<![\w/.-])(?<!\d:){p}(?![\d/]|[:.]\d)") for p in _CORES]
# a clock time, with am/pm and a zone offset ("10:22:00 +0300", "9:05pm", "14:30 GMT+3")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|ص|م)(?!\w))?(?!\d)"
                    r"(?:\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?(?!\d)|\s*[+-]\d{1,2}(?::?\d{2})?(?!\d))?")
# Hijri dates printed beside the Gregorian one ("12 رجب 1440 هـ الموафق ..."): read as words
_HIJRI_MONTHS = ("محرم", "صفر", "ربيع الاول", "ربيع الاخر", "ربيع الثاني", "جمادي الاولي", "جمادي الاول",
                 "جمادي الاخره", "جمادي الاخر", "جمادي الثانيه", "رجب", "شعبان", "رمضان", "شوال", "ذو القعده",
                 "ذي القعده", "ذو الحجه", "ذي الحجه")
# and Iranian (solar Hijri) dates, which Iran's Arabic outlets print beside it ("14 آذر 1405")
_SOLAR_MONTHS = ("فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "ابان", "اذر", "دي",
                 "بهمن", "اسفند")
# the day, month and year apart by spaces or marks ("الخميس / 6 / جمادى الآخرة / 1439 هـ")
# ... and in Latin letters ("14 Jumada al-Akhirah 1448")
_HIJRI_LATIN = (r"muharram|safar|rabi['‘ʿ]?\s*(?:al|ul|el)?[- ]?(?:awwal|thani|akhir|akhar|aw+al)"
                r"|jumad[aeiy]+\s*(?:al|ul|el)?[- ]?(?:ula|oula|awwal|akhirah|akhira|akhir|thani|thaniyah)"
                r"|rajab|sha['‘ʿ]?ban|ramadh?an|shawwal|dhu\s*(?:al|l|el)?[- ]?(?:qa['‘ʿ]?dah|qi['‘ʿ]?dah|hijjah)")
_HIJRI = re.compile(rf"(?<!\d)\d{{1,2}}\s*[/\-.]?\s*(?:{'|'.join(sorted(_HIJRI_MONTHS, key=len, reverse=True))}|{_HIJRI_LATIN})"
                    r"(?:\s*[,،/\-.]?\s*\d{4})?\s*(?:هـ|ه|ah|a\.h\.)?(?!\w)"
                    rf"|(?<![\w])(?:{_HIJRI_LATIN})\s+\d{{1,2}}(?:\s*,?\s*\d{{4}})?\s*(?:ah|a\.h\.|h)?(?!\w)"   # "Safar 25, 1408 AH"
                    rf"|(?<!\d)\d{{1,2}}\s+(?:{'|'.join(_SOLAR_MONTHS)})\s*[,،]?\s*\d{{4}}(?:\s*(?:هـ\s*ش|ش))?(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")
MAX_DATELINE = 100       # a Hijri date, a clock and an update time beside it make long ones
FIRST_YEAR = 1900        # a printed year before it is no news dateline (a Hijri year: 1436)
WEEKDAY_YEARS = 6        # a date falls on each weekday at least once in any 7 years but leap ones


@dataclass(frozen=True, slots=True)
class PrintedDate:
    """A dateline as printed: the year may be missing."""
    day: int
    month: int
    year: int | None
    weekday: int | None = field(default=None, compare=False)   # printed beside a year-less date: 0 Monday

    def resolve(self) -> dt.date | None:
        return _valid(self.year, self.month, self.day) if self.year else None


def parse_dateline(line: str) -> PrintedDate | None:
    """The date a line denotes when the line is a date, alone or with only dateline words
    (``datelines.toml``), weekday names, clock times and punctuation around it; else None."""
    if len(line) > MAX_DATELINE or not any(ch.isdigit() for ch in line):
        return None
    text = _unglued(fold(line).rstrip(" ,"))
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            return _from_match(m, text)
    for m in dates_inside(text):
        date, before, after = with_its_year(m, text)
        if _only_dateline_words(before + " " + after):
            return date
    return None


# a year with the clock glued on, as pages copied from a page's elements print it ("25/7/201509:31")
_GLUED_CLOCK = re.compile(r"(?<=[/.\-\s])((?:19|20)\d\d)(?=\d{1,2}:\d{2}(?!\d))")


def _unglued(text: str) -> str:
    return _GLUED_CLOCK.sub(r"\1 ", text)


def with_its_year(m: re.Match, text: str) -> tuple[PrintedDate | None, str, str]:
    """The date matched, and the line's text before and after it; a date printed without its
    year takes the one year the rest of the line prints ("5 ديسمبر - 10:32 - 2026"), which then
    leaves the rest."""
    date, before, after = _from_match(m, text), text[:m.start()], text[m.end():]
    if date is None or date.year is not None:
        return date, before, after
    years = [(side, y) for side, part in enumerate((before, after)) for y in _A_YEAR.finditer(_times(part, " "))
             if FIRST_YEAR <= int(y[0]) <= dt.date.today().year + 1]      # not a Hijri year (1448)
    if len(years) != 1:
        return date, before, after
    side, year = years[0]
    parts = [before, after]
    parts[side] = parts[side].replace(year[0], " ", 1)
    return PrintedDate(date.day, date.month, int(year[0])), parts[0], parts[1]


_A_YEAR = re.compile(r"(?<![\d:.])\d{4}(?!\d|:\d)")


def dates_inside(text: str) -> list[re.Match]:
    """The dates printed in a line, the longest first and of two as long the first printed
    ("2026, December 5" before "December 5"; "December 5, 2026 | Updated December 6, 2026")."""
    found = [m for pattern in _INSIDE for m in pattern.finditer(text)]
    return sorted(found, key=lambda m: (m.start() - m.end(), m.start()))


def dateline_frame(line: str) -> tuple[str, PrintedDate] | None:
    """A short line holding one date, with the date, clock times and weekday names as
    placeholders ("<w> <d> <t> bulletin"), and the date: the phrasing an archive's own datelines
    are learnt from (index/templates.py), whatever words it prints around them."""
    if len(line) > MAX_DATELINE or not any(ch.isdigit() for ch in line):
        return None
    text = _unglued(fold(line).rstrip(" ,"))
    for m in dates_inside(text):
        date, before, after = with_its_year(m, text)
        if date is None:
            continue
        rest = f"{_times(before, ' <t> ')} <d> {_times(after, ' <t> ')}"
        words = [_frame_word(w) for w in _FRAME_WORD.findall(_COUNT.sub(" <n> ", rest))]
        return (" ".join(words), date) if len(words) <= MAX_FRAME_WORDS else None
    return None


_FRAME_WORD = re.compile(r"<[dtn]>|[^\W\d_]+")
_COUNT = re.compile(r"\d+(?:[,.]\d+)*")     # another number beside the date: "3 min read", "العدد 16543"
MAX_FRAME_WORDS = 8


def _frame_word(word: str) -> str:
    """A word of a dateline's phrasing: a weekday is "<w>", a place the gazetteer knows "<p>"
    (a correspondent's city before the date: "Beirut, <d>", "دمشق - <d>")."""
    if word in _WEEKDAY_NAMES:
        return "<w>"
    return "<p>" if word[0] != "<" and "place" in gazetteer().kinds([word]) else word


def clock_alone(line: str) -> bool:
    """A short line that prints a clock time and nothing but dateline words ("12:47 ت م", "10:32
    GMT"): a header's or a wire's time line, never a title."""
    text = fold(line)
    return len(text) <= MAX_CLOCK_LINE and _CLOCK.search(text) is not None and _only_dateline_words(text)


MAX_CLOCK_LINE = 40


def _only_dateline_words(rest: str) -> bool:
    """Only dateline words or places ("05 Dec 2026 | 10:32 GMT | Beirut") around the date; or one
    other word when a weekday also says "dateline" ("يوم الأربعاء الموافق 20 حزيران 2018"); a
    clock time alone does not ("Match at 20:30 on 5 July" is a headline)."""
    unclocked = _asides().sub(" ", _ZONE.sub(_zone_place, _times(rest, " ")))
    if any(c.isdigit() for c in unclocked):
        return False
    words = _WORD.findall(unclocked)
    unknown = [w for w in words if w not in dateline_words() and "place" not in gazetteer().kinds([w])]
    if not unknown:
        return True
    return len(unknown) == 1 and not _WEEKDAY_NAMES.isdisjoint(words) and len(words) <= 6


# a time zone named by a city of two words ("بتوقيت مكة المكرمة", "Makkah Mukarramah time")
_ZONE = re.compile(r"(?<!\w)(ب?توقيت\s+)([^\W\d_]+)\s+[^\W\d_]+|(?<!\w)([^\W\d_]+)\s+[^\W\d_]+(\s+time)(?!\w)")


def _zone_place(m: re.Match) -> str:
    opening, place = (m[1], m[2]) if m[2] else ("", m[3])
    return opening + place + (m[4] or "") if "place" in gazetteer().kinds([place]) else m[0]


def asides(text: str) -> list[tuple[int, int]]:
    """Where a folded line prints what a dateline does beside its dates (clock times, Hijri
    dates, counts, how long ago): index/date_beside.py reads the rest, once the dates
    (``dates_inside``) are taken off too."""
    return [m.span() for pattern in (_HIJRI, _CLOCK, _asides()) for m in pattern.finditer(text)]


def _times(text: str, mark: str) -> str:
    """Clock times, Hijri dates (printed beside the Gregorian one) and a second date ("...
    Updated December 6, 2026") as ``mark``."""
    text = _HIJRI.sub(mark, text)
    for pattern in _INSIDE:
        text = pattern.sub(mark, text)
    return _CLOCK.sub(mark, text)


@cache
def _table() -> dict[str, list[str]]:
    raw = tomllib.loads(resources.files("index").joinpath("data/datelines.toml").read_text("utf-8"))
    return {key: [fold(w) for w in value.split()] for key, value in raw.items()}


@cache
def dateline_words() -> frozenset[str]:
    return frozenset(_table()["words"]) | _WEEKDAY_NAMES | {"today", "اليوم"}


@cache
def _asides() -> re.Pattern:
    """What a dateline prints beside its date besides words: a count ("| 4 Comments", "عدد
    القراءات: 1234") or how long ago ("Updated 2 hours ago", "منذ 3 ساعات")."""
    counted, ago = _alternation(_table()["counted"]), _alternation(_table()["ago"])
    number, spans = r"\d[\d,.]*", rf"(?:\d[\d,.]*\s*(?:{ago})\s*)+"
    return re.compile(rf"(?<!\w)(?:{number}\s*(?:{counted})|(?:(?:{counted})\s*)+[:：]?\s*[\[(]?\s*{number}\s*[\])]?"
                      rf"|{spans}(?:ago|read|قراءه|للقراءه)|منذ\s+(?:{spans}|(?:{ago})))(?!\w)")


def _from_match(m: re.Match, text: str = "") -> PrintedDate | None:
    groups = m.groupdict()
    day = int(groups["d"])
    if groups.get("mn"):
        month = _month_number(groups["mn"])
    else:
        month = int(groups["m"])
    printed_year = groups.get("y") or groups.get("yy")
    year = _full_year(printed_year) if printed_year else None
    if year is not None and not FIRST_YEAR <= year <= dt.date.today().year + 1:
        return None                         # "9 / 10 / 1436هـ" is a Hijri date, not a news date
    if year is None:
        ok = _valid(2000, month, day) is not None      # 2000 is a leap year: 29 Feb is fine
    else:
        ok = _valid(year, month, day) is not None
    if not ok:
        return None
    weekday = None if year else next((_WEEKDAY_NUMBERS[w] for w in _WORD.findall(text) if w in _WEEKDAY_NUMBERS), None)
    return PrintedDate(day, month, year, weekday)



def _month_number(name: str) -> int:
    first = re.split(r"[/(\-]", name)[0].strip().rstrip(".")
    return _EN_MONTHS.get(first) or _AR_MONTHS[first]


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        pivot = dt.date.today().year % 100 + 1
        year += 2000 if year <= pivot else 1900
    return year


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(printed: PrintedDate, neighbours: list[dt.date]) -> dt.date | None:
    """Give a year-less date the year that puts it nearest the dated articles around it; with a
    weekday printed, a year in which the date falls on that weekday (within ``WEEKDAY_YEARS``
    of a neighbour), if there is one."""
    if printed.weekday is not None:
        on_weekday = _nearest(printed, neighbours, WEEKDAY_YEARS, printed.weekday)
        if on_weekday:
            return on_weekday
    return _nearest(printed, neighbours, 1, None)


def _nearest(printed: PrintedDate, neighbours: list[dt.date], years: int, weekday: int | None) -> dt.date | None:
    best: tuple[int, dt.date] | None = None
    for near in neighbours:
        for year in range(near.year - years, near.year + years + 1):
            candidate = _valid(year, printed.month, printed.day)
            if candidate and (weekday is None or candidate.weekday() == weekday):
                gap = abs((candidate - near).days)
                if best is None or gap < best[0]:
                    best = (gap, candidate)
    return best[1] if best else None
