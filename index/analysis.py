"""Text analysis for both scripts in one field: the same pipeline at index time and query time.

    tokenizer -> FoldFilter -> StopFilter -> StemFilter          (title, body: "stemmed")
    tokenizer -> FoldFilter                                      (author; exact_tokens())

The tokenizer keeps vowelled Arabic words whole (harakat U+064B-U+065F and U+0670 belong to the
word) and transliterated names with inner apostrophes (Asa'ib) whole. FoldFilter applies the
shared ``fold()``: pyarabic's tashkeel/tatweel/alef/teh-marbuta/alef-maksura/digit folding,
accents, transliteration marks, case. StemFilter stems Arabic with Larkey's light10 (the light
stemmer of Lucene's ArabicStemFilter), with a list of names it must not touch, and English with
Snowball (PyStemmer). Filters are module-level classes: Whoosh pickles the schema.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import Stemmer
from whoosh.analysis import Filter, RegexTokenizer, StopFilter, Token, Tokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang.stopwords import stoplists

from .normalize import TRANSLIT_MARKS, fold

HARAKAT = "\u064b-\u065f\u0670"
TOKEN_PATTERN = rf"[\w{HARAKAT}]+(?:[{TRANSLIT_MARKS}][\w{HARAKAT}]+)*"
_TOKEN = re.compile(TOKEN_PATTERN)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]")
_POSSESSIVE = re.compile(rf"[{TRANSLIT_MARKS}]s$", re.I)

# ------------------------------------------------------------------ Arabic light stemming

_AR_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")     # checked longest first
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")  # light10's, teh marbuta folded to ه


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("index").joinpath(f"data/{name}").read_text("utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(fold(w) for w in words if w)


ARABIC_PROTECTED = _word_list("arabic_protected.txt")
ARABIC_STOPWORDS = _word_list("arabic_stopwords.txt")
ENGLISH_STOPWORDS = frozenset(stoplists["en"]) | {"al", "el", "said", "also", "s"}


def light10(word: str) -> str:
    """Larkey's light10 on a folded Arabic word; names in ARABIC_PROTECTED are left whole."""
    if word in ARABIC_PROTECTED:
        return word
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
        if word in ARABIC_PROTECTED:
            return word
    for prefix in _AR_ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix):]
            break
    if word in ARABIC_PROTECTED:
        return word
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


_english = Stemmer.Stemmer("english")


@lru_cache(maxsize=1 << 17)
def stem(token: str) -> str:
    """Stem one folded token with the stemmer of its script."""
    if _ARABIC_WORD.match(token):
        return light10(token)
    if token.isdigit():
        return token
    return _english.stemWord(token)


@lru_cache(maxsize=1 << 17)
def fold_token(text: str) -> str:
    return fold(_POSSESSIVE.sub("", text))


# ------------------------------------------------------------------ Whoosh filters

class FoldFilter(Filter):
    """fold() each token: Arabic letter forms, diacritics, accents, transliteration marks, case."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold_token(t.text)
            if t.text:
                yield t


class StemFilter(Filter):
    """Arabic light10 or English Snowball, chosen per token by its script."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t


STOPWORDS = ARABIC_STOPWORDS | ENGLISH_STOPWORDS


def stemmed_chain() -> CompositeAnalyzer:
    """The stemmed analysis as a chain of Whoosh filters: the reference FusedAnalyzer is tested
    against."""
    return (RegexTokenizer(TOKEN_PATTERN) | FoldFilter()
            | StopFilter(stoplist=STOPWORDS, minsize=1) | StemFilter())


@lru_cache(maxsize=1 << 18)
def _index_term(word: str) -> tuple[str, str | None]:
    """A raw word's folded form and its indexed term (None for a stop word)."""
    folded = fold_token(word)
    return folded, (None if folded in STOPWORDS else stem(folded))


class FusedAnalyzer(Tokenizer):
    """stemmed_chain() in one pass: tokenize, fold, drop stop words, stem, with one cache lookup
    per word instead of four generators per token. Its tokens (text, positions with stop words
    renumbered away, characters, stopped flags) are the chain's; the writer spends a quarter of
    its time here."""

    def __eq__(self, other) -> bool:
        return type(other) is type(self)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield from stemmed_chain()(value, positions=positions, chars=chars,
                                       keeporiginal=keeporiginal, removestops=removestops,
                                       start_pos=start_pos, start_char=start_char,
                                       tokenize=False, mode=mode, **kwargs)
            return
        pos = None
        for index, match in enumerate(_TOKEN.finditer(value)):
            folded, term = _index_term(match.group(0))
            if not folded:
                continue
            if term is None:
                if removestops:
                    continue
                t.text, t.stopped = folded, True
                if positions:
                    t.pos = start_pos + index
            else:
                t.text, t.stopped = term, False
                if positions:
                    pos = start_pos + index if pos is None else pos + 1
                    t.pos = pos
            t.boost = 1.0
            if keeporiginal:
                t.original = match.group(0)
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t


    @staticmethod
    def term_positions(value: str) -> dict[str, list[int]]:
        """Each indexed term of value with its positions, as the tokens above number them (the
        writer's fast path: no token objects)."""
        found: dict[str, list[int]] = {}
        pos = None
        for index, word in enumerate(_TOKEN.findall(value)):
            folded, term = _index_term(word)
            if folded and term is not None:
                pos = index if pos is None else pos + 1
                found.setdefault(term, []).append(pos)
        return found


def stemmed_analyzer() -> FusedAnalyzer:
    """Title and body: folded, stop words removed, stemmed."""
    return FusedAnalyzer()


def exact_tokens(text: str) -> list[str]:
    """The words of text as exact matching compares them: folded, every word kept, not stemmed
    (what exact_analyzer() yields, without Whoosh's token objects)."""
    return [t for t in map(fold_token, _TOKEN.findall(text)) if t]


def exact_analyzer() -> CompositeAnalyzer:
    """Folded only, every word kept, no stemming: the author field and exact matching."""
    return RegexTokenizer(TOKEN_PATTERN) | FoldFilter()


def analyze(text: str, exact: bool = False) -> list[str]:
    """The terms a body field would index for text (like Elasticsearch's _analyze)."""
    analyzer = exact_analyzer() if exact else stemmed_analyzer()
    return [t.text for t in analyzer(text)]
