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

``arabic_spellings`` goes the other way for a Latin name no record holds (the recognizer did not
mark it in any Arabic article) or a loanword: the Arabic spellings its letters are likely printed
with ("Tellis": تيليس, تليس, ...), of which the translation keeps those the index holds rarely.
"""
from __future__ import annotations

import re
from collections import Counter

from index.analysis import fold_token, index_term
from index.normalize import fold

from .lexicon import script_of

MIN_SKELETON = 3
MAX_NAMES = 3                       # candidates given for one word, the closest first

_LATIN_PAIRS = (("gh$", ""), ("ght", "T"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "X"), ("gh", "K"),
                ("ph", "F"), ("th", "T"), ("dh", "D"), ("ck", "K"), ("qu", "K"), ("x", "KS"))
_LATIN = str.maketrans({"b": "B", "p": "B", "f": "F", "v": "F", "k": "K", "q": "K", "g": "K", "j": "K",
                        "s": "S", "z": "S", "t": "T", "d": "D", "l": "L", "m": "M", "n": "N", "r": "R",
                        "c": "K", "a": "v", "e": "v", "i": "v", "o": "v", "u": "v", "y": "v", "w": "v"})
_ARABIC = str.maketrans({"ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "ك": "K", "ق": "K", "ج": "K", "غ": "K",
                         "گ": "K", "س": "S", "ص": "S", "ز": "S", "ظ": "S", "ش": "S", "ت": "T", "ط": "T", "ث": "T",
                         "د": "D", "ض": "D", "ذ": "D", "خ": "X", "ل": "L", "م": "M", "ن": "N", "ر": "R",
                         "ا": "v", "و": "v", "ي": "v", "ى": "v", "ء": "v", "ؤ": "v", "ئ": "v", "ه": "v"})
_SOFT_C = re.compile(r"c(?=[eiy])")
_POSSESSIVE = re.compile(r"['’]s$")
_RUNS = re.compile(r"(.)\1+")
_NOT_CLASS = re.compile(r"[^A-Zv\n]")
_ARTICLE = re.compile(r"^ال(?=[^\n]{3})", re.M)


def shape(word: str) -> str:
    """A word of either script as consonant classes and vowel slots (V), runs of one counted once:
    "Kavanaugh" and كافانو are both KVFVNV."""
    text = fold(_POSSESSIVE.sub("", word))
    return shapes([text], is_arabic(text))[0]


def shapes(words: list[str], arabic: bool) -> list[str]:
    """The shapes of many folded words of one script at once (one pass of each rule over them all:
    an index's vocabulary in about a second)."""
    text = "\n".join(words)
    if arabic:
        text = _ARTICLE.sub("", text).replace("تش", "ش").translate(_ARABIC)
    else:
        text = _SOFT_C.sub("s", text.lower())
        for pair, cls in _LATIN_PAIRS:
            text = re.sub(pair, cls, text, flags=re.M)
        text = text.translate(_LATIN)
    return _RUNS.sub(r"\1", _NOT_CLASS.sub("", text)).replace("v", "V").split("\n")


def skeleton(word: str) -> str:
    """The consonant classes of a word of either script, a class repeated once ("" for none)."""
    return _RUNS.sub(r"\1", shape(word).replace("V", ""))


def distance(a: str, b: str) -> float:
    """The edit distance of two shapes, a vowel slot put in or left out counting half (Arabic
    often leaves a short vowel unwritten: "Merkel", ميركل)."""
    def cost(symbol: str) -> float:
        return 0.5 if symbol == "V" else 1.0
    previous = [0.0]
    for y in b:
        previous.append(previous[-1] + cost(y))
    for x in a:
        current = [previous[0] + cost(x)]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + cost(x), current[j - 1] + cost(y), previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def close(word: str, other: str) -> bool:
    """Whether two words of one skeleton are spelled alike enough to be one name: their vowel slots
    differ by at most one (two, when the skeleton has over three classes)."""
    return distance(shape(word), shape(other)) <= (0.5 if len(skeleton(word)) <= 3 else 1.0)


def is_arabic(word: str) -> bool:
    return script_of(word) == "ar"


class NameWords:
    """The words of the archive's printed names, by script and skeleton, with how often printed;
    two Arabic words of a name also as one ("نصر الله" is "Nasrallah")."""

    def __init__(self, spellings):
        """``spellings``: (name as printed, copies) pairs. Each word's skeleton is computed once,
        all of a script in one pass (``shapes``); its indexed terms only when it is a candidate
        (111,000 spellings in about a second)."""
        counts: Counter = Counter()           # one word, or two Arabic words, as printed -> copies
        for printed, copies in spellings:
            words = printed.split()
            for word in words:
                counts[(word,)] += copies
            for pair in zip(words, words[1:]):
                if is_arabic(pair[0]) and is_arabic(pair[1]):
                    counts[pair] += copies
        folded = {word: fold_token(word) for entry in counts for word in entry}
        self._by_skeleton: dict[tuple[bool, str], Counter] = {}
        for arabic in (True, False):
            mine = [entry for entry in counts if is_arabic(entry[0]) == arabic]
            for entry, form in zip(mine, shapes(["".join(folded[w] for w in entry) for entry in mine], arabic)):
                key = _RUNS.sub(r"\1", form.replace("V", ""))
                if len(key) >= MIN_SKELETON:
                    self._by_skeleton.setdefault((arabic, key), Counter())[entry] += counts[entry]

    def across(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """The other script's name words (as folded, and their indexed terms) sharing the
        skeleton of ``word`` and spelled alike (``close``), the most printed first."""
        key = skeleton(word)
        if len(key) < MIN_SKELETON:
            return []
        found = self._by_skeleton.get((not is_arabic(word), key), Counter())
        chosen: dict[tuple, str] = {}
        for entry, _ in found.most_common():
            terms = tuple(index_term(w)[1] for w in entry)
            if all(terms) and close(word, "".join(entry)):
                chosen.setdefault(terms, " ".join(fold_token(w) for w in entry))
        return [(text, terms) for terms, text in list(chosen.items())[:MAX_NAMES]]


# Latin letters (and pairs) -> their usual Arabic spellings in transliterated names and loanwords,
# most usual first; "" where Arabic often writes nothing (a short vowel, a silent h).
_SPELL_PAIRS = {
    "sh": ("ش",), "ch": ("تش", "ش", "ك"), "th": ("ث", "ت"), "kh": ("خ",), "gh": ("غ", "ج", ""),
    "ph": ("ف",), "ck": ("ك",), "qu": ("كو", "ك"), "ee": ("ي",), "oo": ("و",), "ou": ("و", "او"),
    "ai": ("اي", "ي"), "ay": ("اي", "ي"), "ei": ("اي", "ي"), "ey": ("اي", "ي"), "ie": ("ي",),
    "au": ("او", "و"), "ea": ("ي",), "oa": ("و",), "ts": ("تس",), "tz": ("تز",), "dj": ("ج",),
}
_SPELL = {
    "b": ("ب",), "p": ("ب",), "d": ("د",), "f": ("ف",), "v": ("ف",), "g": ("غ", "ج"), "h": ("ه", ""),
    "j": ("ج",), "k": ("ك",), "l": ("ل",), "m": ("م",), "n": ("ن",), "q": ("ك", "ق"), "r": ("ر",),
    "s": ("س", "ز"), "t": ("ت", "ط"), "w": ("و",), "x": ("كس",), "y": ("ي",), "z": ("ز",), "c": ("ك", "س"),
    "a": ("ا", ""), "e": ("ي", ""), "i": ("ي", ""), "o": ("و", ""), "u": ("و", ""),
}
_SPELL_FIRST = {"a": ("ا", "أ"), "e": ("إ", "ا"), "i": ("إ", "ا"), "o": ("أو", "او"), "u": ("أو", "او")}
_SPELL_LAST = {"e": ("", "ي", "ه"), "a": ("ا", "ة", "ه"), "y": ("ي",), "i": ("ي",), "o": ("و",), "u": ("و",)}
MAX_SPELLINGS = 512                # candidate spellings of one word; past it, first choices only


def arabic_spellings(word: str) -> list[str]:
    """The Arabic spellings a Latin name or loanword is likely printed with, most likely first
    ("Tellis": تيليس, تليس, ...): each letter or pair of letters by its usual renderings, a
    doubled letter once, a vowel at either end as Arabic writes it there. Many are not words;
    the caller keeps those an index holds."""
    text = _RUNS.sub(r"\1", fold(_POSSESSIVE.sub("", word)).lower())
    if not text.isascii() or not text.isalpha() or len(text) < 3:
        return []
    parts, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if len(pair) == 2 and pair in _SPELL_PAIRS:
            parts.append(_SPELL_PAIRS[pair])
            i += 2
            continue
        letter = text[i]
        if i == 0 and letter in _SPELL_FIRST:
            parts.append(_SPELL_FIRST[letter])
        elif i == len(text) - 1 and letter in _SPELL_LAST:
            parts.append(_SPELL_LAST[letter])
        else:
            parts.append(_SPELL[letter])
        i += 1
    count = 1
    for options in parts:
        count *= len(options)
    if count > MAX_SPELLINGS:
        parts = [options[:1] for options in parts]
    spellings = [""]
    for options in parts:
        spellings = [done + option for done in spellings for option in options]
    return list(dict.fromkeys(_RUNS.sub(r"\1", s) for s in spellings if s))
