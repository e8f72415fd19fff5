"""The forms of a credit's or a byline's words that are read past: an English possessive
("Reuters's"), an Arabic proclitic letter (للميادين, وعن), a possessive pronoun suffix (مراسلنا), a
title before a name ("Dr.", "د."), a lone tatweel. index/credits.py reads words with them."""
from __future__ import annotations

import re

from .normalize import fold

PROCLITICS = "وفبل"
TATWEEL = "ـ"
# Titles printed before a person's name: not part of it ("بقلم د. A", "By Dr. A").
HONORIFICS = frozenset(fold(w) for w in """dr prof professor sheikh sayyed
د الدكتور الدكتوره دكتور الشيخ السيد السيده الاستاذ الاستاذه أ م المهندس""".split())
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b|(?<=s)['’](?!\w)")   # "Reuters's", "Al Mayadeen's": the name
_SUFFIXES = ("ها", "هم", "نا", "ه")


def without_possessives(text: str) -> str:
    return _POSSESSIVE.sub("", text) if "'" in text or "’" in text else text


def unsuffixed(folded: str) -> str:
    """An Arabic word without a possessive pronoun suffix (مراسلنا, مراسله, مراسلها -> مراسل)."""
    if len(folded) < 4 or folded[-1] not in "اهم" or not "\u0600" <= folded[0] <= "\u06ff":
        return folded
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            return folded[:-len(suffix)]
    return folded


def bare(folded: str, printed: str = "") -> str:
    """An Arabic word without one proclitic letter (وعن, للميادين -> الميادين); a tatweel after
    the letter marks it however short the rest (لـبي بي سي)."""
    if printed[1:2] == TATWEEL and printed[:1] in PROCLITICS and len(folded) > 1:
        return folded[1:]
    if folded.startswith("لل") and len(folded) > 4:
        return "ال" + folded[2:]
    if folded[:1] in PROCLITICS and len(folded) > 3 and "\u0600" <= folded[1] <= "\u06ff":
        return folded[1:]
    return folded


def plural_of(folded: str) -> str:
    """An Arabic word without a dual or sound plural ending (مراسلان, مراسلون, مراسلين -> مراسل);
    any other word as it is."""
    if len(folded) >= 5 and folded[-2:] in _PLURALS and "\u0600" <= folded[0] <= "\u06ff":
        return folded[:-2]
    return folded


_PLURALS = frozenset({"ان", "ون", "ين"})


def a_proper_name(printed: str) -> bool:
    """An outlet's name that is no common word: of two words or more, in Latin letters, a domain,
    or one Arabic word of four letters or more without the article (a name spelt from another
    language: "رويترز", "سبوتنيك", "تسنيم"; a noun with "ال" is a word too: "الأخبار", "الوطن")."""
    if " " in printed or printed.isascii():
        return True
    word = bare(fold(printed), printed)
    return len(word) >= 4 and not word.startswith("ال")
