"""A text's words for the entity finder: split as the analyzers split them, folded, and how far
apart they stand (two words of one name are adjacent: on one line, nothing but a space, a hyphen,
a period or an ampersand between them)."""
from __future__ import annotations

import re
from itertools import accumulate, compress, count, repeat
from operator import contains, itemgetter

from .analysis import HARAKAT
from .normalize import TRANSLIT_MARKS, fold
from .memo import Memo

_ARABIC = re.compile(r"[\u0600-\u06ff]")

# A word as the analyzers see it, then a possessive 's that is not part of it (Hussein’s ->
# Hussein): a quote and "s" ending the word, which the word's own pattern leaves out.
_AFTER = rf"(?![\w{HARAKAT}]|[{TRANSLIT_MARKS}][\w{HARAKAT}])"      # the word ends here
_WORD_SPLIT = re.compile(rf"([\w{HARAKAT}]+(?:(?![’'`][sS]{_AFTER})[{TRANSLIT_MARKS}][\w{HARAKAT}]+)*)"
                         rf"((?:[’'`][sS]{_AFTER})?)")
_WORD_FOLDS = Memo(1_000_000)       # each word's folded form: Arabic text has more distinct
                                     # words than fold()'s own cache holds


_LINE_BREAK = 1 << 20        # the gap between words on two lines: wider than any name allows
# What may stand between two words of one name: spaces, a hyphen or dash, a period (U.S.), an
# ampersand (AT&T), direction and joiner marks. Anything else ("Corp <GM>", "Iran, Iraq") ends it.
_BREAKS_NAME = re.compile(r"[^\s\-\u2010-\u2013.&\u200b-\u200f\u061c]")


class _Words:
    """A text's words as parallel lists, split and folded by C loops over the whole text:
    ``raw[k]``, its ``folded`` form, and ``gap[k]``, the characters between word k-1 and word k
    (two or fewer, on one line: the words are adjacent, one name may span them)."""

    __slots__ = ("text", "raw", "folded", "gap", "_offsets")

    def __init__(self, text: str):
        parts = _WORD_SPLIT.split(text)           # gap, word, possessive, gap, word, ..., gap
        self.text = text
        self.raw = parts[1::3]
        gaps = parts[0::3]
        gap = self.gap = list(map(len, gaps))
        if "\n" in text:                          # words on two lines are never adjacent
            for k in compress(count(), map(contains, gaps, repeat("\n"))):
                gap[k] = _LINE_BREAK
        for k in compress(count(), map(" ".__ne__, gaps)):
            if gap[k] <= 2 and _BREAKS_NAME.search(gaps[k]):
                gap[k] = _LINE_BREAK
        possessives = parts[2::3]
        if any(possessives):
            for k, possessive in enumerate(possessives):
                if possessive:
                    gap[k + 1] += len(possessive)
        self._offsets = list(accumulate(map(len, parts)))
        folds = _WORD_FOLDS
        folded = self.folded = list(map(folds.get, self.raw))
        if None in folded:
            for k, form in enumerate(folded):
                if form is None:
                    raw = self.raw[k]
                    folded[k] = folds.remember(raw, raw.lower().replace("'", "").replace("`", "")
                                               if raw.isascii() else fold(raw))

    def start(self, k: int) -> int:
        return self._offsets[3 * k]

    def end(self, k: int) -> int:
        return self._offsets[3 * k + 1]

    def span(self, i: int, end: int) -> str:
        """The text of words i to end - 1, as printed."""
        return self.text[self.start(i):self.end(end - 1)]

    def capitals(self) -> list[bool]:
        """Whether each word starts with a capital (Arabic letters have no case: never)."""
        return list(map(str.isupper, map(itemgetter(0), self.raw)))

