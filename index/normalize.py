"""Text normalization shared by every stage: dedup keys, line matching, dates, outlets.

Pure ``str -> str`` functions, so index time, query time and ingest all fold text the same way.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from pyarabic import araby

# One translation table built from pyarabic's character classes: tashkeel (harakat, tanwin,
# shadda, sukun), the superscript alef and tatweel are removed; alef forms, teh marbuta, alef
# maksura, Persian letters and digits are unified. A single str.translate pass is ~20x faster than
# calling pyarabic's strip functions per string, with the same result.
_ARABIC_FOLDS = str.maketrans({
    **{mark: None for mark in araby.TASHKEEL + (araby.MINI_ALEF, araby.TATWEEL)},
    **{chr(c): None for c in range(0x0653, 0x0660)},      # madda, hamza marks, other harakat
    **{chr(c): None for c in range(0x0610, 0x061B)},      # Quranic annotation signs
    araby.ALEF_HAMZA_ABOVE: "ا", araby.ALEF_HAMZA_BELOW: "ا", araby.ALEF_MADDA: "ا",
    araby.ALEF_WASLA: "ا",
    araby.TEH_MARBUTA: "ه",
    araby.ALEF_MAKSURA: "ي",
    "ی": "ي", "ې": "ي",                                   # Persian/Pashto yeh
    "ک": "ك",                                             # keheh
    **{chr(0x0660 + d): str(d) for d in range(10)},       # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},       # Persian digits
})

# Apostrophe-like marks used inside transliterated names (Asa'ib, Sha’abi, Kaʿbi).
TRANSLIT_MARKS = "'’‘ʿʾʼ`´ʹ′"
_MARK_IN_WORD = re.compile(rf"(?<=\w)[{TRANSLIT_MARKS}](?=\w)")

_QUOTES = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "",
})



def normalize_arabic(text: str) -> str:
    """Strip tashkeel and tatweel, unify alef/yeh/heh forms and digits."""
    return text.translate(_ARABIC_FOLDS)


def fold_latin(text: str) -> str:
    """Drop accents from Latin letters (é -> e) and transliteration marks inside words."""
    if _A_MARK.search(text):                 # a plain character class: a fast scan, unlike the
        text = _MARK_IN_WORD.sub("", text)   # look-behind pattern tried at every position
    if text.isascii() or not _changed_by_normalizing().search(text):
        return text
    stripped = _combining_marks().sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", stripped)       # recompose ئ ؤ after NFKD


_A_MARK = re.compile(f"[{TRANSLIT_MARKS}]")


@lru_cache(maxsize=1)
def _changed_by_normalizing() -> re.Pattern:
    """The characters NFKD, the strip of marks and NFC might change in a text: those that come
    back changed on their own, combining marks (reordered, stripped or composed), the second
    halves of canonical pairs and conjoining jamo (composed with what precedes them), and
    everything past the BMP. A text with none of them comes back as it was (most Arabic text
    once its letter forms are folded, ئ and ؤ included). Built on first use (about 40 ms)."""
    special = set(range(0x1160, 0x1200)) | set(range(0xD7B0, 0xD800))
    decomposed: dict[int, list[int]] = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if unicodedata.combining(c):
            special.add(cp)
        decomposition = unicodedata.decomposition(c)
        if not decomposition:
            continue
        parts = decomposition.split()
        if not parts[0].startswith("<"):
            decomposed[cp] = [int(part, 16) for part in parts]
            if len(parts) == 2:
                special.add(decomposed[cp][1])
        if unicodedata.normalize("NFC", _combining_marks().sub("", unicodedata.normalize("NFKD", c))) != c:
            special.add(cp)
    # a character whose decomposition starts with one of those may compose with what precedes it
    special.update([cp for cp, parts in decomposed.items() if parts[0] in special])
    return re.compile(_char_class(sorted(special), extra="\U00010000-\U0010ffff"))


def _is_arabic_mark(c: str) -> bool:
    return "\u0610" <= c <= "\u061a" or "\u064b" <= c <= "\u065f" or c == "\u0670"


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern:
    """Every combining mark except Arabic harakat, in every plane (U+1D16D, a musical
    augmentation dot, is one), as one character class (a C-speed strip). Built on first use
    (about 0.2 s): a process that folds only ASCII never pays for it."""
    return re.compile(_char_class(cp for cp in range(0x300, sys.maxunicode + 1)
                                  if not 0xD800 <= cp <= 0xDFFF
                                  and unicodedata.combining(chr(cp)) and not _is_arabic_mark(chr(cp))))


def _char_class(code_points, extra: str = "") -> str:
    """A regex character class of the code points (in order), as ranges, plus ``extra``."""
    ranges: list[list[int]] = []
    for cp in code_points:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b != a else "")
                         for a, b in ranges) + extra + "]"


def clean_line(text: str) -> str:
    """A printed line as a reader sees it: no-break and odd spaces become spaces, runs collapse.
    (str.split() splits on the same whitespace as the regex \\s, no-break spaces included.)"""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


_INVISIBLE = re.compile("[\u200b\ufeff\u200e\u200f]")     # zero-width space, BOM, LRM, RLM


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent-, quote- and Arabic-insensitive form of a short string, for table lookups."""
    return " ".join(fold_latin(text.translate(_QUOTES_AND_ARABIC)).casefold().split())


# normalize_arabic(text.translate(_QUOTES)) in one pass: the quote table's keys and values are
# punctuation and spaces, which the Arabic table leaves alone.
_QUOTES_AND_ARABIC = {**_ARABIC_FOLDS, **_QUOTES}


_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 14)
def alnum_key(text: str) -> str:
    """Only the letters and digits of ``fold(text)``: immune to spacing, quotes and punctuation."""
    return _NOT_ALNUM.sub("", fold(text))


_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script (counted by runs: half the time of letter by letter)."""
    arabic = sum(map(len, _ARABIC_LETTERS.findall(text)))
    letters = arabic + sum(map(len, _LATIN_LETTERS.findall(text)))
    return arabic / letters if letters else 0.0
