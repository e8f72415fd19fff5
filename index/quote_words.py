"""The word tables of index/quotes.py (``data/quotes.toml``), folded, one per language: verbs and
phrases of saying, the words that take a clause, pronouns, unnamed sources."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .credit_words import bare
from .normalize import fold


@dataclass(frozen=True, slots=True)
class Words:
    """One language's word tables, folded."""
    verbs: frozenset[str]
    to_listener: frozenset[str]
    listeners: frozenset[str]
    not_told: frozenset[str]
    sources: tuple[str, ...]
    that: frozenset[str]
    pronouns: frozenset[str]
    anonymous: frozenset[str]
    between: frozenset[str]
    org_pronouns: frozenset[str]
    org_nouns: frozenset[str]
    times: frozenset[str]
    adverbs: frozenset[str]
    plural: frozenset[str]
    roles: frozenset[str]
    joins: frozenset[str]
    nouns: frozenset[str]
    via: frozenset[str]
    quoting: frozenset[str]
    participles: frozenset[str]
    described: frozenset[str]
    not_that: frozenset[str]
    shadda: frozenset[str]
    relayed: frozenset[str]
    was: frozenset[str]
    objects: frozenset[str]
    titles: frozenset[str]
    of_title: frozenset[str]
    documents: frozenset[str]
    relative: frozenset[str]
    openers: frozenset[str]
    company: frozenset[str]
    correspondents: frozenset[str]
    source_starts: dict[str, tuple[tuple[str, ...], ...]]    # first word -> the phrases it opens

    def source_phrases(self, first: str) -> tuple[tuple[str, ...], ...]:
        """The source phrases ("according to", "نقلا عن") a folded word may open, in table order."""
        return self.source_starts.get(first, ())

    def verb(self, word: str, lang: str, table: frozenset[str] | None = None) -> bool:
        """A verb of the table (of saying), also without an Arabic proclitic and feminine ending."""
        return _verb(word, lang, self.verbs if table is None else table, self.shadda)

    def relays(self, word: str) -> bool:
        """A verb of passing words on ("نقلت"): its speaker is named after "عن"."""
        folded = fold(word)
        return folded in self.via or any(form in self.via for form in _arabic_forms(folded))


@lru_cache(maxsize=1 << 16)
def _verb(word: str, lang: str, table: frozenset[str], shadda: frozenset[str]) -> bool:
    folded = fold(word)
    if "\u0651" not in word and folded in shadda:
        return False                                   # "بين" (between), not "بيّن" (explained); "وبين X أن" is one
    return folded in table or lang == "ar" and any(form in table for form in _arabic_forms(folded))


def _arabic_forms(folded: str) -> list[str]:
    """A verb without its proclitic (و ف) and feminine ending (ت); in the present tense, its
    feminine prefix for the masculine ("وتقول": يقول)."""
    bare = [folded[1:]] if folded[:1] in ("و", "ف") and len(folded) > 3 else []
    present = ["ي" + f[1:] for f in [folded, *bare] if f.startswith("ت") and len(f) > 3]
    return [f[:-1] for f in [folded, *bare] if f.endswith("ت") and len(f) > 3] + bare + present


@cache
def words(lang: str) -> Words:
    with resources.files("index.data").joinpath("quotes.toml").open("rb") as f:
        table = tomllib.load(f)[lang]
    sets = {key: frozenset(fold(w) for w in table[key].split()) for key in table if key != "sources"}
    sets["verbs"] |= sets["quoting"] | sets["participles"]
    sources = tuple(fold(s) for s in table["sources"])
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sources:
        starts.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return Words(sources=sources, source_starts={k: tuple(v) for k, v in starts.items()}, **sets)


@lru_cache(maxsize=1 << 16)
def cue_word(text: str, lang: str) -> tuple[bool, bool]:
    """Whether a word as printed is a verb or noun of saying, and whether it may open a source
    phrase ("according", "نقلا"; an Arabic one also after a proclitic: "وبحسب")."""
    table, folded = words(lang), fold(text)
    return (table.verb(text, lang) or folded in table.nouns,
            bool(table.source_phrases(folded) or lang == "ar" and table.source_phrases(bare(folded))))
