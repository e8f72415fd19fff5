"""Text normalization shared by every stage: dedup keys, line matching, dates, outlets.

Pure ``str -> str`` functions, so index time, query time and ingest all fold text the same way.
"""
from __future__ import annotations

import re
import unicodedata

from pyarabic import araby

# Letters folded after pyarabic strips tashkeel and tatweel.
_ARABIC_FOLDS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",   # alef forms
    "ة": "ه",                                 # teh marbuta -> heh
    "ى": "ي",                                 # alef maksura -> yeh
    "ی": "ي", "ې": "ي",                       # Persian/Pashto yeh
    "ک": "ك",                                 # keheh
    "\u0653": None, "\u0654": None, "\u0655": None,  # decomposed madda/hamza marks
    **{chr(0x0660 + d): str(d) for d in range(10)},   # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},   # Persian digits
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

_SPACES = re.compile(r"\s+")


def normalize_arabic(text: str) -> str:
    """Strip tashkeel and tatweel, unify alef/yeh/heh forms and digits."""
    return araby.strip_tatweel(araby.strip_tashkeel(text)).translate(_ARABIC_FOLDS)


def fold_latin(text: str) -> str:
    """Drop accents from Latin letters (é -> e) and transliteration marks inside words."""
    text = _MARK_IN_WORD.sub("", text)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed
                   if not (unicodedata.combining(c) and not _is_arabic_mark(c)))


def _is_arabic_mark(c: str) -> bool:
    return "\u0610" <= c <= "\u061a" or "\u064b" <= c <= "\u065f" or c == "\u0670"


def clean_line(text: str) -> str:
    """A printed line as a reader sees it: no-break and odd spaces become spaces, runs collapse."""
    return _SPACES.sub(" ", text.translate(_QUOTES_SPACES_ONLY)).strip()


_QUOTES_SPACES_ONLY = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "",
                                     "\ufeff": "", "\u200e": "", "\u200f": ""})


def fold(text: str) -> str:
    """Case-, accent-, quote- and Arabic-insensitive form of a short string, for table lookups."""
    text = fold_latin(normalize_arabic(text.translate(_QUOTES))).casefold()
    return _SPACES.sub(" ", text).strip()


def alnum_key(text: str) -> str:
    """Only the letters and digits of ``fold(text)``: immune to spacing, quotes and punctuation."""
    return "".join(c for c in fold(text) if c.isalnum())


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script."""
    arabic = latin = 0
    for c in text:
        if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff":
            arabic += c.isalpha()
        elif c.isalpha():
            latin += 1
    letters = arabic + latin
    return arabic / letters if letters else 0.0
