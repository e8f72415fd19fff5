"""Text analysis for both scripts in one field: the same pipeline at index time and query time.

    tokenizer -> StopFormFilter -> FoldFilter -> StemFilter      (title, body: "stemmed")
    tokenizer -> FoldFilter                                      (author; exact_tokens())

The tokenizer keeps vowelled Arabic words whole (harakat U+064B-U+065F and U+0670 belong to the
word) and transliterated names with inner apostrophes (Asa'ib) whole. StopFormFilter removes
stop words before letters are folded, as Lucene's ArabicAnalyzer does: folded, the preposition
على is the name علي (Ali) and إليه is the noun آلية ("mechanism"), so the stop list is matched on
``stop_form()``, which drops harakat and tatweel but keeps alef's hamza seats, teh marbuta and
alef maksura apart. FoldFilter applies the shared ``fold()``: pyarabic's
tashkeel/tatweel/alef/teh-marbuta/alef-maksura/digit folding, accents, transliteration marks,
case. StemFilter stems Arabic with Larkey's light10 (the light
stemmer of Lucene's ArabicStemFilter), with a list of names it must not touch, and English with
Snowball (PyStemmer). Filters are module-level classes: Whoosh pickles the schema.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import Stemmer
from pyarabic import araby
from whoosh.analysis import Filter, RegexTokenizer, StopFilter, Token, Tokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang.stopwords import stoplists

from .normalize import _QUOTES_AND_ARABIC, TRANSLIT_MARKS, fold, fold_latin

HARAKAT = "\u064b-\u065f\u0670"
TOKEN_PATTERN = rf"[\w{HARAKAT}]+(?:[{TRANSLIT_MARKS}][\w{HARAKAT}]+)*"
_TOKEN = re.compile(TOKEN_PATTERN)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]")
_POSSESSIVE = re.compile(rf"[{TRANSLIT_MARKS}]s$", re.I)

# ------------------------------------------------------------------ Arabic light stemming

_AR_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")     # checked longest first
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")  # light10's, teh marbuta folded to ه


# The letters fold() unifies that tell a function word from a name or a content word: kept apart
# in stop_form(). Everything else fold() does (harakat, tatweel, Persian yeh and keheh, digits,
# quotes, accents, presentation forms, case) stop_form() does too.
_STOP_DISTINCT = (araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_MADDA,
                  araby.TEH_MARBUTA, araby.ALEF_MAKSURA)
_STOP_FORM_TABLE = {code: to for code, to in _QUOTES_AND_ARABIC.items()
                    if chr(code) not in _STOP_DISTINCT}


@lru_cache(maxsize=1 << 17)
def stop_form(text: str) -> str:
    """A raw word as the stop list is matched: fold_token() without unifying alef's hamza forms,
    teh marbuta and alef maksura (على and إليه are stop words, the names علي and علية and the noun
    آلية are not)."""
    text = _POSSESSIVE.sub("", text).translate(_STOP_FORM_TABLE)
    return " ".join(fold_latin(text).casefold().split())


def _word_list(name: str, form=fold) -> frozenset[str]:
    text = resources.files("index").joinpath(f"data/{name}").read_text("utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(form(w) for w in words if w)


ARABIC_PROTECTED = _word_list("arabic_protected.txt")
ARABIC_STOPWORDS = _word_list("arabic_stopwords.txt", form=stop_form)
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


STOPWORDS = ARABIC_STOPWORDS | ENGLISH_STOPWORDS       # stop_form()s


class StopFormFilter(StopFilter):
    """Whoosh's StopFilter on raw tokens, matching each token's stop_form() (not its text) against
    the stop list: put it before FoldFilter. A token whose form is empty (only harakat or
    tatweel) is a stop word, as StopFilter treats a word shorter than minsize."""

    def __call__(self, tokens):
        stops, minsize, maxsize = self.stops, self.min, self.max
        pos = None
        for t in tokens:
            form = stop_form(t.text)
            if minsize <= len(form) and (maxsize is None or len(form) <= maxsize) \
                    and form not in stops:
                if self.renumber and t.positions:
                    pos = t.pos if pos is None else pos + 1
                    t.pos = pos
                t.stopped = False
                yield t
            elif not t.removestops:
                t.stopped = True
                yield t


def stemmed_chain() -> CompositeAnalyzer:
    """The stemmed analysis as a chain of Whoosh filters: the reference FusedAnalyzer is tested
    against."""
    return (RegexTokenizer(TOKEN_PATTERN) | StopFormFilter(stoplist=STOPWORDS, minsize=1)
            | FoldFilter() | StemFilter())


@lru_cache(maxsize=1 << 18)
def index_term(word: str) -> tuple[str, str | None]:
    """A raw word's folded form and its indexed term (None for a stop word)."""
    folded = fold_token(word)
    return folded, (None if stop_form(word) in STOPWORDS else stem(folded))


class FusedAnalyzer(Tokenizer):
    """stemmed_chain() in one pass: tokenize, drop stop words, fold, stem, with one cache lookup
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
            folded, term = index_term(match.group(0))
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
            folded, term = index_term(word)
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
