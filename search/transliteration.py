"""Names across scripts: a Latin name and its Arabic transliteration share a consonant skeleton
("Kavanaugh" and كافانو, "Sulawesi" and سولاويسي), so a query word no lexicon knows can still find
the name as the other script prints it.

``skeleton`` writes a word of either script as classes of consonants: vowels, and the letters
that stand for vowels or are often dropped (w, y, h; ا و ي ى ء ة ه ح ع), are left out; letters that
transliterate into each other are one class (k c q ق ك; g j ج غ; s z ص س ز; t ت ط ث; d د ض ذ ظ;
b p ب; f v ف; sh ch ش; kh خ); a doubled letter counts once; an Arabic article (ال) is dropped.

``NameWords`` holds the words of the names the archive printed (the records' spellings of its
people, organizations and places: search/spellings.py reads them), by skeleton. A skeleton of
fewer than ``MIN_SKELETON`` classes is too short to tell names apart and finds nothing.
"""
from __future__ import annotations

import re
from collections import Counter

from index.analysis import index_term
from index.normalize import fold

MIN_SKELETON = 3
MAX_NAMES = 3                       # candidates given for one word, the most printed first

_LATIN_PAIRS = (("gh$", ""), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "X"), ("gh", "K"), ("ph", "F"), ("th", "T"),
                ("dh", "D"), ("ck", "K"), ("qu", "K"), ("x", "KS"))
_LATIN = str.maketrans({"b": "B", "p": "B", "f": "F", "v": "F", "k": "K", "q": "K", "g": "K", "j": "K",
                        "s": "S", "z": "S", "t": "T", "d": "D", "l": "L", "m": "M", "n": "N", "r": "R"})
_ARABIC = str.maketrans({"ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "ك": "K", "ق": "K", "ج": "K", "غ": "K",
                         "گ": "K", "س": "S", "ص": "S", "ز": "S", "ظ": "S", "ش": "S", "ت": "T", "ط": "T", "ث": "T",
                         "د": "D", "ض": "D", "ذ": "D", "خ": "X", "ل": "L", "م": "M", "ن": "N",
                         "ر": "R"})
_SOFT_C = re.compile(r"c(?=[eiy])")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_TSH = re.compile("تش")


def skeleton(word: str) -> str:
    """The consonant classes of a word of either script, doubled ones once ("" for no letters)."""
    text = fold(word)
    if _ARABIC_LETTER.search(text):
        if text.startswith("ال") and len(text) > 4:
            text = text[2:]
        text = _TSH.sub("ش", text).translate(_ARABIC)
    else:
        text = _SOFT_C.sub("s", text.lower())
        for pair, cls in _LATIN_PAIRS:
            text = re.sub(pair, cls, text)
        text = text.replace("c", "K").translate(_LATIN)
    out = []
    for ch in text:
        if ch.isupper() and ch.isascii() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def is_arabic(word: str) -> bool:
    return bool(_ARABIC_LETTER.search(word))


class NameWords:
    """The words of the archive's printed names, by script and skeleton, with how often printed;
    two Arabic words of a name also as one ("نصر الله" is "Nasrallah")."""

    def __init__(self, spellings):
        """``spellings``: (name as printed, copies) pairs."""
        self._by_skeleton: dict[tuple[bool, str], Counter] = {}
        for printed, copies in spellings:
            words = [(word, *index_term(word)) for word in printed.split()]
            for word, folded, term in words:
                self._add(is_arabic(word), skeleton(word), folded, (term,), copies)
            for (first, folded1, term1), (second, folded2, term2) in zip(words, words[1:]):
                if is_arabic(first) and is_arabic(second):
                    self._add(True, skeleton(first + second), f"{folded1} {folded2}", (term1, term2), copies)

    def _add(self, arabic: bool, key: str, folded: str, terms: tuple, copies: int) -> None:
        if len(key) >= MIN_SKELETON and all(terms):
            self._by_skeleton.setdefault((arabic, key), Counter())[(folded, terms)] += copies

    def across(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """The other script's name words (as folded, and their indexed terms) sharing the
        skeleton of ``word``, the most printed first."""
        key = skeleton(word)
        if len(key) < MIN_SKELETON:
            return []
        found = self._by_skeleton.get((not is_arabic(word), key), Counter())
        chosen: dict[tuple, str] = {}
        for (folded, terms), _ in found.most_common():
            chosen.setdefault(terms, folded)
        return [(folded, terms) for terms, folded in list(chosen.items())[:MAX_NAMES]]
