"""English <-> Arabic renderings of query words, keyed by the index's own analysis.

Three sources, read once by ``Lexicon.load``:

- the archive's news terms (``search/data/news_terms.toml``, written for this project): the words
  and phrases of politics, war and the economy as newspapers print them in both scripts ("prime
  minister" = رئيس الوزراء, drone = طائرة مسيرة), which the dictionaries lack or render poorly;
- the common words of news (``search/data/common_terms.toml``, written for this project): the
  most frequent words of the corpus's English and Arabic articles (by document frequency,
  ``bench/common_words.py`` lists them) with their usual renderings (woman = امرأة, نساء), which
  the dictionaries give badly or not at all (woman = الإمرأة, أنثوي, عاشر النساء);
- FreeDict's English-Arabic and Arabic-English dictionaries (Arabeyes' word lists, GPL-2+),
  from Debian's ``dict-freedict-eng-ara`` and ``dict-freedict-ara-eng`` (``make`` installs them).
  Each is read in both directions: an Arabic headword with its English sense is also an English
  word with its Arabic rendering.

A source phrase is keyed by its indexed terms (folded, stop words dropped, stemmed: ``analyze``),
so "Sanctions", "sanction" and "sanctioned" share a key, and الإحتلال and احتلال do too. Its
renderings are kept best first: the news terms in their table's order, then the common words',
then dictionary pairs that both dictionaries give, then pairs of one; shorter before longer
within each. A phrase one of the written tables holds is rendered by that table alone. A dictionary
sense longer than ``MAX_WORDS`` words is a description ("in the ship's stern"), not a rendering.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import os
import pickle
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from index.analysis import analyze
from index.normalize import fold

DICTD = Path("/usr/share/dictd")
DICTIONARIES = {"en": "freedict-eng-ara.dict.dz", "ar": "freedict-ara-eng.dict.dz"}   # by headword language
NEWS_TERMS = Path(__file__).with_name("data") / "news_terms.toml"
COMMON_TERMS = Path(__file__).with_name("data") / "common_terms.toml"
TABLES = (NEWS_TERMS, COMMON_TERMS)          # written for this project, best first
MAX_WORDS = 3
MAX_RENDERINGS = 6
NEWS, COMMON, BOTH, ONE = 0, 1, 2, 3      # evidence for a pair, strongest first: TABLES, then dictionaries

_HEADWORD = re.compile(r"^(\S.*?) /.*/$")
_SENSE_NUMBER = re.compile(r"^\d+\.\s*")
_SEPARATORS = re.compile(r"[،,;؛]")
_ASIDES = re.compile(r"\([^)]*\)|\[[^\]]*\]|\s-\s.*$")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")


class MissingDictionary(LookupError):
    """The FreeDict files are not installed: the message says how to install them."""


@dataclass(frozen=True, slots=True)
class Rendering:
    """One rendering of a source phrase in the other language."""
    text: str                    # as its source prints it
    terms: tuple[str, ...]       # its indexed terms


def other(lang: str) -> str:
    return "ar" if lang == "en" else "en"


def script_of(word: str) -> str | None:
    """The language a typed word is written for: ``ar`` for Arabic script, ``en`` for Latin."""
    if _ARABIC.search(word):
        return "ar"
    return "en" if _LATIN.search(word) else None


class Lexicon:
    """For each language, source terms -> renderings in the other language, best first."""

    def __init__(self, pairs):
        """``pairs``: (source language, source text, rendering text, evidence) in any order."""
        found: dict[str, dict[tuple, dict[tuple, tuple]]] = {"en": {}, "ar": {}}
        for order, (lang, source, rendering, evidence) in enumerate(pairs):
            key, terms = tuple(analyze(source)), tuple(analyze(rendering))
            if not key or not terms or key == terms:
                continue
            known = found[lang].setdefault(key, {})
            rank = (evidence, len(terms), order, fold(source), rendering)
            if terms not in known or rank < known[terms]:
                known[terms] = rank
        # plain tuples (evidence, folded source, rendering, its terms): a pickle that loads fast
        self._table = {lang: {key: tuple((rank[0], rank[3], rank[4], terms) for terms, rank in
                                         sorted(renderings.items(), key=lambda item: item[1]))
                              for key, renderings in table.items()}
                       for lang, table in found.items()}
        self.longest = max((len(key) for table in self._table.values() for key in table), default=1)

    def renderings(self, lang: str, key: tuple[str, ...], typed: str | None = None) -> list[Rendering]:
        """The renderings of the source phrase whose indexed terms are ``key``, best first, at most
        MAX_RENDERINGS: the first written table's that has the phrase (the news terms, then the
        common words: they are the archive's senses, where a dictionary also gives "sanctions" as
        مقر, "approval"); else the dictionaries' for the word as ``typed`` (its own headword), then
        those both dictionaries give for another word of the key, then any."""
        entries = self._table[lang].get(key, ())
        written = min((e[0] for e in entries if e[0] < BOTH), default=None)
        chosen = [e for e in entries if e[0] == written]
        if not chosen:
            typed = fold(typed) if typed else None
            chosen = [e for e in entries if e[1] == typed] + [e for e in entries if e[0] == BOTH and e[1] != typed]
        return [Rendering(text, terms) for _, _, text, terms in (chosen or entries)[:MAX_RENDERINGS]]

    @classmethod
    def load(cls, dictd: Path = DICTD, tables: tuple[Path, ...] = TABLES) -> "Lexicon":
        """The written tables and both dictionaries (MissingDictionary when they are not installed)."""
        missing = [name for name in DICTIONARIES.values() if not (dictd / name).exists()]
        if missing:
            raise MissingDictionary(
                f"cross-language search needs FreeDict's dictionaries ({', '.join(missing)} are not in "
                f"{dictd}): install them with `make install` or `apt-get install dict-freedict-eng-ara "
                "dict-freedict-ara-eng`, or search with translation off")
        dictionary = [pair for lang, name in DICTIONARIES.items() for pair in read_dictd(dictd / name, lang)]
        counted: dict[tuple[str, str], int] = {}          # in the order read: the ranking's last tie
        for pair in dictionary:
            counted[pair] = counted.get(pair, 0) + 1
        written = [pair for evidence, path in enumerate(tables) for pair in table_pairs(path, evidence)]
        return cls([*written, *_both_ways(counted)])


def lexicon() -> Lexicon:
    """The process's lexicon (read-only, shared by every version and thread), read once."""
    return _cached_lexicon(DICTD, TABLES)


@functools.cache
def _cached_lexicon(dictd: Path, tables: tuple[Path, ...]) -> Lexicon:
    """The lexicon from the cache folder (``$FAHRAS_CACHE``, or ~/.cache/fahras) when one was
    built from the same inputs, else built (about 7 s) and kept there. The inputs are the
    dictionaries' files, the written tables and the code and word lists of the analysis: a change
    to any makes a new cache file."""
    path = cache_folder() / f"lexicon-{inputs_digest(dictd, tables)}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    built = Lexicon.load(dictd, tables)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as f:
            pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass                               # a read-only home: build again next time
    return built


def cache_folder() -> Path:
    return Path(os.environ.get("FAHRAS_CACHE") or Path.home() / ".cache" / "fahras")


ANALYSIS_INPUTS = ("index/analysis.py", "index/normalize.py", "index/data/arabic_stopwords.txt",
                   "index/data/arabic_protected.txt", "search/lexicon.py")


def inputs_digest(dictd: Path, tables: tuple[Path, ...]) -> str:
    """A digest of everything a lexicon is built from."""
    digest = hashlib.sha1()
    root = Path(__file__).resolve().parent.parent
    for path in [*tables, *(root / name for name in ANALYSIS_INPUTS)]:
        digest.update(Path(path).read_bytes())
    for name in sorted(DICTIONARIES.values()):
        stat = (dictd / name).stat() if (dictd / name).exists() else None
        digest.update(repr((name, stat and (stat.st_size, stat.st_mtime_ns))).encode())
    return digest.hexdigest()[:16]


def _both_ways(counted: dict[tuple[str, str], int]):
    """Each (English, Arabic) dictionary pair as a pair of both languages, with its evidence: both
    dictionaries give it, or one."""
    for (en, ar), count in counted.items():
        evidence = BOTH if count > 1 else ONE
        yield "en", en, ar, evidence
        yield "ar", ar, en, evidence


def table_pairs(path: Path, evidence: int):
    """A written table (English key = [Arabic renderings]) as pairs of both languages."""
    with open(path, "rb") as f:
        terms = tomllib.load(f)["terms"]
    for en, renderings in terms.items():
        for ar in renderings:
            yield "en", en, ar, evidence
            yield "ar", ar, en, evidence


def read_dictd(path: Path, lang: str):
    """(English, Arabic) pairs of a FreeDict dictd file whose headwords are in ``lang``: each
    headword with each short sense, asides and numbering dropped, one pair per sense (a pair a
    dictionary repeats is counted once)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    seen, headword = set(), None
    for line in text.split("\n"):
        match = _HEADWORD.match(line)
        if match:
            headword = _clean(match.group(1), lang)
            continue
        if headword is None or not line.strip():
            continue
        for sense in _SEPARATORS.split(_ASIDES.sub("", _SENSE_NUMBER.sub("", line.strip()))):
            sense = _clean(sense, other(lang))
            if sense:
                pair = (headword, sense) if lang == "en" else (sense, headword)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def _clean(text: str, lang: str) -> str | None:
    """A headword or sense fit to be a rendering: in its language's script, at most MAX_WORDS words."""
    text = " ".join(text.split())
    words = text.split()
    if not words or len(words) > MAX_WORDS or script_of(text) != lang:
        return None
    if lang == "ar" and _LATIN.search(text):
        return None
    return text.lower() if lang == "en" else text
